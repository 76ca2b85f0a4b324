import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { demoAdmin } from './support/credentials';
import { squarePng, unique } from './support/fixtures';
import { signIn } from './support/newsroom';

/*
 * Admins manage users, sources and sections in the newsroom, and readers' pages follow at
 * once. Every test works on rows it creates itself (the other specs share the database),
 * with names no earlier run used.
 */

// Each server action re-renders the page and invalidates readers' caches: on a busy 2-core
// machine that can take longer than Playwright's 5 s default, which would only be noise.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

async function createUser(page: Page, user: { email: string; name: string; role: string; password: string }) {
  await page.goto('/admin/users/new');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Role').selectOption(user.role);
  await page.getByLabel('Initial password').fill(user.password);
  await page.getByRole('button', { name: 'Create user' }).click();
}

test('an admin creates a writer, and a duplicate email is refused without losing the form', async ({ page }) => {
  await signIn(page, demoAdmin, '/admin/users');
  const name = unique('Wendy Writer');
  const email = `${name.replaceAll(' ', '.').toLowerCase()}@newsdesk.test`;

  await createUser(page, { email, name, role: 'writer', password: 'writer-password-1' });
  await expect(page).toHaveURL(/\/admin\/users\?created=/);
  await expect(page.getByRole('status')).toContainText(`${name} can now sign in as a writer.`);
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('writer');
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Never');

  // Same address in capitals: a field error, and everything typed is still there.
  await createUser(page, { email: email.toUpperCase(), name: `${name} again`, role: 'editor', password: 'another-password' });
  const emailField = page.getByLabel('Email');
  await expect(page.getByText('A user with this email already exists')).toBeVisible();
  await expect(emailField).toHaveAttribute('aria-invalid', 'true');
  await expect(emailField).toBeFocused();
  await expect(emailField).toHaveValue(email.toUpperCase());
  await expect(page.getByLabel('Name')).toHaveValue(`${name} again`);
  await expect(page.getByLabel('Role')).toHaveValue('editor');
  await expect(page.getByLabel('Initial password')).toHaveValue('another-password');
});

test('an admin renames a section and the public header shows the new name at once', async ({ page }) => {
  await signIn(page, demoAdmin, '/admin/sections');
  const name = unique('Climate');
  const add = page.getByRole('form', { name: 'Add a section' });
  await add.getByLabel('Name').fill(name);
  await add.getByRole('button', { name: 'Add section' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added ${name}` })).toBeVisible();
  await expect(add.getByLabel('Name')).toHaveValue('');

  // It is last; moving it up keeps the focus on it, so the key can be pressed again.
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name }) });
  const up = list.getByRole('button', { name: `Move ${name} up` });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${name} is now number` })).toBeVisible();
  await expect(up).toBeFocused();

  const nav = () => page.getByRole('navigation', { name: 'Sections' });
  await page.goto('/');
  await expect(nav().getByRole('link', { name })).toBeVisible();

  await page.goto('/admin/sections');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/sections\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const renamed = `${name} & Energy`;
  // getByRole, not getByLabel: the list page stays in the DOM, hidden, after a client
  // navigation (React Activity), with a Name field of its own.
  await page.getByRole('textbox', { name: 'Name' }).fill(renamed);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toContainText(`The site shows ${renamed} now.`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);

  await page.goto('/');
  await expect(nav().getByRole('link', { name: renamed })).toBeVisible();
  await expect(nav().getByRole('link', { name, exact: true })).toHaveCount(0);
});

test('an admin creates a source with an uploaded PNG logo and its profile shows it', async ({ page }) => {
  await signIn(page, demoAdmin, '/admin/sources/new');
  const name = unique('Pixel Press');

  // An SVG posing as a PNG is refused, and what was typed stays.
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description').fill('Small but honest.');
  await page.getByLabel('Upload an image').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await page.getByRole('button', { name: 'Create source' }).click();
  await expect(page.getByText(/isn’t a PNG, JPEG or WebP image/)).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await expect(page.getByLabel('Description')).toHaveValue('Small but honest.');

  await page.getByLabel('Upload an image').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: squarePng() });
  await page.getByRole('button', { name: 'Create source' }).click();
  await expect(page).toHaveURL(/\/admin\/sources\?created=/);
  const profileLink = page.getByRole('status').getByRole('link');
  await expect(profileLink).toBeVisible();
  const profilePath = (await profileLink.getAttribute('href')) ?? '';

  const response = await page.goto(profilePath);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const logo = page.getByRole('main').getByRole('img', { name: `${name}'s profile` });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
  const src = (await logo.getAttribute('src')) ?? '';
  expect(src).toMatch(/^\/media\/[0-9a-f-]{36}$/);
  // The footer lists the new source too.
  await expect(page.getByRole('navigation', { name: 'Sources' }).getByRole('link', { name })).toBeVisible();

  const image = await page.request.get(src);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(image.headers()['x-content-type-options']).toBe('nosniff');
  expect(image.headers()['cache-control']).toContain('immutable');
  expect(await image.body()).toEqual(squarePng());
});

