import { expect, test } from '@playwright/test';
import { ArticleEditorPage, createDraft, signIn } from './support/newsroom';
import { referencePath, referenceStory } from './support/reference-story';

test('search from the header finds the reference story by a word from its third key point', async ({ page }) => {
  expect(referenceStory.keyPoints[2]?.text).toContain('treaty');
  await page.goto('/sections/world');
  const header = page.getByRole('search', { name: 'Site search' });
  await header.getByRole('searchbox', { name: 'Search stories' }).fill('treaty');
  await header.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=treaty$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  const result = page.getByRole('main').getByRole('link', { name: referenceStory.headline });
  await expect(result).toBeVisible();
  // The matching word is marked in the passage shown under the headline.
  await expect(page.locator('.search-hit__snippet mark').first()).toHaveText(/^treat/i);
  // The story's lead image, as a square thumbnail (decorative: the headline carries the link).
  const hit = page.getByRole('main').getByRole('article').filter({ has: page.getByRole('link', { name: referenceStory.headline }) });
  await expect(hit.locator('picture img')).toHaveAttribute('srcset', /\/media\/i\/[0-9a-f]{32}\.\w+ 480w/);
  await expect(hit.locator('picture img')).toHaveAttribute('alt', '');
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${referencePath}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form and its results work', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('north korea troops');
    await page.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=north\+korea\+troops$/);
    await expect(page.getByRole('main').getByRole('link', { name: referenceStory.headline })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search stories' }).last()).toHaveValue('north korea troops');
  });

  test('older pages of the front page are readable', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Older stories' }).click();
    await expect(page).toHaveURL(/\/\?before=\d+_[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Earlier stories');
    expect(await page.getByRole('main').getByRole('article').count()).toBeGreaterThan(0);
  });
});

const hostile = [
  '',
  'x'.repeat(5000),
  `'":*&|!()<>`,
  "'; DROP TABLE articles; --",
  '🦊🔥👍🏽',
  'treaty\u0000troops',
  'Путин Северная Корея',
  '朝鲜 条约',
  '<script>alert(1)</script>',
];

for (const query of hostile) {
  test(`the query ${JSON.stringify(query.slice(0, 30))} answers 200 with a usable page`, async ({ page }) => {
    const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(page.getByRole('main')).not.toContainText('Application error');
    // Either results or a friendly word, never an empty page.
    await expect(page.locator('.search-results, .search-empty, .empty').first()).toBeVisible();
  });
}

test('search result pages link to each other with rel=next/prev', async ({ page }) => {
  // `or` widens the query enough to need more than one page of ten.
  const query = 'north or new or year or city or people or government or first';
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/page=2$/);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/search?${new URLSearchParams({ q: query })}`);
});

test.describe('cached result pages', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a query answered before a story was published finds it once it is live', async ({ page, browser }) => {
    // One made-up word, so this story is its only match.
    const word = `quokka${Date.now().toString(36)}`;
    const reader = await (await browser.newContext()).newPage();
    const results = `/search?q=${word}`;
    for (let visit = 0; visit < 2; visit++) {
      // The second visit is served from the route cache: the page the publish must refresh.
      expect((await reader.goto(results))?.status()).toBe(200);
      await expect(reader.getByRole('status')).toContainText(`No stories match ${word}`);
    }

    await signIn(page);
    await createDraft(page);
    const editor = new ArticleEditorPage(page);
    const headline = `Rangers count the ${word} colony again`;
    await editor.typeInto(editor.headline, headline);
    await editor.typeInto(editor.summary, 'The island count found more animals than last year.');
    await editor.typeInto(editor.keyPoint(1), 'Numbers rose for a third year');
    await editor.typeInto(editor.keyPoint(2), 'Visitors must keep their distance');
    await editor.typeInto(editor.keyPoint(3), 'The next count is in spring');
    await editor.choose('Section', { index: 1 });
    await editor.choose('Source', { index: 1 });
    await editor.choose('Label (type of work)', 'news');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.status).toHaveText('Published');

    await expect(async () => {
      await reader.goto(results);
      await expect(reader.getByRole('main').getByRole('link', { name: headline })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await expect(reader.getByRole('status')).toContainText(`1 story matches ${word}`);
  });

  test('queries the cached pages leave to /search (slashes, percent signs, long ones) get their own results', async ({ page }) => {
    for (const query of ['treaty/troops', '100% treaty', `treaty ${'x'.repeat(90)}`]) {
      expect((await page.goto(`/search?${new URLSearchParams({ q: query })}`))?.status()).toBe(200);
      await expect(page.getByRole('searchbox', { name: 'Search stories' }).last()).toHaveValue(query);
    }
    await page.goto(`/search?${new URLSearchParams({ q: 'treaty.', page: '1' })}`);
    await expect(page.getByRole('searchbox', { name: 'Search stories' }).last()).toHaveValue('treaty.');
    await expect(page.getByRole('main').getByRole('link', { name: referenceStory.headline })).toBeVisible();
  });
});
