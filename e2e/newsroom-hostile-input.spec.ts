import { expect, test } from '@playwright/test';
import { ArticleEditorPage, createDraft, signIn } from './support/newsroom';

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test('a 10,000-character headline gets a clear field error and the text stays in the editor', async ({ page }) => {
  await createDraft(page);
  const editor = new ArticleEditorPage(page);
  await editor.headline.click();
  await page.keyboard.insertText('Long '.repeat(2_000));
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/The headline must be at most 200 characters/).first()).toBeVisible();
  await expect(editor.headline).toHaveAttribute('aria-invalid', 'true');
  expect((await editor.headline.textContent())?.length).toBeGreaterThanOrEqual(9_999);
});

test('script tags and event-handler markup are stored as text and never run for readers', async ({ page, browser }) => {
  await createDraft(page);
  const editor = new ArticleEditorPage(page);
  const marker = `Inert ${Date.now()}`;
  await editor.typeInto(editor.headline, `${marker} <script>window.pwned=1</script>`);
  await editor.typeInto(editor.summary, '<img src=x onerror="window.pwned=1"> summary text');
  await editor.typeInto(editor.keyPoint(1), '<script>window.pwned=1</script> point');
  await editor.choose('Section', { index: 1 });
  await editor.choose('Source', { index: 1 });
  await editor.choose('Label (type of work)', 'news');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.status).toHaveText('Published');
  const slug = await page.getByLabel('Address (slug)').inputValue();

  const reader = await browser.newContext();
  const article = await reader.newPage();
  const response = await article.goto(`/articles/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(article.getByRole('heading', { level: 1 })).toContainText('<script>window.pwned=1</script>');
  await expect(article.getByTestId('summary')).toContainText('<img src=x onerror="window.pwned=1">');
  expect(await article.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await article.locator('main script:not([type="application/ld+json"])').count()).toBe(0);
  expect(await article.locator('main a[href^="javascript" i], main [onerror], main [onclick]').count()).toBe(0);
  await reader.close();
});
