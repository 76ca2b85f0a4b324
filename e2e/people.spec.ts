import AxeBuilder from '@axe-core/playwright';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, type Page, test } from '@playwright/test';
import { accounts } from './support/credentials';
import { unique } from './support/fixtures';
import { ArticleEditorPage, createDraft, signIn } from './support/newsroom';

/*
 * People and bylines, end to end: an editor adds a person, bylines a story and publishes it;
 * readers see "By …" linking to the author page, which lists the story, describes the person
 * in JSON-LD and has a feed; a renamed person's old address answers 308.
 */

// Each test walks several newsroom pages (sign-in hashes a password): more than the default 30 s
// on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const name = unique('Pat Byline');
const slug = name.toLowerCase().replace(/\s+/g, '-');
let storySlug = '';

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('an editor adds a person, puts the byline on a story and publishes it; readers follow it to the author page', async ({ page, browser, baseURL }) => {
  await signIn(page, accounts.editor, '/admin/people');
  await page.getByRole('link', { name: 'New person' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('textbox', { name: 'Job title' }).fill('Harbour reporter');
  await page.getByRole('textbox', { name: 'Bio', exact: true }).click();
  await page.keyboard.type('Pat covers ports and shipping.');
  await page.getByRole('textbox', { name: 'Beats and expertise' }).fill('Shipping, Ports');
  await page.getByRole('textbox', { name: 'Public links' }).fill('Website | https://pat.example.com');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toContainText(`/authors/${slug}`);

  await createDraft(page);
  const editor = new ArticleEditorPage(page);
  const headline = `Harbour cranes return to work ${Date.now()}`;
  await editor.typeInto(editor.headline, headline);
  await editor.typeInto(editor.summary, 'The port reopened its container terminal after a week of repairs.');
  await editor.typeInto(editor.keyPoint(1), 'Cranes are back in service');
  await editor.typeInto(editor.keyPoint(2), 'Ships queued for three days');
  await editor.typeInto(editor.keyPoint(3), 'Repairs cost two million');
  await editor.choose('Section', { index: 1 });
  await editor.choose('Source', { index: 1 });

  // Bylines: add two people, then put ours first with the keyboard-reachable buttons.
  const bylines = page.getByRole('group', { name: 'Bylines' });
  await page.getByLabel('Person to add to the bylines').selectOption({ label: 'Ana Ruiz' });
  await bylines.getByRole('button', { name: 'Add byline' }).click();
  await page.getByLabel('Person to add to the bylines').selectOption({ label: name });
  await bylines.getByRole('button', { name: 'Add byline' }).click();
  await expect(page.getByTestId('bylines').locator('li')).toHaveText([/Ana Ruiz/, new RegExp(name)]);
  await bylines.getByRole('button', { name: `Move ${name} earlier` }).click();
  await expect(page.getByTestId('announcer')).toHaveText(new RegExp(`${name} moved to position 1 of 2`));
  await expect(page.getByTestId('bylines').locator('li')).toHaveText([new RegExp(name), /Ana Ruiz/]);
  await expect(editor.preview.getByTestId('authors')).toHaveText(`By ${name} and Ana Ruiz`);

  await editor.choose('Label (type of work)', 'news');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.status).toHaveText('Published');
  storySlug = await page.getByLabel('Address (slug)').inputValue();

  const reader = await browser.newContext();
  const article = await reader.newPage();
  await article.goto(`/articles/${storySlug}`);
  const authors = article.getByTestId('authors');
  await expect(authors).toHaveText(`By ${name} and Ana Ruiz`);
  await expect(authors.getByRole('link', { name })).toHaveAttribute('href', `/authors/${slug}`);
  const scripts = await article.locator('script[type="application/ld+json"]').allTextContents();
  const newsArticle = scripts.map((text) => JSON.parse(text) as Record<string, unknown>).find((data) => data['@type'] === 'NewsArticle');
  expect(newsArticle?.author).toEqual([
    { '@type': 'Person', name, url: `${baseURL}/authors/${slug}` },
    { '@type': 'Person', name: 'Ana Ruiz', url: `${baseURL}/authors/ana-ruiz` },
  ]);

  await authors.getByRole('link', { name }).click();
  await expect(article).toHaveURL(`${baseURL}/authors/${slug}`);
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(name);
  const main = article.getByRole('main');
  await expect(main.getByText('Harbour reporter')).toBeVisible();
  await expect(main.getByText('Pat covers ports and shipping.')).toBeVisible();
  await expect(main.getByRole('link', { name: 'Website' })).toHaveAttribute('href', 'https://pat.example.com/');
  await expect(article.getByRole('main').getByRole('link', { name: headline })).toBeVisible();
  const profile = (await article.locator('script[type="application/ld+json"]').allTextContents())
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .find((data) => data['@type'] === 'ProfilePage');
  expect(profile).toMatchObject({
    '@type': 'ProfilePage',
    mainEntity: { '@type': 'Person', name, jobTitle: 'Harbour reporter', url: `${baseURL}/authors/${slug}`, knowsAbout: ['Shipping', 'Ports'] },
  });
  await reader.close();

  const feedResponse = await page.request.get(`/feeds/authors/${slug}.xml`);
  expect(feedResponse.status()).toBe(200);
  const feed = parseFeed(await feedResponse.text());
  expect(feed.meta.type).toBe('rss');
  const item = feed.items.find((candidate) => candidate.url === `${baseURL}/articles/${storySlug}`);
  expect(item?.title).toBe(headline);
  expect(item?.authors.map((author) => author.name)).toEqual([`${name} and Ana Ruiz`]);
});

test('the author page and the people directory pass axe in light and dark', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`/authors/${slug}`);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page), `author page, ${colorScheme}`).toEqual([]);
    await page.goto('/authors/ana-ruiz');
    await expect(page.getByRole('img', { name: 'Photo of Ana Ruiz' })).toBeVisible();
    expect(await axeViolations(page), `seeded author page, ${colorScheme}`).toEqual([]);
    await signIn(page, accounts.editor, '/admin/people');
    expect(await axeViolations(page), `/admin/people, ${colorScheme}`).toEqual([]);
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    expect(await axeViolations(page), `person form, ${colorScheme}`).toEqual([]);
    await context.close();
  }
});

test('a renamed person’s old address answers 308 to the new one', async ({ page, request }) => {
  await signIn(page, accounts.editor, '/admin/people');
  await page.getByRole('searchbox', { name: 'Search people' }).fill(name);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name }).click();
  await page.getByRole('textbox', { name: 'Slug' }).fill(`${slug}-renamed`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText(`/authors/${slug}-renamed`);

  const old = await request.get(`/authors/${slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  // Next repeats the Location header (as for articles: e2e/article.spec.ts); every copy must agree.
  const locations = old.headersArray().filter((header) => header.name.toLowerCase() === 'location').map((header) => header.value);
  expect(new Set(locations)).toEqual(new Set([`/authors/${slug}-renamed`]));
  const current = await request.get(`/authors/${slug}-renamed`);
  expect(current.status()).toBe(200);
  expect(await current.text()).toContain(storySlug);

  // A person with a byline can't be deleted: the refusal names the story.
  await page.locator('summary', { hasText: 'Delete this profile' }).click();
  await page.getByRole('button', { name: 'Delete this profile' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'has the byline on 1 story' });
  await expect(refusal).toContainText('Harbour cranes return to work');
});
