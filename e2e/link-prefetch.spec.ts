import { expect, type Page, test } from '@playwright/test';
import { ArticleEditorPage, signIn } from './support/newsroom';

/*
 * A page asks the server for a linked page only when the reader or editor points at it: in
 * the newsroom, Next's router on intent (components/ui/app-link.tsx); on readers' pages, which
 * carry no framework scripts, the browser through the page's speculation rules. Prefetching
 * every link in view cost each article view a dozen flight-data requests and the phone the
 * work of decoding them, and in the newsroom re-rendered every linked page after every
 * publish, on the origin the CDN was waiting on.
 */

/** The paths of the router prefetches (`_rsc` GETs) the page makes from now on. */
function watchPrefetches(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.searchParams.has('_rsc')) paths.push(url.pathname);
  });
  return paths;
}

/** Long enough for Next's viewport prefetches, which start once the page is idle. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_500);
}

test('the newsroom prefetches a link only on intent', async ({ page }) => {
  await signIn(page);
  const prefetched = watchPrefetches(page);

  // The dashboard: a row per story and the newsroom's navigation, none of it asked for.
  await page.goto('/admin');
  const liveStory = page.getByRole('row').filter({ hasText: 'Published' }).getByRole('link').first();
  await expect(liveStory).toBeVisible();
  await settle(page);
  expect(prefetched).toEqual([]);

  // Pointing at a link is intent: that page, and only that one, is prefetched.
  await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Media' }).hover();
  await expect.poll(() => prefetched).toContain('/admin/media');
  expect(prefetched.every((path) => path === '/admin/media')).toBe(true);

  // A live story's editor: its preview links to the story's section, source and authors as
  // readers' pages do, and asks for none of them.
  const editorPath = await liveStory.getAttribute('href');
  prefetched.length = 0;
  await page.goto(editorPath ?? '/admin');
  const editor = new ArticleEditorPage(page);
  await editor.ready();
  await expect(editor.preview.getByRole('link').first()).toBeVisible();
  await settle(page);
  expect(prefetched).toEqual([]);
});

test('readers’ pages load no framework scripts, and prefetch a story only once the reader points at it', async ({ page }) => {
  // Readers' pages are plain documents (runtime/server/script-free-pages.mjs): what the
  // browser fetches for them, scripts and prefetches apart.
  const scripts: string[] = [];
  const prefetchedDocuments: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script') scripts.push(url.pathname);
    if (request.headers()['sec-purpose']?.startsWith('prefetch')) prefetchedDocuments.push(url.pathname);
  });
  const prefetched = watchPrefetches(page);

  // The front page: stories, sections and sources in view, none of them asked for.
  await page.goto('/');
  const story = page.getByRole('main').getByRole('heading').getByRole('link').first();
  await expect(story).toBeVisible();
  await settle(page);
  expect(scripts).toEqual([]);
  expect(prefetched).toEqual([]);
  expect(prefetchedDocuments).toEqual([]);

  // Pointing at a story has the browser prefetch that story's page, and only that one.
  const storyPath = new URL((await story.getAttribute('href')) ?? '/', 'http://site').pathname;
  await story.hover();
  await expect.poll(() => prefetchedDocuments).toContain(storyPath);
  expect(prefetchedDocuments.every((path) => path === storyPath)).toBe(true);

  // Following it loads the story; its times are labelled by the page's own script.
  await story.click();
  await expect(page).toHaveURL(storyPath);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('dateline').locator('time.time')).toHaveText(/ ago$|^just now$/);

  // An article: its section, source, authors and the latest stories, none asked for (the
  // pointer off every link first: it was left where the story's link was).
  await page.getByRole('heading', { level: 1 }).hover();
  prefetchedDocuments.length = 0;
  await settle(page);
  expect(scripts).toEqual([]);
  expect(prefetched).toEqual([]);
  expect(prefetchedDocuments).toEqual([]);
});
