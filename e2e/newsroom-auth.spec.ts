import { expect, test } from '@playwright/test';
import { accounts } from './support/credentials';
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

test('after 5 failed sign-ins the account must wait, even with the right password', async ({ page }) => {
  await page.goto('/signin');
  const attempt = async (password: string) => {
    await page.getByLabel('Email').fill(accounts.lockout.email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
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
  await expect(page.locator('.form-alert')).toContainText('Too many failed sign-in attempts');
  await expect(page).toHaveURL(/\/signin/);
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
