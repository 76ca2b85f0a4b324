import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromText } from '../../lib/content/build';
import { toPlainText } from '../../lib/content/plain-text';
import type { Database } from '../connection';
import { articles, keyPoints, sections, sources, webLinks } from '../schema';
import { demoSections, demoStories, globalWebLinks, REFERENCE_STORY_SLUG } from '../seed/demo-content';
import { DEMO_OLD_SLUG, seedDemoContent } from '../seed/index';
import { insertTestArticle } from '../test-support';
import { createTestDatabase, type TestDatabase } from '../testing';
import {
  findPublishedArticle,
  findRedirectTarget,
  listBySection,
  listBySource,
  listGlobalWebLinks,
  listLatest,
} from './articles';
import { findSection, findSource, listSections } from './taxonomy';

// Seeded stories are dated from here (in the past, so the database's now() sees them).
const NOW = new Date('2025-03-01T12:00:00.000Z');
const HOUR_MS = 3_600_000;
/** Newer than every seeded story, still long past. */
const TIE_TIME = new Date(NOW.getTime() + HOUR_MS);
const ALL = 1000;

const HIDDEN_SLUGS = {
  draft: 'test-draft-story',
  inReview: 'test-in-review-story',
  scheduled: 'test-scheduled-story',
  archived: 'test-archived-story',
  future: 'test-published-in-the-future',
};
const TIE_SLUGS = ['test-tie-a', 'test-tie-b', 'test-tie-c', 'test-tie-d', 'test-tie-e'];
const UNORDERED_SLUG = 'test-points-inserted-out-of-order';

let testDb: TestDatabase;
let db: Database;
let testSourceId: string;
let testSectionId: string;
let foxId: string;
let worldId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedDemoContent(db, { now: NOW });

  // A source and section of our own, so the seeded counts per source/section stay exact.
  const [source] = await db
    .insert(sources)
    .values({ slug: 'test-wire', name: 'Test Wire' })
    .returning({ id: sources.id });
  // Position 0 sorts before every demo section although it is inserted last.
  const [section] = await db
    .insert(sections)
    .values({ slug: 'test-desk', name: 'Test Desk', position: 0 })
    .returning({ id: sections.id });
  testSourceId = source!.id;
  testSectionId = section!.id;
  foxId = (await findSource(db, 'fox-news'))!.id;
  worldId = (await findSection(db, 'world'))!.id;

  const placed = { sourceId: testSourceId, sectionId: testSectionId };
  const past = new Date(NOW.getTime() - HOUR_MS);
  await insertTestArticle(db, { slug: HIDDEN_SLUGS.draft, status: 'draft', ...placed });
  // Even with a publish time in the past, only `published` is public.
  await insertTestArticle(db, { slug: HIDDEN_SLUGS.inReview, status: 'in_review', publishedAt: past, ...placed });
  await insertTestArticle(db, {
    slug: HIDDEN_SLUGS.scheduled,
    status: 'scheduled',
    scheduledAt: new Date(Date.now() + 24 * HOUR_MS),
    publishedAt: past,
    ...placed,
  });
  await insertTestArticle(db, { slug: HIDDEN_SLUGS.archived, status: 'archived', publishedAt: past, ...placed });
  // Relative to the database's clock, not the seed's.
  await insertTestArticle(db, {
    slug: HIDDEN_SLUGS.future,
    status: 'published',
    publishedAt: new Date(Date.now() + 24 * HOUR_MS),
    ...placed,
  });
  for (const slug of TIE_SLUGS) {
    await insertTestArticle(db, { slug, status: 'published', publishedAt: TIE_TIME, ...placed });
  }

  // Key points and links inserted in scrambled order; positions say how readers see them.
  const unordered = await insertTestArticle(db, {
    slug: UNORDERED_SLUG,
    status: 'published',
    publishedAt: new Date(NOW.getTime() - 500 * HOUR_MS),
    ...placed,
  });
  for (const position of [2, 0, 3, 1]) {
    const content = docFromText(`Point number ${position}`);
    await db.insert(keyPoints).values({
      articleId: unordered.id,
      position,
      content,
      contentText: toPlainText(content),
      sourceUrl: position === 1 ? 'https://example.com/evidence' : null,
    });
  }
  for (const position of [1, 2, 0]) {
    await db.insert(webLinks).values({
      articleId: unordered.id,
      position,
      title: `Link ${position}`,
      url: `https://example.org/link-${position}`,
      siteName: 'Example Org',
    });
  }
});

