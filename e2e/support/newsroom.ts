import { expect, type Locator, type Page } from '@playwright/test';
import { accounts } from './credentials';

/** The demo editor the e2e server seeds (an admin); see e2e/support/credentials.ts. */
export const demoEditor = accounts.admin;

/** Signs in through the real form and waits for the newsroom page it returns to. */
export async function signIn(
  page: Page,
  { email, password }: { email: string; password: string } = demoEditor,
  returnTo = '/admin',
) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Password hashing is deliberately slow, more so on a busy CI machine.
  await expect(page).toHaveURL((url) => url.pathname === returnTo.split('?')[0], { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Starts an empty draft the way editors do — one click on the dashboard's "New article" — and returns its editor URL. */
export async function createDraft(page: Page): Promise<string> {
  await page.goto('/admin');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const editor = new ArticleEditorPage(page);
  await editor.ready();
  return page.url();
}

/** The article editor at /admin/articles/[id], by what its users see. */
export class ArticleEditorPage {
  readonly headline: Locator;
  readonly summary: Locator;
  readonly saveStatus: Locator;
  readonly notice: Locator;
  readonly status: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.headline = page.getByRole('textbox', { name: 'Headline', exact: true });
    this.summary = page.getByRole('textbox', { name: 'Summary', exact: true });
    this.saveStatus = page.getByTestId('save-status');
    this.notice = page.getByTestId('editor-notice');
    this.status = page.getByTestId('article-status');
    this.preview = page.getByRole('region', { name: /^Preview/ });
  }

  /** TipTap mounts after hydration; the fields are ready once the headline is editable. */
  async ready() {
    await expect(this.headline).toHaveAttribute('contenteditable', 'true', { timeout: 30_000 });
  }

  keyPoint(number: number): Locator {
    return this.page.getByRole('textbox', { name: `Key point ${number}`, exact: true });
  }

  async typeInto(field: Locator, text: string) {
    await field.click();
    await this.page.keyboard.type(text);
  }

  async waitUntilSaved() {
    await expect(this.saveStatus).toHaveText(/^Saved/, { timeout: 15_000 });
  }

  async choose(label: 'Section' | 'Source' | 'Label (type of work)', option: string | { index: number }) {
    // Visible only: Next keeps the dashboard the editor came from hidden in the page, and
    // its filters have a "Section" too.
    await this.page.getByLabel(label, { exact: true }).filter({ visible: true }).selectOption(option);
  }
}
