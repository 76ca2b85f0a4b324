import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ArticleEditorPage, createDraft, signIn } from './support/newsroom';
import { referencePath, referenceStory } from './support/reference-story';

/*
 * Key points as sourced claims (issue 11): numbered citations after the points, an editor
 * verifying a point and an edit clearing it, the publish checklist refusing a story without
 * a label — told in the bar where they clicked, focus on the field — "New article" in one
 * click, and sponsored stories disclosed with rel="sponsored" on their links.
 */

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Fills the parts of a story every publish needs, except what the test leaves out. */
async function writeStory(editor: ArticleEditorPage, headline: string, points: { text: string; source?: string }[]) {
  const { page } = editor;
  await editor.typeInto(editor.headline, headline);
  await editor.typeInto(editor.summary, 'A summary of the story for the claims test.');
  for (const [index, point] of points.entries()) {
    await editor.typeInto(editor.keyPoint(index + 1), point.text);
    if (point.source) await page.getByLabel(`Source for point ${index + 1} (optional)`).fill(point.source);
  }
}

test.describe('citations on the reference story', () => {
  test('each key point ends with a numbered link to its source, also cited in the JSON-LD', async ({ page }) => {
    await page.goto(referencePath);
    const points = page.locator('.key-points__list > li');
    await expect(points).toHaveCount(referenceStory.keyPoints.length);
    for (const [index, point] of referenceStory.keyPoints.entries()) {
      const number = index + 1;
      const site = new URL(point.sourceUrl!).hostname.replace(/^www\./, '');
      const citation = points.nth(index).getByRole('link', { name: `Source ${number}: ${site} (opens in a new tab)` });
      await expect(citation).toHaveText(`[${number}]`);
      await expect(citation).toHaveAttribute('href', point.sourceUrl!);
      await expect(citation).toHaveAttribute('rel', 'noopener noreferrer nofollow');
      await expect(citation).toHaveAttribute('target', '_blank');
      // After the point's words, not before them.
      await expect(points.nth(index)).toHaveText(`${point.text} [${number}]`);
    }
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const article = jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>).find((data) => data['@type'] === 'NewsArticle');
    expect(article?.citation).toEqual(referenceStory.keyPoints.map((point) => ({ '@type': 'CreativeWork', url: point.sourceUrl })));
  });
});