afterAll(async () => {
  await testDb?.destroy();
});

describe('listLatest', () => {
  it('lists every public story, newest first, ties broken by id descending', async () => {
    const latest = await listLatest(db, ALL);
    // Seeded stories + the three ties + the out-of-order one; nothing else.
    expect(latest).toHaveLength(demoStories.length + TIE_SLUGS.length + 1);
    for (let i = 1; i < latest.length; i++) {
      const previous = latest[i - 1]!;
      const current = latest[i]!;
      const previousTime = previous.publishedAt!.getTime();
      const currentTime = current.publishedAt!.getTime();
      expect(previousTime).toBeGreaterThanOrEqual(currentTime);
      if (previousTime === currentTime) expect(previous.id > current.id).toBe(true);
    }

    // The tied stories lead, in id-descending order.
    const ties = latest.slice(0, TIE_SLUGS.length);
    expect(ties.map((card) => card.slug).sort()).toEqual([...TIE_SLUGS].sort());
    expect(ties.map((card) => card.id)).toEqual(ties.map((card) => card.id).sort().reverse());
    // Then the newest seeded story (half an hour before the seed moment).
    const newestSeeded = [...demoStories].sort((a, b) => a.hoursAgo - b.hoursAgo)[0]!;
    expect(latest[TIE_SLUGS.length]?.slug).toBe(newestSeeded.slug);
  });

  it('gives the same order on every call', async () => {
    const first = await listLatest(db, ALL);
    const second = await listLatest(db, ALL);
    expect(second.map((card) => card.id)).toEqual(first.map((card) => card.id));
  });

  it('respects the limit', async () => {
    const latest = await listLatest(db, 5);
    expect(latest).toHaveLength(5);
    expect(latest.map((card) => card.slug)).toEqual((await listLatest(db, ALL)).slice(0, 5).map((c) => c.slug));
  });

  it.each(Object.entries(HIDDEN_SLUGS))('leaves out a %s story', async (_label, slug) => {
    const slugs = (await listLatest(db, ALL)).map((card) => card.slug);
    expect(slugs).not.toContain(slug);
  });

  it('carries the source and section for each card', async () => {
    const latest = await listLatest(db, ALL);
    const reference = latest.find((card) => card.slug === REFERENCE_STORY_SLUG);
    expect(reference?.source).toEqual({ slug: 'fox-news', name: 'Fox News', logoUrl: '/logos/fox-news.svg' });
    expect(reference?.section).toEqual({ slug: 'world', name: 'World' });
    expect(reference?.headline).toBe(demoStories[0]!.headline);
  });
});

describe('findPublishedArticle', () => {
  it('returns the reference story with its source, section, key points and links in order', async () => {
    const article = await findPublishedArticle(db, REFERENCE_STORY_SLUG);
    expect(article).not.toBeNull();
    const reference = demoStories.find((story) => story.slug === REFERENCE_STORY_SLUG)!;
    expect(article?.headlineText).toBe(reference.headline);
    expect(article?.summaryText).toBe(reference.summary);
    expect(article?.source?.name).toBe('Fox News');
    expect(article?.source?.slug).toBe('fox-news');
    expect(article?.section?.slug).toBe('world');
    expect(article?.keyPoints.map((point) => toPlainText(point.content))).toEqual(
      reference.keyPoints.map((point) => point.text),
    );
    expect(article?.webLinks.map(({ title, url, siteName }) => ({ title, url, siteName }))).toEqual(
      reference.webLinks,
    );
  });

  it('orders key points and web links by position, not by insertion', async () => {
    const article = await findPublishedArticle(db, UNORDERED_SLUG);
    expect(article?.keyPoints.map((point) => toPlainText(point.content))).toEqual([
      'Point number 0',
      'Point number 1',
      'Point number 2',
      'Point number 3',
    ]);
    expect(article?.keyPoints[1]?.sourceUrl).toBe('https://example.com/evidence');
    expect(article?.webLinks.map((link) => link.title)).toEqual(['Link 0', 'Link 1', 'Link 2']);
    expect(article?.source?.slug).toBe('test-wire');
    expect(article?.section?.slug).toBe('test-desk');
  });

  it('does not show global links as the article\'s own', async () => {
    const article = await findPublishedArticle(db, UNORDERED_SLUG);
    const globalUrls = globalWebLinks.map((link) => link.url);
    expect(article?.webLinks.filter((link) => globalUrls.includes(link.url))).toEqual([]);
  });

  it.each(Object.entries(HIDDEN_SLUGS))('returns null for a %s story', async (_label, slug) => {
    await expect(findPublishedArticle(db, slug)).resolves.toBeNull();
  });

  it('returns null for an unknown slug', async () => {
    await expect(findPublishedArticle(db, 'no-such-story')).resolves.toBeNull();
  });
});

