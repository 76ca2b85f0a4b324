import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitHighlights } from '../../lib/search/highlight';
import type { Database } from '../connection';
import { REFERENCE_STORY_SLUG } from '../seed/demo-content';
import { seedDemoContent } from '../seed/index';
import { insertTestArticle } from '../test-support';
import { createTestDatabase, type TestDatabase } from '../testing';
import { searchArticles } from './search';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const PAST = new Date('2025-02-01T12:00:00.000Z');
const page1 = { page: 1, pageSize: 10 };

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedDemoContent(db, { now: NOW });
  // The same rare word in a key point (weight C) and, in an older story, the headline (A).
  await insertTestArticle(db, {
    slug: 'lighthouse-in-a-key-point',
    status: 'published',
    publishedAt: NOW,
    headline: 'Harbour council meets on Tuesday',
    summary: 'The council discussed budgets.',
    keyPointsText: 'A lighthouse repair was postponed.',
  });
  await insertTestArticle(db, {
    slug: 'lighthouse-in-the-headline',
    status: 'published',
    publishedAt: PAST,
    headline: 'Lighthouse keepers return to the northern coast',
    summary: 'A story about the coast.',
  });
  await insertTestArticle(db, {
    slug: 'one-troop-carrier',
    status: 'published',
    publishedAt: PAST,
    headline: 'A single troop carrier docks in the bay',
    summary: 'Nothing else happened.',
  });
  await insertTestArticle(db, {
    slug: 'markup-in-a-headline',
    status: 'published',
    publishedAt: PAST,
    headline: '<script>alert(1)</script> zebra crossing <b>opens</b>',
    summary: 'Zebra crossings & "quotes".',
  });
  await insertTestArticle(db, {
    slug: 'a-draft-about-quasars',
    status: 'draft',
    headline: 'Quasars unpublished',
  });
  for (let index = 0; index < 7; index++) {
    await insertTestArticle(db, {
      slug: `marmot-census-${index}`,
      status: 'published',
      publishedAt: new Date(PAST.getTime() - index * 60_000),
      headline: `Marmot census part ${index}`,
    });
  }
});

afterAll(async () => {
  await testDb?.destroy();
});

const slugsFor = async (query: string) =>
  (await searchArticles(db, query, page1)).hits.map((hit) => hit.story.slug);

describe('searchArticles', () => {
  it('ranks a headline match above a key-point match, whatever the dates', async () => {
    expect(await slugsFor('lighthouse')).toEqual(['lighthouse-in-the-headline', 'lighthouse-in-a-key-point']);
  });

  it('stems English words: "troops" finds "troop"', async () => {
    expect(await slugsFor('troops')).toContain('one-troop-carrier');
    expect(await slugsFor('troop')).toContain(REFERENCE_STORY_SLUG);
  });

  it('finds the reference story by a word from its third key point', async () => {
    expect(await slugsFor('treaty')).toContain(REFERENCE_STORY_SLUG);
  });

  it('marks the matches in the headline and the passage, with sentinels rather than HTML', async () => {
    const [hit] = (await searchArticles(db, 'lighthouse repair', page1)).hits;
    expect(hit?.story.slug).toBe('lighthouse-in-a-key-point');
    const marked = splitHighlights(hit!.markedSnippet).filter((part) => part.match).map((part) => part.text);
    expect(marked).toEqual(expect.arrayContaining(['lighthouse', 'repair']));
    expect(hit!.markedSnippet).not.toContain('<b>');

    const [markup] = (await searchArticles(db, 'zebra', page1)).hits;
    // Stored text comes back as it is; the renderer escapes it.
    expect(splitHighlights(markup!.markedHeadline)).toEqual([
      { text: '<script>alert(1)</script> ', match: false },
      { text: 'zebra', match: true },
      { text: ' crossing <b>opens</b>', match: false },
    ]);
  });

  it('supports quoted phrases, or, and exclusion', async () => {
    expect(await slugsFor('"keepers return"')).toEqual(['lighthouse-in-the-headline']);
    expect(await slugsFor('"return keepers"')).toEqual([]);
    expect(await slugsFor('lighthouse -keepers')).toEqual(['lighthouse-in-a-key-point']);
    expect((await slugsFor('zebra or lighthouse')).sort()).toEqual(
      ['lighthouse-in-a-key-point', 'lighthouse-in-the-headline', 'markup-in-a-headline'].sort(),
    );
  });

  it('never finds stories readers cannot see', async () => {
    expect(await slugsFor('quasars')).toEqual([]);
  });

  it('pages through the matches with a total', async () => {
    const first = await searchArticles(db, 'marmot', { page: 1, pageSize: 3 });
    const second = await searchArticles(db, 'marmot', { page: 2, pageSize: 3 });
    const third = await searchArticles(db, 'marmot', { page: 3, pageSize: 3 });
    expect(first.total).toBe(7);
    const all = [first, second, third].flatMap((results) => results.hits.map((hit) => hit.story.slug));
    expect(all).toHaveLength(7);
    expect(new Set(all).size).toBe(7);
    // Equal ranks fall back to newest first.
    expect(all[0]).toBe('marmot-census-0');
    expect((await searchArticles(db, 'marmot', { page: 4, pageSize: 3 })).hits).toEqual([]);
  });

  const hostile: [string, string][] = [
    ['empty', ''],
    ['blank', '   \t\n '],
    ['5,000 characters', 'treaty '.repeat(715)],
    ['5,000 characters without spaces', 'x'.repeat(5000)],
    ['operators', `'":*&|!()<>`],
    ['tsquery syntax', 'treaty & !(troops | korea):* <-> x'],
    ['SQL', "'; DROP TABLE articles; --"],
    ['SQL comment and quotes', `" OR 1=1 /* ' */ --`],
    ['unterminated quote', '"north korea'],
    ['only a minus', '-'],
    ['only "or"', 'or'],
    ['stop words', 'the and of'],
    ['emoji', '🦊🔥 treaty 👍🏽'],
    ['NUL bytes', 'treaty\u0000\u0000troops'],
    ['a lone surrogate', '\uD83E treaty'],
    ['Cyrillic', 'Путин благодарит Северную Корею'],
    ['Chinese', '朝鲜 俄罗斯 条约'],
    ['Arabic', 'كوريا الشمالية'],
    ['private-use sentinels', '\uE000treaty\uE001'],
    ['backslashes', '\\\\ \\x00 \\u0000'],
  ];

  it.each(hostile)('answers the %s query without an error', async (_label, query) => {
    const results = await searchArticles(db, query, page1);
    expect(Array.isArray(results.hits)).toBe(true);
    expect(results.query.length).toBeLessThanOrEqual(200);
    expect(results.query).not.toContain('\u0000');
  });

  it('still finds the words in a hostile query', async () => {
    expect(await slugsFor('treaty\u0000troops')).toContain(REFERENCE_STORY_SLUG);
    expect(await slugsFor('🦊🔥 treaty 👍🏽')).toContain(REFERENCE_STORY_SLUG);
  });

  it('does not query at all for an empty query', async () => {
    const results = await searchArticles(db, '\u0000 ', page1);
    expect(results).toEqual({ query: '', page: 1, pageSize: 10, total: 0, hits: [] });
  });
});
