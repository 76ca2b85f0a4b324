import { expect, test } from '@playwright/test';
import { referencePath, referenceStory } from './support/reference-story';

for (const [name, path] of [
  ['home', '/'],
  ['source profile', '/sources/fox-news'],
  ['section', '/sections/world'],
] as const) {
  test(`the ${name} page lists the reference story and leads to it`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const link = page.getByRole('main').getByRole('link', { name: referenceStory.headline }).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${referencePath}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(referenceStory.headline);
  });
}

test('the home page leads with a top story, more stories and Latest News', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Top story' }).getByRole('heading')).toHaveCount(2);
  expect(await page.getByRole('region', { name: 'More stories' }).getByRole('article').count()).toBeGreaterThan(5);
  expect(await page.getByRole('region', { name: 'Latest News' }).getByRole('listitem').count()).toBeGreaterThan(5);
  // Latest News carries on where the cards stop: no story is listed twice.
  const hrefs = (name: string) =>
    page.getByRole('region', { name }).getByRole('heading').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const cards = [...(await hrefs('Top story')), ...(await hrefs('More stories'))];
  const latest = await page.getByRole('region', { name: 'Latest News' }).getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(cards).toHaveLength(7);
  expect(latest.filter((href) => cards.includes(href))).toEqual([]);
});

test('the source profile shows logo, description and only its own stories', async ({ page }) => {
  await page.goto('/sources/fox-news');
  await expect(page.getByRole('img', { name: "Fox News's profile" }).first()).toBeVisible();
  const cards = page.getByRole('main').getByRole('article');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) await expect(card).toContainText('Fox News');
});

test('section navigation reaches every section', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const sections = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(sections.length).toBeGreaterThanOrEqual(4);
  for (const href of sections) {
    const response = await page.goto(href ?? '/');
    expect(response?.status(), href ?? '').toBe(200);
  }
});
