import { asc, countDistinct, eq, isNull, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlainText } from '../../lib/content/plain-text';
import type { Database } from '../connection';
import { articleRevisions, articles, keyPoints, sections, slugRedirects, sources, webLinks } from '../schema';
import { createTestDatabase, type TestDatabase } from '../testing';
import { demoStories, REFERENCE_STORY_SLUG } from './demo-content';
import { DEMO_OLD_SLUG, seedIfEmpty } from './index';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const HOUR_MS = 3_600_000;

let testDb: TestDatabase;
let db: Database;
let firstSeedResult: boolean;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  firstSeedResult = await seedIfEmpty(db, { now: NOW });
});

afterAll(async () => {
  await testDb?.destroy();
});

async function counts() {
  const one = async (table: PgTable) => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    return row?.n ?? 0;
  };
  return {
    sources: await one(sources),
    sections: await one(sections),
    articles: await one(articles),
    keyPoints: await one(keyPoints),
    webLinks: await one(webLinks),
    revisions: await one(articleRevisions),
    redirects: await one(slugRedirects),
  };
}

async function searchSlugs(query: ReturnType<typeof sql>) {
  const rows = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(sql`${articles.searchVector} @@ ${query}`);
  return rows.map((row) => row.slug);
}

describe('demo seed', () => {
  it('seeds at least 31 published stories across at least 5 sources and 4 sections', async () => {
    expect(firstSeedResult).toBe(true);
    const [row] = await db
      .select({
        stories: sql<number>`count(*)::int`,
        sources: countDistinct(articles.sourceId),
        sections: countDistinct(articles.sectionId),
      })
      .from(articles)
      .where(eq(articles.status, 'published'));
    expect(row?.stories).toBeGreaterThanOrEqual(31);
    expect(row?.stories).toBe(demoStories.length);
    expect(row?.sources).toBeGreaterThanOrEqual(5);
    expect(row?.sections).toBeGreaterThanOrEqual(4);
  });

  it('stores the reference story exactly as in the demo content', async () => {
    const reference = demoStories.find((story) => story.slug === REFERENCE_STORY_SLUG);
    expect(reference).toBeDefined();
    expect(reference?.keyPoints).toHaveLength(7);

    const [article] = await db
      .select({
        id: articles.id,
        status: articles.status,
        headline: articles.headline,
        headlineText: articles.headlineText,
        summary: articles.summary,
        summaryText: articles.summaryText,
        publishedAt: articles.publishedAt,
        sourceName: sources.name,
        sourceSlug: sources.slug,
        sectionSlug: sections.slug,
      })
      .from(articles)
      .leftJoin(sources, eq(articles.sourceId, sources.id))
      .leftJoin(sections, eq(articles.sectionId, sections.id))
      .where(eq(articles.slug, REFERENCE_STORY_SLUG));
    expect(article).toBeDefined();
    if (!article || !reference) return;

    expect(article.status).toBe('published');
    expect(toPlainText(article.headline)).toBe(reference.headline);
    expect(article.headlineText).toBe(reference.headline);
    expect(toPlainText(article.summary)).toBe(reference.summary);
    expect(article.summaryText).toBe(reference.summary);
    expect(article.sourceName).toBe('Fox News');
    expect(article.sourceSlug).toBe('fox-news');
    expect(article.sectionSlug).toBe('world');
    // "3h ago" relative to the moment the seed was told it is.
    expect(article.publishedAt?.getTime()).toBe(NOW.getTime() - 3 * HOUR_MS);

    const points = await db
      .select({ position: keyPoints.position, content: keyPoints.content, contentText: keyPoints.contentText })
      .from(keyPoints)
      .where(eq(keyPoints.articleId, article.id))
      .orderBy(asc(keyPoints.position));
    expect(points.map((point) => toPlainText(point.content))).toEqual(reference.keyPoints.map((point) => point.text));
    expect(points.map((point) => point.contentText)).toEqual(reference.keyPoints.map((point) => point.text));
    expect(points.map((point) => point.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('dates every story relative to the given moment, none in the future', async () => {
    const rows = await db.select({ slug: articles.slug, publishedAt: articles.publishedAt }).from(articles);
    const bySlug = new Map(rows.map((row) => [row.slug, row.publishedAt?.getTime()]));
    for (const story of demoStories) {
      expect(bySlug.get(story.slug), story.slug).toBe(NOW.getTime() - Math.round(story.hoursAgo * HOUR_MS));
    }
  });

  it('marks only the stories with a revision time as revised, after they were published', async () => {
    const rows = await db
      .select({ slug: articles.slug, publishedAt: articles.publishedAt, revisedAt: articles.revisedAt })
      .from(articles);
    const revised = demoStories.filter((story) => story.revisedHoursAgo !== undefined);
    expect(revised.length).toBeGreaterThanOrEqual(1);
    for (const row of rows) {
      const story = demoStories.find((candidate) => candidate.slug === row.slug);
      if (story?.revisedHoursAgo === undefined) {
        expect(row.revisedAt, row.slug).toBeNull();
      } else {
        expect(row.revisedAt?.getTime()).toBe(NOW.getTime() - story.revisedHoursAgo * HOUR_MS);
        expect(row.revisedAt!.getTime()).toBeGreaterThan(row.publishedAt!.getTime());
      }
    }
  });

  it('does not duplicate anything when seedIfEmpty runs again', async () => {
    const before = await counts();
    expect(before.articles).toBe(demoStories.length);
    await expect(seedIfEmpty(db, { now: new Date(NOW.getTime() + HOUR_MS) })).resolves.toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('fills the plain-text copies used by search, meta tags and feeds', async () => {
    const rows = await db
      .select({
        slug: articles.slug,
        headlineText: articles.headlineText,
        summaryText: articles.summaryText,
        keyPointsText: articles.keyPointsText,
      })
      .from(articles);
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    for (const story of demoStories) {
      const row = bySlug.get(story.slug);
      expect(row, story.slug).toBeDefined();
      expect(row?.headlineText).toBe(story.headline);
      expect(row?.summaryText).toBe(story.summary);
      expect(row?.keyPointsText).not.toBe('');
      for (const point of story.keyPoints) expect(row?.keyPointsText).toContain(point.text);
    }

    const [blankPoints] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(keyPoints)
      .where(eq(keyPoints.contentText, ''));
    expect(blankPoints?.n).toBe(0);
  });

  it('makes the reference story findable by full-text search', async () => {
    // "Kursk" appears only in the reference story's summary and key points.
    expect(await searchSlugs(sql`to_tsquery('english', 'kursk')`)).toEqual([REFERENCE_STORY_SLUG]);
    // Stemming: a search for "troop" finds the headline's "troops".
    expect(await searchSlugs(sql`plainto_tsquery('english', 'troop')`)).toContain(REFERENCE_STORY_SLUG);
    expect(await searchSlugs(sql`to_tsquery('english', 'zzyzxnotaword')`)).toEqual([]);
  });

  it('ranks a headline match above a match only in the key points', async () => {
    // "connected" appears once, in the headline of the connected-devices opinion piece;
    // "connections" appears once, in a key point of the broadband story. Same count, same
    // stem ("connect"): only the field it sits in can tell the two apart.
    const headlineSlug = 'every-connected-device-should-come-with-a-clear-end-date-for-security-updates';
    const keyPointSlug = 'senate-committee-advances-bipartisan-bill-to-modernise-rural-broadband-grants';
    const occurrences = (text: string) => text.toLowerCase().split('connect').length - 1;
    const headlineStory = demoStories.find((story) => story.slug === headlineSlug)!;
    const keyPointStory = demoStories.find((story) => story.slug === keyPointSlug)!;
    expect(occurrences(headlineStory.headline)).toBe(1);
    expect(occurrences(headlineStory.summary + headlineStory.keyPoints.map((p) => p.text).join(' '))).toBe(0);
    expect(occurrences(keyPointStory.headline + keyPointStory.summary)).toBe(0);
    expect(occurrences(keyPointStory.keyPoints.map((p) => p.text).join(' '))).toBe(1);

    const query = sql`plainto_tsquery('english', 'connected')`;
    const ranked = await db
      .select({
        slug: articles.slug,
        rank: sql`ts_rank(${articles.searchVector}, ${query})`.mapWith(Number),
      })
      .from(articles)
      .where(sql`${articles.searchVector} @@ ${query}`)
      .orderBy(sql`ts_rank(${articles.searchVector}, ${query}) desc`, asc(articles.slug));
    const rank = new Map(ranked.map((row) => [row.slug, row.rank]));
    expect(rank.has(headlineSlug)).toBe(true);
    expect(rank.has(keyPointSlug)).toBe(true);
    expect(rank.get(headlineSlug)!).toBeGreaterThan(rank.get(keyPointSlug)!);
    // The headline match is the top result for the query.
    expect(ranked[0]?.slug).toBe(headlineSlug);
  });

  it('gives every story a revision holding its snapshot', async () => {
    const missing = await db
      .select({ slug: articles.slug })
      .from(articles)
      .leftJoin(articleRevisions, eq(articleRevisions.articleId, articles.id))
      .where(isNull(articleRevisions.id));
    expect(missing).toEqual([]);

    const [reference] = await db
      .select({ snapshot: articleRevisions.snapshot, version: articleRevisions.version })
      .from(articleRevisions)
      .innerJoin(articles, eq(articleRevisions.articleId, articles.id))
      .where(eq(articles.slug, REFERENCE_STORY_SLUG));
    expect(reference?.version).toBe(1);
    expect(reference?.snapshot.slug).toBe(REFERENCE_STORY_SLUG);
    expect(reference?.snapshot.keyPoints).toHaveLength(7);
  });

  it('creates the demo redirect from the old slug to the reference story', async () => {
    const [row] = await db
      .select({ slug: articles.slug })
      .from(slugRedirects)
      .innerJoin(articles, eq(slugRedirects.articleId, articles.id))
      .where(eq(slugRedirects.fromSlug, DEMO_OLD_SLUG));
    expect(row?.slug).toBe(REFERENCE_STORY_SLUG);
  });
});
