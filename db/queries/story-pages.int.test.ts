import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor, parseCursor, type StoryCursor } from '../../lib/paging/cursor';
import type { PageRequest } from '../../lib/paging/page-request';
import type { Database } from '../connection';
import { articles, sections, sources } from '../schema';
import { insertTestArticle } from '../test-support';
import { createTestDatabase, type TestDatabase } from '../testing';
import { listStoryPage, type StoryPage, type StoryScope } from './story-pages';

const BASE = Date.parse('2025-01-10T12:00:00.000Z');
const HOUR_MS = 3_600_000;
/** 31 stories: runs of equal publish times, and some a single microsecond apart. */
const STORY_COUNT = 31;

let testDb: TestDatabase;
let db: Database;
let sourceScope: StoryScope;
let otherSectionScope: StoryScope;
/** The list as one query orders it: the truth every walk through the pages must match. */
let expectedOrder: string[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  const [source] = await db.insert(sources).values({ slug: 'paging-wire', name: 'Paging Wire' }).returning();
  const [mainSection] = await db.insert(sections).values({ slug: 'paging-desk', name: 'Paging Desk' }).returning();
  const [otherSection] = await db.insert(sections).values({ slug: 'other-desk', name: 'Other Desk' }).returning();
  sourceScope = { kind: 'source', sourceId: source!.id };
  otherSectionScope = { kind: 'section', sectionId: otherSection!.id };

  for (let index = 0; index < STORY_COUNT; index++) {
    // Groups of five share one publish time, so page edges fall inside ties.
    const publishedAt = new Date(BASE - Math.floor(index / 5) * HOUR_MS);
    await insertTestArticle(db, {
      slug: `paged-story-${index}`,
      status: 'published',
      publishedAt,
      sourceId: source!.id,
      sectionId: index % 3 === 0 ? otherSection!.id : mainSection!.id,
    });
  }
  // Three stories a microsecond apart: a millisecond cursor would lose one of them.
  await db.execute(sql`update ${articles} set published_at = timestamptz '2025-01-09 00:00:00.000001+00' where slug = 'paged-story-30'`);
  await db.execute(sql`update ${articles} set published_at = timestamptz '2025-01-09 00:00:00.000002+00' where slug = 'paged-story-29'`);
  await db.execute(sql`update ${articles} set published_at = timestamptz '2025-01-09 00:00:00.000003+00' where slug = 'paged-story-28'`);
  // Hidden stories in the same source never appear on any page.
  await insertTestArticle(db, { slug: 'paged-draft', status: 'draft', publishedAt: new Date(BASE), sourceId: source!.id });

  const rows = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(sql`${articles.sourceId} = ${source!.id} and ${articles.status} = 'published'`)
    .orderBy(sql`${articles.publishedAt} desc, ${articles.id} desc`);
  expectedOrder = rows.map((row) => row.slug);
});

afterAll(async () => {
  await testDb?.destroy();
});

const sizes = { pageSize: 4, firstPageSize: 6 };
const slugs = (page: StoryPage) => page.stories.map((story) => story.slug);

async function walkOlder(scope: StoryScope): Promise<{ pages: StoryPage[]; order: string[] }> {
  const pages: StoryPage[] = [];
  let request: PageRequest = null;
  for (let guard = 0; guard < 50; guard++) {
    const page = await listStoryPage(db, scope, request, sizes);
    pages.push(page);
    if (!page.older) break;
    request = { direction: 'before', cursor: page.older };
  }
  return { pages, order: pages.flatMap(slugs) };
}

describe('listStoryPage', () => {
  it('walks the whole list page by page with no repeats and no gaps, ties included', async () => {
    expect(expectedOrder).toHaveLength(STORY_COUNT);
    const { pages, order } = await walkOlder(sourceScope);
    expect(order).toEqual(expectedOrder);
    expect(new Set(order).size).toBe(order.length);
    expect(pages[0]!.stories).toHaveLength(6);
    expect(pages.slice(1, -1).every((page) => page.stories.length === 4)).toBe(true);
    expect(pages.at(-1)!.older).toBeNull();
  });

  it('keeps stories a microsecond apart apart', async () => {
    const { order } = await walkOlder(sourceScope);
    expect(order.slice(-3)).toEqual(['paged-story-28', 'paged-story-29', 'paged-story-30']);
  });

  it('links back to the first page from page two, and to `after` cursors further down', async () => {
    const { pages } = await walkOlder(sourceScope);
    expect(pages[0]!.newer).toBeNull();
    expect(pages[1]!.newer).toEqual({ kind: 'first' });
    expect(pages[2]!.newer).toMatchObject({ kind: 'after' });
  });

  it('walks back up with `after` cursors to the same pages', async () => {
    const { pages } = await walkOlder(sourceScope);
    const last = pages.at(-1)!;
    const upwards: string[][] = [slugs(last)];
    let newer = last.newer;
    for (let guard = 0; newer && newer.kind === 'after' && guard < 50; guard++) {
      const page = await listStoryPage(db, sourceScope, { direction: 'after', cursor: newer.cursor }, sizes);
      upwards.unshift(slugs(page));
      newer = page.newer;
    }
    expect(newer).toEqual({ kind: 'first' });
    // Every page between the first and the last comes back exactly as it was going down.
    expect(upwards).toEqual(pages.slice(1).map(slugs));
  });

  it('does not shift later pages when a story is published meanwhile', async () => {
    const first = await listStoryPage(db, sourceScope, null, sizes);
    const second = await listStoryPage(db, sourceScope, { direction: 'before', cursor: first.older! }, sizes);
    const fresh = await insertTestArticle(db, {
      slug: 'paged-breaking',
      status: 'published',
      publishedAt: new Date(BASE + HOUR_MS),
      sourceId: (sourceScope as { sourceId: string }).sourceId,
    });
    try {
      const again = await listStoryPage(db, sourceScope, { direction: 'before', cursor: first.older! }, sizes);
      expect(slugs(again)).toEqual(slugs(second));
    } finally {
      await db.execute(sql`delete from ${articles} where id = ${fresh.id}`);
    }
  });

  it('keeps to its scope', async () => {
    const { order } = await walkOlder(otherSectionScope);
    expect(order).toEqual(expectedOrder.filter((slug) => Number(slug.split('-').at(-1)) % 3 === 0));
  });

  it('gives an empty page that leads back to the start for a cursor past the end', async () => {
    const past: StoryCursor = { micros: '1', id: '00000000-0000-0000-0000-000000000000' };
    const page = await listStoryPage(db, sourceScope, { direction: 'before', cursor: past }, sizes);
    expect(page).toEqual({ stories: [], older: null, newer: { kind: 'first' } });
    const future: StoryCursor = { micros: '9999999999999999', id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' };
    const above = await listStoryPage(db, sourceScope, { direction: 'after', cursor: future }, sizes);
    expect(above.stories).toEqual([]);
  });

  it('accepts any cursor the URL parser lets through', async () => {
    for (const raw of ['0_00000000-0000-0000-0000-000000000000', '9999999999999999_FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF']) {
      const cursor = parseCursor(raw)!;
      expect(cursor).not.toBeNull();
      await expect(listStoryPage(db, sourceScope, { direction: 'before', cursor }, sizes)).resolves.toBeDefined();
      await expect(listStoryPage(db, sourceScope, { direction: 'after', cursor }, sizes)).resolves.toBeDefined();
    }
  });

  it('round-trips its cursors through the URL form', async () => {
    const first = await listStoryPage(db, sourceScope, null, sizes);
    expect(parseCursor(encodeCursor(first.older!))).toEqual(first.older);
  });
});
