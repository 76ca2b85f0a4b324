import { type Browser, expect, type Page, test } from '@playwright/test';
import { accounts } from './support/credentials';
import { signIn } from './support/newsroom';
import { newsroomActions } from './support/server-actions';

const adminPages = [
  '/admin',
  '/admin?status=draft',
  '/admin/users',
  '/admin/sources',
  '/admin/sections',
  '/admin/articles/00000000-0000-4000-8000-000000000000',
];

for (const path of adminPages) {
  test(`anonymous visitors to ${path} are sent to sign-in`, async ({ page, request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(response.status());
    const location = new URL(response.headers().location ?? '', 'http://x');
    expect(location.pathname).toBe('/signin');
    expect(location.searchParams.get('callbackUrl')).toBe(path);

    await page.goto(path);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to the newsroom');
  });
}

test('signing in returns to the page that asked for it', async ({ page }) => {
  await page.goto('/admin?status=published');
  await page.getByLabel('Email').fill(accounts.admin.email);
  await page.getByLabel('Password').fill(accounts.admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\?status=published$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
});

test('a wrong password gives a clear message and keeps the email', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(accounts.writer.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.form-alert')).toHaveText('That email and password don’t match an active account.');
  await expect(page.getByLabel('Email')).toHaveValue(accounts.writer.email);
});

/*
 * The e2e server has no proxy in front: the X-Forwarded-For a test sends is the last entry
 * Next.js sees, which is what a trusted proxy's append looks like (TRUSTED_PROXY_HOPS=1).
 * So each browser here can play a different client address.
 */
async function browserAt(browser: Browser, address: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
  return { context, page: await context.newPage() };
}

async function attemptSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test('after 5 failed sign-ins from one address, that address must wait even with the right password; the owner elsewhere gets in', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const attacker = await browserAt(browser, '203.0.113.51');
  const { page } = attacker;
  await page.goto('/signin');
  const attempt = async (password: string) => {
    await attemptSignIn(page, accounts.lockout.email, password);
    // React clears the password when the action has answered; typing the next attempt
    // before that would lose it.
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  };
  for (let failure = 0; failure < 5; failure++) {
    await attempt(`wrong-${failure}`);
    await expect(page.locator('.form-alert')).toHaveText('That email and password don’t match an active account.');
  }
  await attempt(accounts.lockout.password);
  await expect(page.locator('.form-alert')).toContainText(/Too many failed sign-in attempts\. .*wait 1[45] minutes/);
  await expect(page).toHaveURL(/\/signin/);

  // The guesses didn't lock the account for everyone: its owner, from their own address,
  // waits a few seconds at most (the account's pace), then signs in.
  const owner = await browserAt(browser, '198.51.100.52');
  await owner.page.goto('/signin');
  await attemptSignIn(owner.page, accounts.lockout.email, accounts.lockout.password);
  const slowed = owner.page.locator('.form-alert');
  const first = await Promise.race([
    owner.page.waitForURL(/\/admin$/, { timeout: 30_000 }).then(() => 'signed in' as const, () => 'timeout' as const),
    slowed.waitFor({ timeout: 30_000 }).then(() => 'slowed' as const, () => 'timeout' as const),
  ]);
  if (first === 'slowed') {
    await expect(slowed).toContainText(/wait \d+ seconds?/);
    await owner.page.waitForTimeout(31_000);
    await attemptSignIn(owner.page, accounts.lockout.email, accounts.lockout.password);
  }
  await expect(owner.page).toHaveURL(/\/admin$/, { timeout: 30_000 });
  // And the attacker's address is still locked out.
  await attempt(accounts.lockout.password);
  await expect(page.locator('.form-alert')).toContainText('Too many failed sign-in attempts');
  await attacker.context.close();
  await owner.context.close();
});

test('signing out ends the session: the old cookie, replayed in a fresh browser, is sent to sign-in', async ({ browser, page }) => {
  test.setTimeout(60_000);
  await signIn(page, accounts.writer, '/admin');
  const cookies = await page.context().cookies();
  expect(cookies.some((cookie) => cookie.name.includes('session-token'))).toBe(true);

  // Before sign-out the copied cookie works anywhere: that is what makes the replay a test.
  const before = await browser.newContext();
  await before.addCookies(cookies);
  const beforePage = await before.newPage();
  await beforePage.goto('/admin');
  await expect(beforePage.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await before.close();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  await replayPage.goto('/admin');
  await expect(replayPage).toHaveURL(/\/signin\?callbackUrl=/);
  await expect(replayPage.getByRole('heading', { level: 1 })).toHaveText('Sign in to the newsroom');
  await replay.close();
});

test('every newsroom server action refuses anonymous callers', async ({ request }) => {
  const actions = newsroomActions();
  expect(actions.length).toBeGreaterThanOrEqual(10);
  for (const action of actions) {
    const response = await request.post(action.path, {
      headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8' },
      data: JSON.stringify([{ id: '00000000-0000-4000-8000-000000000000', version: 1 }]),
      maxRedirects: 0,
    });
    const body = await response.text();
    const refused =
      [302, 303, 307].includes(response.status()) && (response.headers().location ?? '').includes('/signin');
    expect(refused || body.includes('unauthenticated'), `${action.name} answered ${response.status()}`).toBe(true);
    expect(body).not.toContain('"status":"success"');
  }
});
