import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_READ_LIMIT } from '@/lib/read-args';
import { MAX_SEARCH_PAGE } from '@/lib/search/query';
import type { PageRequest } from '@/lib/paging/page-request';
import type { Database } from '@/db/connection';
import { articles, sources } from '@/db/schema';
import { insertTestArticle } from '@/db/test-support';
import { createTestDatabase, type TestDatabase } from '@/db/testing';

/*
 * The cached public reads called the way an attacker can: a `'use cache'` function has a
 * server-reference id in the build manifest, and a POST with that id runs it with any JSON
 * arguments. Outside Next the directive is inert; cacheTag/cacheLife are stubbed and the
 * reads run against a test database.
 */

let testDb: TestDatabase;
let db: Database;

vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));
vi.mock('@/db/client', () => ({ getReadDb: () => Promise.resolve(db) }));

const publicReads = await import('./cached-reads');

const STORY_COUNT = 60;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  const [source] = await db.insert(sources).values({ slug: 'args-wire', name: 'Args Wire' }).returning();
  for (let index = 0; index < STORY_COUNT; index++) {
    await insertTestArticle(db, {
      slug: `args-story-${index}`,
      status: 'published',
      publishedAt: new Date(Date.parse('2025-03-01T00:00:00Z') - index * 60_000),
      sourceId: source!.id,
    });
  }
  expect((await db.select().from(articles)).length).toBe(STORY_COUNT);
});

afterAll(async () => {
  await testDb?.destroy();
});

const hostile = <T>(value: unknown) => value as T;

describe('cached public reads called with hostile arguments', () => {
  it('getLatest(100000) returns at most MAX_READ_LIMIT stories', async () => {
    expect(await publicReads.getLatest(100_000)).toHaveLength(MAX_READ_LIMIT);
    expect(await publicReads.getLatest(7)).toHaveLength(7);
  });

  it('getLatest with a negative, fractional, NaN, string or object limit is bounded and does not throw', async () => {
    for (const limit of [-5, 0, 2.7, Number.NaN, Number.POSITIVE_INFINITY, '100000', { valueOf: () => 1e9 }, null]) {
      const stories = await publicReads.getLatest(hostile<number>(limit));
      expect(stories.length).toBeGreaterThanOrEqual(1);
      expect(stories.length).toBeLessThanOrEqual(MAX_READ_LIMIT);
    }
  });

  it('getStoryList with malformed lists and cursors answers null or the first page', async () => {
    const huge = 'a'.repeat(1_000_000);
    expect(await publicReads.getStoryList(hostile({ kind: 'source', slug: huge }), null)).toBeNull();
    expect(await publicReads.getStoryList(hostile({ kind: 'source', slug: 'Args Wire\u0000' }), null)).toBeNull();
    expect(await publicReads.getStoryList(hostile({ kind: '__proto__' }), null)).toBeNull();
    expect(await publicReads.getStoryList(hostile(null), null)).toBeNull();

    const firstPage = await publicReads.getStoryList({ kind: 'source', slug: 'args-wire' }, null);
    for (const request of [
      { direction: 'before', cursor: { micros: huge, id: 'x' } },
      { direction: 'before', cursor: { micros: '99999999999999999999999', id: '00000000-0000-4000-8000-000000000000' } },
      { direction: 'sideways', cursor: { micros: '1', id: '00000000-0000-4000-8000-000000000000' } },
      { direction: 'after', cursor: 'not an object' },
      'garbage',
    ]) {
      const page = await publicReads.getStoryList({ kind: 'source', slug: 'args-wire' }, hostile<PageRequest>(request));
      expect(page?.page.stories.map((story) => story.slug)).toEqual(firstPage?.page.stories.map((story) => story.slug));
    }
  });

  it('searchStories with a megabyte query and page 1e9 runs a bounded search', async () => {
    const results = await publicReads.searchStories('story '.repeat(200_000), 1e9);
    expect(results.query.length).toBeLessThanOrEqual(200);
    expect(results.page).toBe(MAX_SEARCH_PAGE);
    const fallback = await publicReads.searchStories(hostile<string>({ q: 1 }), hostile<number>('2'));
    expect(fallback).toMatchObject({ query: '', page: 1, total: 0 });
  });

  it('getSitemapArticles with a negative offset and a billion-row limit is bounded', async () => {
    const rows = await publicReads.getSitemapArticles(-1, 1e9);
    expect(rows.length).toBe(STORY_COUNT);
    expect(await publicReads.getSitemapArticles(hostile<number>('0; drop table articles'), 1)).toHaveLength(1);
  });

  it('resolveArticle and getFeedStories with non-strings answer "missing" / null, never a query error', async () => {
    expect(await publicReads.resolveArticle(hostile<string>(42))).toEqual({ kind: 'missing' });
    expect(await publicReads.resolveArticle('x'.repeat(100_000))).toEqual({ kind: 'missing' });
    expect(await publicReads.getFeedStories(hostile({ kind: 'section', slug: ['world'] }))).toBeNull();
    const feed = await publicReads.getFeedStories({ kind: 'latest' });
    expect(feed?.stories.length).toBeLessThanOrEqual(publicReads.FEED_SIZE);
  });
});
