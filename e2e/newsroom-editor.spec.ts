import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ArticleEditorPage, createDraft, signIn } from './support/newsroom';
import { referencePath } from './support/reference-story';

test.describe('the article editor', () => {
  // Whole editing sessions with autosave delays, sometimes in two browsers at once.
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async ({ page }) => {
    await signIn(page);
  });

  test('writes a story with bold, a link and reordered key points, publishes it, and readers see it', async ({
    page,
    browser,
  }) => {
    await createDraft(page);
    const editor = new ArticleEditorPage(page);
    const headline = `Harbour bridge reopens after repairs ${Date.now()}`;

    await editor.typeInto(editor.headline, headline);
    await page.keyboard.press('Enter'); // Enter in the headline moves on to the summary.
    await page.keyboard.type('The city ');
    await page.keyboard.press('ControlOrMeta+b');
    await page.keyboard.type('reopened');
    await page.keyboard.press('ControlOrMeta+b');
    await page.keyboard.type(' the bridge on Monday, officials said');
    for (let i = 0; i < 'officials said'.length; i++) await page.keyboard.press('Shift+ArrowLeft');

    const formatting = page.getByRole('group', { name: 'Summary formatting' });
    await formatting.getByRole('button', { name: 'Link' }).click();
    const address = page.getByRole('textbox', { name: 'Link address' });
    await address.fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Apply link' }).click();
    await expect(page.getByText('Enter a full address starting with https://')).toBeVisible();
    await address.fill('https://example.com/report');
    await page.getByRole('button', { name: 'Apply link' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type('.');
    await expect(editor.summary).toHaveText('The city reopened the bridge on Monday, officials said.');

    await editor.typeInto(editor.keyPoint(1), 'Traffic returns to both lanes');
    await editor.typeInto(editor.keyPoint(2), 'Repairs cost 40 million');
    await editor.typeInto(editor.keyPoint(3), 'A cycle lane opens in spring');
    await expect(page.getByText('3 to 10 key points · 3 written')).toBeVisible();
    // Alt+Up inside a point moves it, and says so.
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByTestId('announcer')).toHaveText(/Key point moved to position 2 of 3/);
    await page.getByRole('button', { name: 'Move key point 1 down' }).click();
    const expectedOrder = ['A cycle lane opens in spring', 'Traffic returns to both lanes', 'Repairs cost 40 million'];
    await expect(editor.preview.locator('.key-points__list > li')).toHaveText(expectedOrder);

    await editor.choose('Section', { index: 1 });
    await editor.choose('Source', { index: 1 });
    await editor.choose('Label (type of work)', 'news');
    await expect(editor.preview.getByRole('heading', { level: 1 })).toHaveText(headline);

    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.status).toHaveText('Published');
    await expect(editor.notice).toContainText('Published: the story is live');
    const slug = await page.getByLabel('Address (slug)').inputValue();
    expect(slug).toMatch(/^harbour-bridge-reopens-after-repairs-\d+$/);

    const reader = await browser.newContext();
    const article = await reader.newPage();
    const response = await article.goto(`/articles/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(headline);
    const summary = article.getByTestId('summary');
    await expect(summary.locator('strong')).toHaveText('reopened');
    const link = summary.getByRole('link', { name: 'officials said' });
    await expect(link).toHaveAttribute('href', 'https://example.com/report');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    await expect(article.locator('.key-points__list > li')).toHaveText(expectedOrder);
    await reader.close();
  });

  test('a second editor saving the same story gets both versions side by side, and no text is lost', async ({
    page,
    browser,
  }) => {
    const url = await createDraft(page);
    const first = new ArticleEditorPage(page);
    const otherContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const secondPage = await otherContext.newPage();
    await signIn(secondPage);
    await secondPage.goto(url);
    const second = new ArticleEditorPage(secondPage);
    await second.ready();

    await first.typeInto(first.headline, 'Headline from the first editor');
    await first.waitUntilSaved();

    await second.typeInto(second.summary, 'Summary from the second editor, which must survive');
    const conflict = secondPage.getByRole('region', { name: 'Two versions of this story' });
    await expect(conflict).toBeVisible({ timeout: 15_000 });
    await expect(second.saveStatus).toHaveText(/Autosave paused/);
    await expect(conflict.getByRole('region', { name: 'Theirs (saved)' })).toContainText('Headline from the first editor');
    await expect(conflict.getByRole('region', { name: 'Yours (not saved)' })).toContainText(
      'Summary from the second editor, which must survive',
    );
    await expect(second.summary).toHaveText('Summary from the second editor, which must survive');

    await conflict.getByRole('button', { name: 'Copy mine' }).click();
    const kept = secondPage.getByRole('textbox', { name: /Plain text of your version/ });
    await expect(kept).toHaveValue(/Summary: Summary from the second editor, which must survive/);
    expect(await secondPage.evaluate(() => navigator.clipboard.readText())).toContain('Summary from the second editor');

    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await expect(conflict).toBeHidden();
    await expect(second.headline).toHaveText('Headline from the first editor');
    await expect(kept).toHaveValue(/Summary from the second editor, which must survive/);

    // Now on the same version: the second editor's next change saves; the first editor, on the
    // old version, gets the conflict and keeps their own.
    await second.typeInto(second.summary, 'Second attempt');
    await second.waitUntilSaved();
    await first.typeInto(first.headline, ', updated');
    const firstConflict = page.getByRole('region', { name: 'Two versions of this story' });
    await expect(firstConflict).toBeVisible({ timeout: 15_000 });
    await firstConflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(firstConflict).toBeHidden();
    await first.waitUntilSaved();

    await secondPage.reload();
    await second.ready();
    await expect(second.headline).toHaveText('Headline from the first editor, updated');
    await otherContext.close();
  });

  test('autosaved work is there after a reload, and leaving with unsaved changes asks first', async ({ page }) => {
    await createDraft(page);
    const editor = new ArticleEditorPage(page);
    await editor.typeInto(editor.headline, 'Autosaved headline');
    await editor.typeInto(editor.keyPoint(1), 'An autosaved key point');
    await expect(editor.saveStatus).toHaveText('Unsaved changes');
    await editor.waitUntilSaved();
    await expect(editor.saveStatus).toHaveText(/^Saved (just now|\d+ s ago)$/);

    await page.reload();
    await editor.ready();
    await expect(editor.headline).toHaveText('Autosaved headline');
    await expect(editor.keyPoint(1)).toHaveText('An autosaved key point');

    await editor.typeInto(editor.summary, 'Not saved yet');
    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const prompt = await dialog;
    expect(prompt.type()).toBe('beforeunload');
    await prompt.accept();
  });

  test('a live story is never autosaved: its unsaved edits wait in the browser and can be restored', async ({
    page,
  }) => {
    await createDraft(page);
    const editor = new ArticleEditorPage(page);
    await editor.typeInto(editor.headline, `Council approves budget ${Date.now()}`);
    await editor.typeInto(editor.summary, 'The council approved the budget.');
    await editor.typeInto(editor.keyPoint(1), 'Spending rises 3%');
    await editor.choose('Section', { index: 1 });
    await editor.choose('Source', { index: 1 });
    await editor.choose('Label (type of work)', 'news');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.status).toHaveText('Published');

    await editor.typeInto(editor.summary, ' A correction is coming.');
    await expect(editor.saveStatus).toHaveText(/Unsaved changes \(kept in this browser/);
    await page.waitForTimeout(2_500); // longer than the autosave delay: nothing may be sent
    await expect(editor.saveStatus).toHaveText(/Unsaved changes \(kept in this browser/);

    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await editor.ready();
    await expect(editor.summary).toHaveText('The council approved the budget.');
    const offer = page.getByRole('region', { name: 'Unsaved changes found in this browser' });
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: 'Restore them' }).click();
    await expect(editor.summary).toHaveText('The council approved the budget. A correction is coming.');
    await page.getByRole('button', { name: 'Update' }).click();
    await expect(editor.notice).toContainText('Published');
    await expect(editor.saveStatus).toHaveText(/^Saved/);
  });

  test('restores an earlier revision as a new version', async ({ page }) => {
    await createDraft(page);
    const editor = new ArticleEditorPage(page);
    await editor.typeInto(editor.headline, 'The first headline');
    // A manual save keeps its own revision (a run of autosaves shares one).
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(editor.notice).toContainText('Saved');
    await editor.headline.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('A rewritten headline');
    await editor.waitUntilSaved();

    await page.getByText('Revision history').click();
    const history = page.locator('.revision-list');
    await expect(history.getByText(/Version 3 · Autosaved/)).toBeVisible();
    await page.getByRole('button', { name: 'Restore version 2' }).click();
    await expect(editor.headline).toHaveText('The first headline');
    await expect(editor.notice).toContainText('Revision restored as a new version');
    await expect(history.getByText(/Version 4 · Restored an earlier version/)).toBeVisible();
    // The newsroom labels its times too, the new version's as soon as it appears.
    await expect(history.locator('li', { hasText: 'Version 4' }).locator('time.time')).toHaveText(/^(just now|\d+m ago)$/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`has no axe violations and no sideways scroll in ${colorScheme} mode at ${width}px`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await createDraft(page);
        const editor = new ArticleEditorPage(page);
        await editor.typeInto(editor.headline, 'Accessible editor');
        await editor.typeInto(editor.summary, 'A summary.');
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map(
          (violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});

/** Every script a page loads, as text. */
async function scriptsOf(page: Page, path: string): Promise<string[]> {
  const urls = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') urls.add(response.url());
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return Promise.all([...urls].map(async (url) => (await page.request.get(url)).text()));
}

test('readers’ pages load none of the editor’s code', async ({ page }) => {
  // Cached readers' pages load no script file at all (runtime/server/script-free-pages.mjs).
  for (const path of ['/', referencePath]) {
    expect(await scriptsOf(page, path)).toEqual([]);
  }
  // A reader's page rendered per request (an odd search) keeps Next's scripts, as every
  // reader's page does under `next dev` or on Vercel: the readers' code, none of the editor's.
  const scripts = await scriptsOf(page, '/search?q=ferry%2Fharbour');
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script).not.toMatch(/prosemirror|tiptap|newsdesk:editor-backup/i);
  }
});
