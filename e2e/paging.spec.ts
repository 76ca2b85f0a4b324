import { expect, test } from '@playwright/test';
import { demoStories } from '../db/seed/demo-content';

async function storyLinks(page: import('@playwright/test').Page): Promise<string[]> {
  return page
    .getByRole('main')
    .getByRole('article')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** The front page's stories: its cards, then the Latest News list that carries on after them. */
async function frontPageLinks(page: import('@playwright/test').Page): Promise<string[]> {
  const latest = await page
    .getByRole('region', { name: 'Latest News' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...(await storyLinks(page)), ...latest];
}

/** Clicks the rel=next/prev link and waits for the page it leads to. */
async function follow(page: import('@playwright/test').Page, rel: 'next' | 'prev') {
  const link = page.locator(`a[rel="${rel}"]`);
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
}

test('the front page pages through every story, older and back, with no repeats and no gaps', async ({ page }) => {
  await page.goto('/');
  const pages: string[][] = [await frontPageLinks(page)];
  for (let guard = 0; guard < 10; guard++) {
    if ((await page.locator('a[rel="next"]').count()) === 0) break;
    await follow(page, 'next');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Earlier stories');
    pages.push(await storyLinks(page));
  }
  const seen = pages.flat();
  expect(new Set(seen).size).toBe(seen.length);
  // Newsroom tests may publish stories meanwhile (they share the database): every demo
  // story must be there once, and nothing twice.
  for (const story of demoStories) expect(seen).toContain(`/articles/${story.slug}`);
  expect(pages.length).toBeGreaterThanOrEqual(3);

  // Back up: each "newer" link (an ?after= cursor) shows the stories of the page before,
  // and the last one leads to the front page itself.
  for (let index = pages.length - 1; index > 1; index--) {
    await follow(page, 'prev');
    expect(await storyLinks(page)).toEqual(pages[index - 1]);
  }
  await follow(page, 'prev');
  await expect(page).toHaveURL(/\/$/);
  expect((await storyLinks(page)).length).toBeGreaterThan(0);
});

test('a later page is its own canonical URL and is kept out of the index', async ({ page, baseURL }) => {
  await page.goto('/');
  const href = await page.locator('a[rel="next"]').getAttribute('href');
  await page.goto(href ?? '/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${href}`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

for (const path of [
  '/?before=garbage',
  `/?before=${'9'.repeat(5000)}`,
  '/?before=1_not-a-uuid&after=%00',
  '/sections/world?before=%27%20OR%201%3D1',
  '/sources/fox-news?after=',
]) {
  test(`${path.slice(0, 50)} gives the first page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Earlier stories');
    expect((await storyLinks(page)).length).toBeGreaterThan(0);
  });
}

test('a cursor past the end offers the way back', async ({ page }) => {
  const response = await page.goto('/sections/world?before=1_00000000-0000-0000-0000-000000000000');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'No more stories from World' })).toBeVisible();
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/sections/world');
});
