import { randomUUID } from 'node:crypto';
import { docFromText } from '../lib/content/build';
import { toPlainText } from '../lib/content/plain-text';
import type { Database } from '../db/connection';
import { articles, keyPoints, sections, sources } from '../db/schema';

/*
 * N synthetic published stories on top of the demo content, in the shape the newsroom
 * stores (TipTap JSON + plain-text copies), spread over every source and section and over
 * time. A fixed PRNG seed makes the text identical from run to run; only the ids and the
 * dates (relative to "now") differ.
 */

const SUBJECTS = [
  'City council', 'Central bank', 'Regional rail operator', 'Harbour authority', 'Research team', 'National squad',
  'Energy regulator', 'Health ministry', 'Startup founders', 'Museum trustees', 'Coastal towns', 'Farmers',
  'Teachers union', 'Wind farm developer', 'Space agency', 'Chip maker', 'Local club', 'Opposition leader',
  'Water utility', 'Film festival', 'Airline', 'Court', 'Port workers', 'University', 'Police', 'Orchestra',
];
const VERBS = [
  'approves', 'rejects', 'delays', 'unveils', 'expands', 'cuts', 'defends', 'questions', 'announces', 'wins',
  'loses', 'reviews', 'doubles', 'pauses', 'launches', 'settles', 'challenges', 'backs', 'scraps', 'extends',
];
const OBJECTS = [
  'budget for new bridge', 'plan to cut emissions', 'record quarterly profit', 'deal on shipping lanes',
  'search for missing satellite', 'bid to host championship', 'rules on data privacy', 'inquiry into outages',
  'funding for flood defences', 'merger with rival', 'ban on single-use plastics', 'vaccine trial results',
  'strike over pay', 'overhaul of bus routes', 'new exhibition of maps', 'tariffs on steel imports',
  'talks on fishing quotas', 'study of deep-sea corals', 'stadium expansion', 'tax relief for small firms',
  'housing scheme near river', 'review of exam grades', 'contract for fast chargers', 'telescope upgrade',
];
const TAILS = [
  'after long debate', 'despite protests', 'amid rising costs', 'ahead of winter', 'as talks stall',
  'in surprise move', 'after court ruling', 'following public vote', 'as deadline nears', 'in landmark decision',
];
const SENTENCES = [
  'Officials said the decision followed months of consultation with residents and businesses.',
  'Critics argued that the costs had been underestimated and called for an independent review.',
  'Supporters welcomed the move, saying it would bring jobs and investment to the region.',
  'The figures, published on Tuesday, were higher than analysts had expected.',
  'A spokesperson declined to comment on the timetable but said further details would follow.',
  'Independent experts said the long-term effects would depend on how the plan is carried out.',
  'The announcement comes a week after a similar proposal was withdrawn under pressure.',
  'Residents gathered outside the town hall as the vote took place late in the evening.',
  'The change is expected to take effect at the start of the next financial year.',
  'Data from the past decade show a steady rise in demand across every age group.',
  'Negotiators worked through the night and reached agreement shortly before dawn.',
  'The organisation said it would publish a full report, including its methods, within weeks.',
];
const KINDS = ['news', 'news', 'news', 'analysis', 'opinion'] as const;

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same stories. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export interface SyntheticSeedResult {
  stories: number;
  keyPoints: number;
  seconds: number;
}

// Rows per INSERT: well under Postgres's 65,535 bind parameters, big enough to amortise the
// round trips (the embedded database pays for each one in WebAssembly).
const ARTICLE_BATCH = 500;
// Stories per transaction: one commit per few thousand rows keeps the WAL flushes rare.
const TRANSACTION_STORIES = 5_000;
// Average gap between two synthetic stories' publish times.
const GAP_MS = 6 * 60_000;

export async function seedSyntheticStories(
  db: Database,
  count: number,
  { now = new Date(), log = console.log }: { now?: Date; log?: (line: string) => void } = {},
): Promise<SyntheticSeedResult> {
  const started = performance.now();
  const random = prng(20_261_104);
  const sourceIds = (await db.select({ id: sources.id }).from(sources)).map((row) => row.id);
  const sectionIds = (await db.select({ id: sections.id }).from(sections)).map((row) => row.id);
  if (sourceIds.length === 0 || sectionIds.length === 0) throw new Error('Seed the demo sources and sections first');

  let pointCount = 0;
  for (let txStart = 0; txStart < count; txStart += TRANSACTION_STORIES) {
    const txEnd = Math.min(count, txStart + TRANSACTION_STORIES);
    await db.transaction(async (tx) => {
      for (let batchStart = txStart; batchStart < txEnd; batchStart += ARTICLE_BATCH) {
        const batchEnd = Math.min(txEnd, batchStart + ARTICLE_BATCH);
        const articleRows: (typeof articles.$inferInsert)[] = [];
        const pointRows: (typeof keyPoints.$inferInsert)[] = [];
        for (let i = batchStart; i < batchEnd; i++) {
          const headlineText = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, TAILS)}`;
          const summaryText = Array.from({ length: 3 }, () => pick(random, SENTENCES)).join(' ');
          const headline = docFromText(headlineText);
          const summary = docFromText(summaryText);
          const points = Array.from({ length: 5 + Math.floor(random() * 3) }, () => docFromText(pick(random, SENTENCES)));
          // The index keeps slugs unique; the words keep them realistic in length and shape.
          const slug = `${slugOf(headlineText)}-${i + 1}`;
          const publishedAt = new Date(now.getTime() - (i + 1) * GAP_MS + Math.floor(random() * GAP_MS));
          const id = randomUUID();
          articleRows.push({
            id,
            slug,
            status: 'published',
            kind: pick(random, KINDS),
            headline,
            headlineText: toPlainText(headline),
            summary,
            summaryText: toPlainText(summary),
            keyPointsText: points.map((point) => toPlainText(point)).join('\n\n'),
            sourceId: pick(random, sourceIds),
            sectionId: pick(random, sectionIds),
            publishedAt,
            createdAt: publishedAt,
            updatedAt: publishedAt,
          });
          points.forEach((content, position) => {
            pointRows.push({ articleId: id, position, content, contentText: toPlainText(content) });
          });
        }
        await tx.insert(articles).values(articleRows);
        // Key points are ~6x the articles: split so each INSERT stays within the parameter limit.
        for (let p = 0; p < pointRows.length; p += ARTICLE_BATCH * 2) {
          await tx.insert(keyPoints).values(pointRows.slice(p, p + ARTICLE_BATCH * 2));
        }
        pointCount += pointRows.length;
      }
    });
    log(`  seeded ${txEnd.toLocaleString('en-US')} / ${count.toLocaleString('en-US')} stories`);
  }
  return { stories: count, keyPoints: pointCount, seconds: (performance.now() - started) / 1000 };
}

/**
 * Search terms readers might type for the synthetic stories: single words and two-word
 * phrases from the stories' own vocabulary (so most find results), in a fixed order.
 */
export function searchTerms(count: number): string[] {
  const words = [...new Set([...OBJECTS, ...SUBJECTS].join(' ').toLowerCase().split(/[^a-z]+/))].filter(
    (word) => word.length > 3,
  );
  const random = prng(7);
  const terms = new Set<string>(words);
  while (terms.size < count) terms.add(`${pick(random, words)} ${pick(random, words)}`);
  return [...terms].slice(0, count);
}