describe('findRedirectTarget', () => {
  it('sends the demo old slug to the reference story', async () => {
    await expect(findRedirectTarget(db, DEMO_OLD_SLUG)).resolves.toBe(REFERENCE_STORY_SLUG);
  });

  it('gives null for a slug that never existed', async () => {
    await expect(findRedirectTarget(db, 'never-a-slug')).resolves.toBeNull();
  });

  it('gives null once the target is no longer published', async () => {
    await db.update(articles).set({ status: 'draft' }).where(eq(articles.slug, REFERENCE_STORY_SLUG));
    try {
      await expect(findRedirectTarget(db, DEMO_OLD_SLUG)).resolves.toBeNull();
    } finally {
      await db.update(articles).set({ status: 'published' }).where(eq(articles.slug, REFERENCE_STORY_SLUG));
    }
    await expect(findRedirectTarget(db, DEMO_OLD_SLUG)).resolves.toBe(REFERENCE_STORY_SLUG);
  });
});

describe('listBySource / listBySection', () => {
  it('lists only the stories of one source', async () => {
    const fox = await listBySource(db, foxId, ALL);
    expect(fox.map((card) => card.slug)).toEqual(
      demoStories.filter((story) => story.source === 'fox-news').map((story) => story.slug),
    );

    const meridianId = (await findSource(db, 'meridian-post'))!.id;
    const meridian = await listBySource(db, meridianId, ALL);
    const expected = demoStories.filter((story) => story.source === 'meridian-post');
    expect(meridian).toHaveLength(expected.length);
    expect(new Set(meridian.map((card) => card.source?.slug))).toEqual(new Set(['meridian-post']));
    expect(meridian.map((card) => card.slug).sort()).toEqual(expected.map((story) => story.slug).sort());
  });

  it('lists only the public stories of our own source, newest first', async () => {
    const own = await listBySource(db, testSourceId, ALL);
    expect(own).toHaveLength(TIE_SLUGS.length + 1);
    expect(own.at(-1)?.slug).toBe(UNORDERED_SLUG);
    for (const slug of Object.values(HIDDEN_SLUGS)) expect(own.map((card) => card.slug)).not.toContain(slug);
  });

  it('lists only the stories of one section', async () => {
    const world = await listBySection(db, worldId, ALL);
    const expected = demoStories.filter((story) => story.section === 'world');
    expect(world).toHaveLength(expected.length);
    expect(new Set(world.map((card) => card.section?.slug))).toEqual(new Set(['world']));
    expect(world.map((card) => card.slug).sort()).toEqual(expected.map((story) => story.slug).sort());
    const times = world.map((card) => card.publishedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const own = await listBySection(db, testSectionId, ALL);
    expect(own.map((card) => card.slug).sort()).toEqual([...TIE_SLUGS, UNORDERED_SLUG].sort());
  });
});

describe('listGlobalWebLinks', () => {
  it('returns only the site-wide links, in order', async () => {
    const links = await listGlobalWebLinks(db);
    expect(links.map(({ title, url, siteName }) => ({ title, url, siteName }))).toEqual(globalWebLinks);
  });
});

describe('taxonomy', () => {
  it('finds a source and a section by slug', async () => {
    expect((await findSource(db, 'fox-news'))?.name).toBe('Fox News');
    expect((await findSection(db, 'world'))?.name).toBe('World');
  });

  it('gives null for an unknown source or section', async () => {
    await expect(findSource(db, 'no-such-source')).resolves.toBeNull();
    await expect(findSection(db, 'no-such-section')).resolves.toBeNull();
    // A section slug is not a source slug and vice versa.
    await expect(findSource(db, 'world')).resolves.toBeNull();
    await expect(findSection(db, 'fox-news')).resolves.toBeNull();
  });

  it('lists sections by position', async () => {
    const listed = await listSections(db);
    const expected = [
      'test-desk',
      ...[...demoSections].sort((a, b) => a.position - b.position).map((section) => section.slug),
    ];
    expect(listed.map((section) => section.slug)).toEqual(expected);
  });
});
