import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { ArticleEditorPage, createDraft, signIn } from '../support/newsroom';
import { articleActionId } from '../support/server-actions';
import { INSTANCE_A, INSTANCE_B } from './environment';

/** The requirement: a change made through one instance is live on every other within this. */
const LIVE_WITHIN_MS = 2_000;
const POLL_EVERY_MS = 25;

interface Live {
  /** Milliseconds from the action's end until the instance served the change; null if never. */
  ms: number | null;
  /** Responses it took: 1 means the first request after the action was already fresh. */
  requests: number;
}

async function timeUntil(since: number, check: () => Promise<boolean>, limitMs = LIVE_WITHIN_MS * 3): Promise<Live> {
  let requests = 0;
  while (Date.now() - since < limitMs) {
    requests++;
    if (await check()) return { ms: Date.now() - since, requests };
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
  }
  return { ms: null, requests };
}

async function shows(reader: APIRequestContext, path: string, text: string): Promise<boolean> {
  const response = await reader.get(path, { maxRedirects: 0 });
  return response.status() === 200 && (await response.text()).includes(text);
}

/**
 * Clicks the editor's publish (or update) button and returns when its server action's
 * response arrives. Next sends the response only after the action has returned and its
 * tag invalidations have been applied, so this is when a publish is done. (The end of the
 * response body is no better clock: the browser sometimes never reports it.)
 */
async function publishAndWaitForAction(page: Page, button: 'Publish now' | 'Update'): Promise<number> {
  const publishId = articleActionId('publishArticle');
  const action = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.request().headers()['next-action'] === publishId,
    { timeout: 30_000 },
  );
  await page.getByRole('button', { name: button }).click();
  const response = await action;
  const returned = Date.now();
  expect(response.status()).toBe(200);
  return returned;
}

/** Waits until every path shows `text` on `reader`'s instance, polling them side by side. */
async function liveOn(reader: APIRequestContext, since: number, paths: string[], text: string) {
  const results = await Promise.all(paths.map((path) => timeUntil(since, () => shows(reader, path, text))));
  return paths.map((path, i) => ({ path, ...results[i]! }));
}

function expectLiveWithinLimit(results: Awaited<ReturnType<typeof liveOn>>, what: string) {
  console.log(`${what}: ${results.map(({ path, ms, requests }) => `${path} ${ms} ms (${requests} requests)`).join(', ')}`);
  for (const { path, ms } of results) {
    expect(ms, `${path}: ${what}`).not.toBeNull();
    expect(ms!, `${path}: ${what} within ${LIVE_WITHIN_MS} ms`).toBeLessThan(LIVE_WITHIN_MS);
  }
}

test.describe('two instances sharing Postgres and the Redis cache', () => {
  let readerA: APIRequestContext;
  let readerB: APIRequestContext;

  test.beforeAll(async () => {
    readerA = await request.newContext({ baseURL: INSTANCE_A });
    readerB = await request.newContext({ baseURL: INSTANCE_B });
  });

  test.afterAll(async () => {
    await readerA.dispose();
    await readerB.dispose();
  });

  test('a story published on one instance is live on the other, and an edit on that one is live on the first', async ({
    browser,
  }) => {
    const stamp = Date.now();
    const headline = `Ferry service resumes across the bay ${stamp}`;

    // Instance B has the home page cached before anything happens.
    for (let i = 0; i < 2; i++) expect((await readerB.get('/')).status()).toBe(200);
    expect(await shows(readerB, '/', headline)).toBe(false);

    const editorA = await browser.newContext({ baseURL: INSTANCE_A });
    const pageA = await editorA.newPage();
    await signIn(pageA);
    await createDraft(pageA);
    const editor = new ArticleEditorPage(pageA);
    await editor.typeInto(editor.headline, headline);
    await editor.typeInto(editor.summary, 'Boats run again after the storm damaged the pier.');
    await editor.typeInto(editor.keyPoint(1), 'The first crossing left at seven');
    await editor.choose('Section', { index: 1 });
    await editor.choose('Source', { index: 1 });
    await editor.choose('Label (type of work)', 'news');
    await editor.waitUntilSaved();

    const published = await publishAndWaitForAction(pageA, 'Publish now');
    await expect(editor.status).toHaveText('Published');
    const slug = await pageA.getByLabel('Address (slug)').inputValue();
    const articlePath = `/articles/${slug}`;
    expectLiveWithinLimit(await liveOn(readerB, published, [articlePath, '/'], headline), 'published on A, live on B');

    // Now the other way: instance A has the story cached, an editor on B changes it.
    for (const path of [articlePath, '/']) expect(await shows(readerA, path, headline)).toBe(true);
    const editorB = await browser.newContext({ baseURL: INSTANCE_B });
    const pageB = await editorB.newPage();
    await signIn(pageB);
    await pageB.goto(`/admin/articles/${pageA.url().split('/').pop()}`);
    const editorOnB = new ArticleEditorPage(pageB);
    await editorOnB.ready();
    const corrected = `Ferry service resumes on both routes ${stamp}`;
    await editorOnB.headline.click();
    await pageB.keyboard.press('ControlOrMeta+a');
    await pageB.keyboard.type(corrected);

    const updated = await publishAndWaitForAction(pageB, 'Update');
    await expect(editorOnB.notice).toContainText('Published');
    expectLiveWithinLimit(await liveOn(readerA, updated, [articlePath, '/'], corrected), 'edited on B, live on A');

    await editorA.close();
    await editorB.close();
  });
});
