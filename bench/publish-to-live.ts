import fs from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { BENCH_EDITOR } from './database';
import { percentile, round1 } from './stats';

export interface PublishSample {
  slug: string;
  /** From the publish action's response to the article URL serving the headline. */
  articleMs: number;
  /** From the publish action's response to the home page HTML containing the headline. */
  homeMs: number;
}

export interface PublishResult {
  publishes: number;
  article: { medianMs: number; p95Ms: number; maxMs: number };
  home: { medianMs: number; p95Ms: number; maxMs: number };
  /** Both live: the later of the two per publish. */
  both: { medianMs: number; p95Ms: number; maxMs: number };
  samples: PublishSample[];
}

const POLL_MS = 10;
const GIVE_UP_MS = 30_000;

/** The build's id for the editor's publish action, from Next's own manifest. */
function publishActionId(): string {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(
    ([, action]) => action.filename === 'app/admin/articles/[id]/actions.ts' && action.exportedName === 'publishArticle',
  );
  if (!entry) throw new Error('No publishArticle server action in the build');
  return entry[0];
}

/** Polls `url` with plain fetch until its HTML contains `text`; returns ms since `from` (epoch ms). */
async function pollUntil(url: string, text: string, from: number): Promise<number> {
  while (Date.now() - from < GIVE_UP_MS) {
    const response = await fetch(url, {
      headers: { accept: 'text/html' },
      redirect: 'manual',
      signal: AbortSignal.timeout(GIVE_UP_MS),
    });
    const body = await response.text();
    if (response.status === 200 && body.includes(text)) return Date.now() - from;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${url} did not show "${text}" within ${GIVE_UP_MS / 1000} s`);
}

async function signIn(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/signin?callbackUrl=%2Fadmin`);
  await page.getByLabel('Email').fill(BENCH_EDITOR.email);
  await page.getByLabel('Password').fill(BENCH_EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 });
}

async function writeAndPublish(page: Page, baseUrl: string, actionId: string, headline: string, index: number) {
  await page.goto(`${baseUrl}/admin/articles/new`);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const headlineField = page.getByRole('textbox', { name: 'Headline', exact: true });
  // TipTap mounts after hydration; the fields are ready once the headline is editable.
  await headlineField.and(page.locator('[contenteditable="true"]')).waitFor({ timeout: 30_000 });
  await headlineField.click();
  await page.keyboard.type(headline);
  await page.getByRole('textbox', { name: 'Summary', exact: true }).click();
  await page.keyboard.type('A synthetic story published by the benchmark to time how fast a publish reaches readers.');
  for (const [n, text] of ['The first point', 'The second point', 'The third point'].entries()) {
    await page.getByRole('textbox', { name: `Key point ${n + 1}`, exact: true }).click();
    await page.keyboard.type(text);
  }
  await page.getByLabel('Section', { exact: true }).selectOption({ index: 1 + (index % 7) });
  await page.getByLabel('Source', { exact: true }).selectOption({ index: 1 + (index % 8) });
  // Publishing needs a label and a byline (lib/newsroom/publish-checklist.ts).
  await page.getByLabel('Label (type of work)', { exact: true }).selectOption('news');
  await page.getByLabel('Person to add to the bylines').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Add byline' }).click();
  const slug = await page.getByLabel('Address (slug)').inputValue();

  const published = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.request().headers()['next-action'] === actionId,
    { timeout: 30_000 },
  );
  await page.getByRole('button', { name: 'Publish now' }).click();
  const response = await published;
  if (response.status() !== 200) throw new Error(`The publish action answered ${response.status()}`);
  // Next sends the action's response headers once the action has run (they say which tags it
  // revalidated); the RSC body that follows may stay open, so don't wait for its end. The
  // browser's own timing, in the shared wall clock, leaves out the CDP hop to this process.
  const timing = response.request().timing();
  const returnedAt = timing.responseStart >= 0 ? timing.startTime + timing.responseStart : Date.now();
  return { slug, returnedAt };
}

/** `readerUrl`: where readers are (the edge, with --edge); the newsroom is always at `baseUrl`. */
export async function measurePublishToLive(browser: Browser, baseUrl: string, count: number, readerUrl = baseUrl): Promise<PublishResult> {
  const actionId = publishActionId();
  const context = await browser.newContext();
  const page = await context.newPage();
  const samples: PublishSample[] = [];
  const runId = Date.now().toString(36);
  try {
    await signIn(page, baseUrl);
    for (let i = 0; i < count; i++) {
      // Plain words only: nothing the HTML would escape, so a substring match is exact.
      const headline = `Bench publish ${runId} number ${i + 1} reaches readers`;
      const { slug, returnedAt } = await writeAndPublish(page, baseUrl, actionId, headline, i);
      const [articleMs, homeMs] = await Promise.all([
        pollUntil(`${readerUrl}/articles/${slug}`, headline, returnedAt),
        pollUntil(`${readerUrl}/`, headline, returnedAt),
      ]);
      samples.push({ slug, articleMs: round1(articleMs), homeMs: round1(homeMs) });
    }
  } finally {
    await context.close();
  }
  const summarise = (values: number[]) => ({
    medianMs: round1(percentile(values, 50)),
    p95Ms: round1(percentile(values, 95)),
    maxMs: round1(Math.max(...values)),
  });
  return {
    publishes: samples.length,
    article: summarise(samples.map((s) => s.articleMs)),
    home: summarise(samples.map((s) => s.homeMs)),
    both: summarise(samples.map((s) => Math.max(s.articleMs, s.homeMs))),
    samples,
  };
}
