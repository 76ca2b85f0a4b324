import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { StoryCursor } from '../../lib/paging/cursor';
import type { Database } from '../connection';
import { articleRevisions, articles, correctionProposals, corrections, users } from '../schema';
import { isPublic } from './articles';

/**
 * Whether readers have seen the story: it has a publish time, or a revision that was public.
 * The same test as the append-only trigger (drizzle/*_corrections_sql.sql), so the workflow
 * and the database refuse the same changes.
 */
export async function hasBeenLive(db: Database, articleId: string): Promise<boolean> {
  const [row] = await db
    .select({
      live: sql<boolean>`(${articles.publishedAt} is not null or exists (select 1 from ${articleRevisions} where ${articleRevisions.articleId} = ${articleId} and ${articleRevisions.public}))`,
    })
    .from(articles)
    .where(eq(articles.id, articleId));
  // A vanished row counts as live: nothing is changed on a guess.
  return row?.live !== false;
}

const recordColumns = {
  id: corrections.id,
  articleId: corrections.articleId,
  type: corrections.type,
  text: corrections.text,
  textPlain: corrections.textPlain,
  createdAt: corrections.createdAt,
};

/** A story's records, oldest first (the order they were added). */
export function listCorrectionsForArticle(db: Database, articleId: string) {
  return db
    .select({ ...recordColumns, authorName: users.name })
    .from(corrections)
    .leftJoin(users, eq(corrections.authorId, users.id))
    .where(eq(corrections.articleId, articleId))
    .orderBy(asc(corrections.createdAt), asc(corrections.id));
}

export type ArticleCorrection = Awaited<ReturnType<typeof listCorrectionsForArticle>>[number];

/** What readers see of a public story's records, by slug: no names of newsroom staff. */
export function listPublicCorrectionsBySlug(db: Database, slug: string) {
  return db
    .select(recordColumns)
    .from(corrections)
    .innerJoin(articles, eq(corrections.articleId, articles.id))
    .where(and(isPublic(), eq(articles.slug, slug)))
    .orderBy(asc(corrections.createdAt), asc(corrections.id));
}

export type PublicCorrection = Awaited<ReturnType<typeof listPublicCorrectionsBySlug>>[number];

// Whole microseconds, as the story lists' cursors (db/queries/story-pages.ts).
const cursorMicros = sql<string>`(extract(epoch from ${corrections.createdAt}) * 1000000)::bigint::text`;

const listedColumns = {
  ...recordColumns,
  cursorMicros,
  article: { slug: articles.slug, headline: articles.headlineText },
};

function listed(db: Database, where: SQL, limit: number) {
  return db
    .select(listedColumns)
    .from(corrections)
    .innerJoin(articles, eq(corrections.articleId, articles.id))
    .where(where)
    .orderBy(desc(corrections.createdAt), desc(corrections.id))
    .limit(limit);
}

export type ListedCorrection = Omit<Awaited<ReturnType<typeof listed>>[number], 'cursorMicros'>;

export interface CorrectionPage {
  records: ListedCorrection[];
  /** Pass as `before` for the next, older page; null at the end. */
  older: StoryCursor | null;
}

/** One page of every public story's records, newest first, by keyset (time, id). */
export async function listCorrectionPage(db: Database, before: StoryCursor | null, pageSize: number): Promise<CorrectionPage> {
  const where = before
    ? (and(
        isPublic(),
        sql`(${corrections.createdAt}, ${corrections.id}) < (timestamptz 'epoch' + ${before.micros}::bigint * interval '1 microsecond', ${before.id}::uuid)`,
      ) as SQL)
    : isPublic();
  const rows = await listed(db, where, pageSize + 1);
  const shown = rows.slice(0, pageSize);
  const bottom = shown.at(-1);
  return {
    records: shown.map(({ cursorMicros: _cursor, ...record }) => record),
    older: rows.length > pageSize && bottom ? { micros: bottom.cursorMicros, id: bottom.id } : null,
  };
}

/** The newest records of public stories, for the corrections feed. */
export async function listFeedCorrections(db: Database, limit: number): Promise<ListedCorrection[]> {
  const rows = await listed(db, isPublic(), limit);
  return rows.map(({ cursorMicros: _cursor, ...record }) => record);
}

/** Proposals waiting for an editor, oldest first, with the story they are about. */
export function listPendingProposals(db: Database, filter: { proposedById?: string } = {}) {
  const conditions: SQL[] = [eq(correctionProposals.status, 'pending')];
  if (filter.proposedById) conditions.push(eq(correctionProposals.proposedById, filter.proposedById));
  return db
    .select({
      id: correctionProposals.id,
      articleId: correctionProposals.articleId,
      headline: articles.headlineText,
      type: correctionProposals.type,
      textPlain: correctionProposals.textPlain,
      proposedBy: users.name,
      createdAt: correctionProposals.createdAt,
    })
    .from(correctionProposals)
    .innerJoin(articles, eq(correctionProposals.articleId, articles.id))
    .leftJoin(users, eq(correctionProposals.proposedById, users.id))
    .where(and(...conditions))
    .orderBy(asc(correctionProposals.createdAt))
    .limit(100);
}

/** One story's proposals, newest first, whatever became of them. */
export function listProposalsForArticle(db: Database, articleId: string) {
  return db
    .select({
      id: correctionProposals.id,
      type: correctionProposals.type,
      text: correctionProposals.text,
      textPlain: correctionProposals.textPlain,
      status: correctionProposals.status,
      decisionNote: correctionProposals.decisionNote,
      proposedBy: users.name,
      createdAt: correctionProposals.createdAt,
    })
    .from(correctionProposals)
    .leftJoin(users, eq(correctionProposals.proposedById, users.id))
    .where(eq(correctionProposals.articleId, articleId))
    .orderBy(desc(correctionProposals.createdAt))
    .limit(50);
}

export type ArticleProposal = Awaited<ReturnType<typeof listProposalsForArticle>>[number];