test('renaming a source shows on its stories’ pages and in other sections’ lists at once', async ({ page }) => {
  const story = '/articles/why-ai-assistants-in-office-software-are-meeting-a-slower-quieter-reality';
  const byline = () => page.getByRole('main').getByRole('link', { name: /Northern Ledger/ }).first();
  // Warm the caches: the article page and the Technology list both show the source's name.
  await page.goto(story);
  await expect(byline()).toHaveText('Northern Ledger');
  await page.goto('/sections/technology');
  await expect(page.getByRole('main').getByText('Northern Ledger', { exact: true }).first()).toBeVisible();

  await signIn(page, demoAdmin, '/admin/sources');
  const row = page.getByRole('row').filter({ hasText: 'northern-ledger' });
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Northern Ledger');
  const renamed = unique('Northern Ledger');
  const name = page.getByRole('textbox', { name: 'Name' });
  try {
    await name.fill(renamed);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');

    await page.goto(story);
    await expect(byline()).toHaveText(renamed);
    await page.goto('/sections/technology');
    await expect(page.getByRole('main').getByText(renamed, { exact: true }).first()).toBeVisible();
  } finally {
    // Other specs and later runs expect the seeded name.
    await page.goto('/admin/sources');
    await page.getByRole('row').filter({ hasText: 'northern-ledger' }).getByRole('link').first().click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Northern Ledger');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toContainText('Saved.');
  }
});

test('unknown or garbage media ids answer 404, never 500', async ({ request }) => {
  for (const id of ['00000000-0000-4000-8000-000000000000', 'garbage', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(3000), "1'%20OR%20'1'='1"]) {
    const response = await request.get(`/media/${id}`);
    expect(response.status(), id.slice(0, 40)).toBe(404);
  }
});

test('an editor is not allowed into user, source or section management', async ({ page, browser }) => {
  await signIn(page, demoAdmin, '/admin/users');
  const name = unique('Eddie Editor');
  const editor = { email: `${name.replaceAll(' ', '.').toLowerCase()}@newsdesk.test`, name, role: 'editor', password: 'editor-password-1' };
  await createUser(page, editor);
  await expect(page).toHaveURL(/\/admin\/users\?created=/);

  const context = await browser.newContext();
  const editorPage = await context.newPage();
  await signIn(editorPage, editor, '/admin');
  const nav = editorPage.getByRole('navigation', { name: 'Newsroom' });
  await expect(nav.getByRole('link', { name: 'Articles' })).toBeVisible();
  for (const hidden of ['Users', 'Sources', 'Sections']) await expect(nav.getByRole('link', { name: hidden })).toHaveCount(0);

  for (const path of ['/admin/users', '/admin/users/new', '/admin/sources/new', '/admin/sections']) {
    await editorPage.goto(path);
    await expect(editorPage).toHaveURL(/\/admin\?denied=1$/);
    await expect(editorPage.getByRole('alert').filter({ hasText: 'You’re not allowed to open that page' })).toBeVisible();
  }
  await context.close();
});

async function expectAccessible(page: Page, label: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) => `${label} ${violation.impact} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
  // Nothing may scroll sideways on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, label).toBeLessThanOrEqual(0);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`the management pages have no axe violations (${colorScheme}, ${width}px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await signIn(page, demoAdmin, '/admin/users');
      for (const path of ['/admin/users', '/admin/users/new', '/admin/sources', '/admin/sources/new', '/admin/sections']) {
        await page.goto(path);
        await expectAccessible(page, path);
      }
      // The pages behind the lists: a user, a source, a section.
      for (const [list, link] of [
        ['/admin/users', 'Demo Editor'],
        ['/admin/sources', 'Fox News'],
        ['/admin/sections', 'World'],
      ] as const) {
        await page.goto(list);
        await page.getByRole('main').getByRole('link', { name: link, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 })).toContainText(link);
        await expectAccessible(page, `${list} → ${link}`);
      }
    });
  }
}

test('the dashboard shows only its own words for ?error=, never what the link carries', async ({ page }) => {
  await signIn(page, demoAdmin, '/admin');
  await page.goto('/admin?error=%3Cscript%3Ehello');
  await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('hello');
  await expect(page.locator('.form-alert').filter({ hasText: 'script' })).toHaveCount(0);

  await page.goto('/admin?error=forbidden');
  await expect(page.locator('p.form-alert[role="alert"]')).toHaveText('You don’t have permission to do that.');
});

test('an admin sees an account under attack on the users list and unlocks it; the locked-out browser signs straight in', async ({
  browser,
  page,
}) => {
  await signIn(page, demoAdmin, '/admin/users');
  const name = unique('Lana Locked');
  const email = `${name.replaceAll(' ', '.').toLowerCase()}@newsdesk.test`;
  const password = 'locked-password-1';
  await createUser(page, { email, name, role: 'writer', password });
  await expect(page).toHaveURL(/\/admin\/users\?created=/);

  // Five wrong passwords from one address (the e2e server has no proxy: the header is the
  // address, as a trusted proxy's append would be), then the right one: locked out.
  const locked = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.61' } });
  const lockedPage = await locked.newPage();
  await lockedPage.goto('/signin');
  const attempt = async (guess: string) => {
    await lockedPage.getByLabel('Email').fill(email);
    await lockedPage.getByLabel('Password').fill(guess);
    await lockedPage.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(lockedPage.getByLabel('Password')).toHaveValue('');
    await expect(lockedPage.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  };
  for (let failure = 0; failure < 5; failure++) await attempt(`wrong-${failure}`);
  await attempt(password);
  await expect(lockedPage.locator('.form-alert')).toContainText('Too many failed sign-in attempts');

  await page.goto('/admin/users');
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('5 failed sign-ins in the last hour, 1 address locked out');
  await row.getByRole('button', { name: 'Unlock' }).click();
  await expect(page).toHaveURL(/\/admin\/users\?unlocked=/);
  await expect(page.getByRole('status').filter({ hasText: 'can sign in again' })).toContainText(`${name} can sign in again`);
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('None');

  await lockedPage.getByLabel('Email').fill(email);
  await lockedPage.getByLabel('Password').fill(password);
  await lockedPage.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(lockedPage).toHaveURL(/\/admin$/, { timeout: 30_000 });
  await locked.close();
});