test.describe('in the newsroom', () => {
  // Sign-in hashes a password and the editor types like a person: slow on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async ({ page }) => {
    await signIn(page);
  });

  test('"New article" on the dashboard opens the editor in one click; the new-article page alone creates nothing', async ({
    page,
  }) => {
    await page.goto('/admin');
    await page.getByRole('button', { name: 'New article' }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
    const editor = new ArticleEditorPage(page);
    await editor.ready();
    await expect(editor.status).toHaveText('Draft');
    // A GET (a prefetch, a crawler) must never create a draft: the page only offers the button.
    const response = await page.goto('/admin/articles/new');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  });

  test('an editor verifies a key point; rewording it clears the verification, after a reload too', async ({ page }) => {
    await createDraft(page);
    const editor = new ArticleEditorPage(page);
    await writeStory(editor, `Verified claims ${Date.now()}`, [
      { text: 'The council approved the budget on Tuesday', source: 'https://www.example.com/council/budget' },
      { text: 'Spending rises by four percent' },
    ]);
    await editor.waitUntilSaved();

    const rows = page.locator('.key-point-row');
    await page.getByRole('button', { name: 'Mark point 2 verified' }).click();
    await expect(rows.nth(1).getByTestId('verification')).toHaveText(/^Verified by .+, \d{1,2} [A-Z][a-z]{2} \d{2}:\d{2}$/);
    await expect(page.getByTestId('publish-checklist')).toContainText('Every key point is sourced or verified');

    await page.reload();
    await editor.ready();
    await expect(rows.nth(1).getByTestId('verification')).toHaveText(/^Verified by /);
    await expect(page.getByRole('button', { name: 'Unverify point 2' })).toBeVisible();

    await editor.keyPoint(2).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' this year');
    await editor.waitUntilSaved();
    await expect(rows.nth(1).getByTestId('verification')).toHaveText('Not verified');
    await expect(page.getByTestId('publish-checklist')).toContainText('Key point 2 has no source and isn’t verified');
    await page.reload();
    await editor.ready();
    await expect(rows.nth(1).getByTestId('verification')).toHaveText('Not verified');
  });

  test('a story without a label can’t be published: the bar says why, truthfully, and the focus goes to the label', async ({
    page,
  }) => {
    await createDraft(page);
    const editor = new ArticleEditorPage(page);
    await writeStory(editor, `Unlabelled story ${Date.now()}`, [{ text: 'One point', source: 'https://www.example.org/one' }]);
    await editor.choose('Section', { index: 1 });
    await editor.choose('Source', { index: 1 });
    const checklist = page.getByTestId('publish-checklist');
    await expect(checklist).toContainText('Choose a label');
    await expect(checklist).toContainText('Byline: 1 person');
    await editor.waitUntilSaved();

    await page.getByRole('button', { name: 'Publish now' }).click();
    const bar = page.locator('.action-bar').getByRole('alert');
    await expect(bar).toContainText('Not published: choose a label');
    await expect(bar).toContainText('Your draft is saved.');
    const label = page.getByLabel('Label (type of work)', { exact: true }).filter({ visible: true });
    await expect(label).toBeFocused();
    await expect(label).toBeInViewport();
    await expect(editor.status).toHaveText('Draft');
    await expect(editor.notice).toHaveCount(0);

    await label.selectOption('analysis');
    await expect(checklist).toContainText('Type of work is labelled');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.status).toHaveText('Published');
    await expect(bar).toHaveCount(0);
  });

  test('a story nobody is credited for can’t be published: the bar asks for a byline and focuses the bylines', async ({ page }) => {
    await createDraft(page);
    const editor = new ArticleEditorPage(page);
    await writeStory(editor, `Unbylined story ${Date.now()}`, [{ text: 'One point', source: 'https://www.example.org/one' }]);
    await editor.choose('Section', { index: 1 });
    await editor.choose('Source', { index: 1 });
    await page.getByLabel('Label (type of work)', { exact: true }).filter({ visible: true }).selectOption('news');
    // New drafts start with the editor's own byline (the demo editor's profile): take it off.
    await page.getByRole('button', { name: /from the bylines$/ }).click();
    const checklist = page.getByTestId('publish-checklist');
    await expect(checklist).toContainText('Add a byline');
    await editor.waitUntilSaved();

    await page.getByRole('button', { name: 'Publish now' }).click();
    const bar = page.locator('.action-bar').getByRole('alert');
    await expect(bar).toContainText('Not published');
    await expect(bar).toContainText(/byline/i);
    await expect(page.getByLabel('Person to add to the bylines')).toBeFocused();
    await expect(editor.status).toHaveText('Draft');
  });

  test('a new story without section, source or label: the bar lists them all and focuses the first', async ({ page }) => {
    await createDraft(page);
    const editor = new ArticleEditorPage(page);
    await writeStory(editor, `Half-finished story ${Date.now()}`, [{ text: 'A point' }]);
    await page.getByRole('button', { name: 'Publish now' }).click();
    const bar = page.locator('.action-bar').getByRole('alert');
    await expect(bar).toContainText('choose a label');
    await expect(bar).toContainText('choose a section');
    await expect(bar).toContainText('choose a source');
    await expect(page.getByLabel('Label (type of work)', { exact: true }).filter({ visible: true })).toBeFocused();
  });

  test('a sponsored story is disclosed, labelled in lists, and its links are rel="sponsored"', async ({ page, browser }) => {
    await createDraft(page);
    const editor = new ArticleEditorPage(page);
    const headline = `Sponsored feature ${Date.now()}`;
    await writeStory(editor, headline, [{ text: 'Solar panels pay back in six years', source: 'https://www.example.net/solar-study' }]);
    await editor.choose('Section', 'Business');
    await editor.choose('Source', 'Atlas Business Review');
    await editor.choose('Label (type of work)', 'sponsored');
    await page.getByRole('button', { name: 'Add web link' }).click();
    await page.getByLabel('Title of link 1').fill('Our partner’s offer');
    await page.getByLabel('Address of link 1').fill('https://shop.example.com/offer');
    await page.getByLabel('Site name of link 1').fill('Example Shop');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.status).toHaveText('Published');
    const slug = await page.getByLabel('Address (slug)').inputValue();

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/articles/${slug}`);
    await expect(reader.getByTestId('sponsored-disclosure')).toHaveText(/^Sponsored content: paid for by Atlas Business Review\./);
    const citation = reader.getByRole('link', { name: 'Source 1: example.net (opens in a new tab)' });
    await expect(citation).toHaveAttribute('rel', 'noopener noreferrer nofollow sponsored');
    const offer = reader.getByRole('region', { name: 'Around The Web' }).getByRole('link', { name: /Our partner’s offer/ });
    await expect(offer).toHaveAttribute('rel', 'noopener noreferrer nofollow sponsored');
    const jsonLd = await reader.locator('script[type="application/ld+json"]').allTextContents();
    const types = jsonLd.map((text) => (JSON.parse(text) as { '@type'?: string })['@type']);
    expect(types).toContain('Article');
    expect(types).not.toContain('NewsArticle');

    await reader.goto('/sections/business');
    const card = reader.getByRole('article').filter({ has: reader.getByRole('link', { name: headline }) });
    await expect(card.locator('.kind')).toHaveText('Sponsored');
    await reader.context().close();

    // The disclosure and the label read well in both schemes.
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const story = await context.newPage();
      await story.goto(`/articles/${slug}`);
      await story.waitForLoadState('networkidle');
      expect(await axeViolations(story), `${colorScheme} mode`).toEqual([]);
      await context.close();
    }
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    // axe over the whole editor (fields, preview, checklist) takes a while on a busy machine.
    test.describe.configure({ timeout: 90_000 });

    test('the reference story with its citations has no axe violations', async ({ page }) => {
      await page.goto(referencePath);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the editor with its checklist, a verified point and a refused publish has no axe violations', async ({ page }) => {
      await signIn(page);
      await createDraft(page);
      const editor = new ArticleEditorPage(page);
      await writeStory(editor, `Axe check ${colorScheme} ${Date.now()}`, [{ text: 'A point to verify' }]);
      await editor.waitUntilSaved();
      await page.getByRole('button', { name: 'Mark point 1 verified' }).click();
      await expect(page.getByTestId('verification').first()).toHaveText(/^Verified by /);
      await page.getByRole('button', { name: 'Publish now' }).click();
      await expect(page.locator('.action-bar').getByRole('alert')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
