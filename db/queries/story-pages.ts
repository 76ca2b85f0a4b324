import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { StoryCursor } from '../../lib/paging/cursor';
import type { PageRequest } from '../../lib/paging/page-request';
import type { Database } from '../connection';
import { articleBylines, articles, sections, sources } from '../schema';
import { cardColumns, isPublic, type ArticleCard, type CardRecord } from './articles';
import { withLeadImages } from './lead-images';

/** Which stories a list holds. */
export type StoryScope =
  | { kind: 'latest' }
  | { kind: 'section'; sectionId: string }
  | { kind: 'source'; sourceId: string }
  | { kind: 'person'; personId: string };

/** Where "newer stories" leads: nowhere, the list's own first page, or a cursor. */
export type NewerLink = null | { kind: 'first' } | { kind: 'after'; cursor: StoryCursor };

export interface StoryPage {
  stories: ArticleCard[];
  /** Pass as `before` for the next, older page; null at the end of the list. */
  older: StoryCursor | null;
  newer: NewerLink;
}

export interface PageSizes {
  pageSize: number;
  /** The first page may show a different number (the home page leads with 13). */
  firstPageSize?: number;
}

// Whole microseconds: exact (extract gives numeric since Postgres 14), unlike a JS Date.
const cursorMicros = sql<string>`(extract(epoch from ${articles.publishedAt}) * 1000000)::bigint::text`;
const rowPosition = sql`(${articles.publishedAt}, ${articles.id})`;

function cursorPosition(cursor: StoryCursor): SQL {
  return sql`(timestamptz 'epoch' + ${cursor.micros}::bigint * interval '1 microsecond', ${cursor.id}::uuid)`;
}

/** The public stories in a list. */
export function scopeCondition(scope: StoryScope): SQL {
  if (scope.kind === 'section') return and(isPublic(), eq(articles.sectionId, scope.sectionId)) as SQL;
  if (scope.kind === 'source') return and(isPublic(), eq(articles.sourceId, scope.sourceId)) as SQL;
  if (scope.kind === 'person') {
    // A semi-join: a story with two bylines is still one row. Written with an alias and a
    // qualified outer column because drizzle leaves columns unqualified in one-table queries.
    const byline = sql`exists (select 1 from ${articleBylines} as byline where byline.article_id = "articles"."id" and byline.person_id = ${scope.personId})`;
    return and(isPublic(), byline) as SQL;
  }
  return isPublic();
}

function olderThan(cursor: StoryCursor): SQL {
  return sql`${rowPosition} < ${cursorPosition(cursor)}`;
}

function newerThan(cursor: StoryCursor): SQL {
  return sql`${rowPosition} > ${cursorPosition(cursor)}`;
}

type CardRow = CardRecord & { cursorMicros: string };

function selectCards(db: Database, where: SQL, order: 'newest' | 'oldest', limit: number): Promise<CardRow[]> {
  // Row comparison on (published_at, id) walks the (published_at desc, id desc) indexes
  // in either direction: keyset paging stays as fast on page 500 as on page 2.
  const direction = order === 'newest' ? desc : asc;
  return db
    .select({ ...cardColumns, cursorMicros })
    .from(articles)
    .leftJoin(sources, eq(articles.sourceId, sources.id))
    .leftJoin(sections, eq(articles.sectionId, sections.id))
    .where(where)
    .orderBy(direction(articles.publishedAt), direction(articles.id))
    .limit(limit);
}

function cursorOf(row: CardRow): StoryCursor {
  return { micros: row.cursorMicros, id: row.id };
}

/** The rows as cards, their lead images attached (one query for the page). */
function toCards(db: Database, rows: CardRow[]): Promise<ArticleCard[]> {
  return withLeadImages(
    db,
    rows.map(({ cursorMicros: _cursor, ...card }): CardRecord => card),
  );
}

async function hasOlder(db: Database, scope: StoryScope, bottom: StoryCursor): Promise<boolean> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(scopeCondition(scope), olderThan(bottom)))
    .limit(1);
  return rows.length > 0;
}

/**
 * The first page is a different URL from an `after` page that happens to reach the top,
 * so "newer" goes back to it whenever everything newer fits on it.
 */
async function newerLink(db: Database, scope: StoryScope, top: StoryCursor, firstPageSize: number): Promise<NewerLink> {
  const newer = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(scopeCondition(scope), newerThan(top)))
    .limit(firstPageSize + 1);
  if (newer.length === 0) return null;
  if (newer.length <= firstPageSize) return { kind: 'first' };
  return { kind: 'after', cursor: top };
}

/**
 * One page of a newest-first story list, by keyset: a page starts strictly before (or
 * after) a (publish time, id) position, so stories published meanwhile never shift the
 * pages, and stories sharing a publish time are neither repeated nor skipped.
 */
export async function listStoryPage(
  db: Database,
  scope: StoryScope,
  request: PageRequest,
  { pageSize, firstPageSize = pageSize }: PageSizes,
): Promise<StoryPage> {
  const where = scopeCondition(scope);

  if (request === null) {
    const rows = await selectCards(db, where, 'newest', firstPageSize + 1);
    const shown = rows.slice(0, firstPageSize);
    const bottom = shown.at(-1);
    return { stories: await toCards(db, shown), older: rows.length > firstPageSize && bottom ? cursorOf(bottom) : null, newer: null };
  }

  let shown: CardRow[];
  if (request.direction === 'before') {
    const rows = await selectCards(db, and(where, olderThan(request.cursor)) as SQL, 'newest', pageSize + 1);
    shown = rows.slice(0, pageSize);
  } else {
    // The stories just above the cursor, fetched upwards and shown newest first.
    const rows = await selectCards(db, and(where, newerThan(request.cursor)) as SQL, 'oldest', pageSize);
    shown = rows.reverse();
  }

  const top = shown[0];
  const bottom = shown.at(-1);
  if (!top || !bottom) return { stories: [], older: null, newer: { kind: 'first' } };
  const [older, newer, stories] = await Promise.all([
    hasOlder(db, scope, cursorOf(bottom)),
    newerLink(db, scope, cursorOf(top), firstPageSize),
    toCards(db, shown),
  ]);
  return { stories, older: older ? cursorOf(bottom) : null, newer };
}
