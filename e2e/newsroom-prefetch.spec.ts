import { expect, type Page, test } from '@playwright/test';
import { ArticleEditorPage, signIn } from './support/newsroom';

/*
 * The newsroom asks the server for a linked page only when the editor points at it
 * (components/ui/app-link.tsx): viewport prefetching re-rendered every linked page (the
 * story's section, source and authors, each newsroom page) after every publish, on the same
 * origin that readers and the CDN were waiting on. Readers' pages keep prefetching in view.
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

test('the newsroom prefetches a link only on intent, readers’ pages prefetch what is in view', async ({ page }) => {
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

  // Readers' pages prefetch the stories in view.
  await page.goto('/');
  await expect.poll(() => prefetched.filter((path) => path.startsWith('/articles/')).length).toBeGreaterThan(0);
});
