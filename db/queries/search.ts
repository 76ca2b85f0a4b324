import { and, desc, eq, sql } from 'drizzle-orm';
import { headlineOptions } from '../../lib/search/highlight';
import { normalizeQuery } from '../../lib/search/query';
import type { Database } from '../connection';
import { articles, sections, sources } from '../schema';
import { cardColumns, isPublic, type ArticleCard } from './articles';
import { leadImageRefs } from './lead-images';

export interface SearchHit {
  story: ArticleCard;
  /** The headline with matches between MATCH_START/MATCH_END (lib/search/highlight). */
  markedHeadline: string;
  /** Passages of the summary and key points around the matches, marked the same way. */
  markedSnippet: string;
  rank: number;
}

export interface SearchResults {
  query: string;
  page: number;
  pageSize: number;
  /** Every match, not just this page's. */
  total: number;
  hits: SearchHit[];
}

const HEADLINE_OPTIONS = headlineOptions('HighlightAll=true');
const SNIPPET_OPTIONS = headlineOptions('MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=" … "');

/**
 * Full-text search over the generated `articles.search_vector` (headline weighted A,
 * summary B, key points C), best match first. The query goes through
 * websearch_to_tsquery, which accepts any text at all (quotes, `or`, `-word`, stray
 * operators) without a syntax error; normalizeQuery has already removed what Postgres
 * cannot store (NUL) and bounded the length.
 */
export async function searchArticles(
  db: Database,
  rawQuery: string,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<SearchResults> {
  const query = normalizeQuery(rawQuery);
  const empty: SearchResults = { query, page, pageSize, total: 0, hits: [] };
  if (query === '') return empty;

  const tsquery = sql`websearch_to_tsquery('english', ${query})`;
  // Rank and page first, then build headlines only for the rows shown: ts_headline
  // re-parses each document and is the expensive part.
  const matches = db
    .select({
      id: articles.id,
      rank: sql<number>`ts_rank_cd(${articles.searchVector}, ${tsquery})::float8`.as('rank'),
      total: sql<number>`(count(*) over ())::int`.as('total'),
    })
    .from(articles)
    .where(and(isPublic(), sql`${articles.searchVector} @@ ${tsquery}`))
    .orderBy(sql`rank desc`, desc(articles.publishedAt), desc(articles.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .as('matches');

  const rows = await db
    .select({
      ...cardColumns,
      rank: matches.rank,
      total: matches.total,
      markedHeadline: sql<string>`ts_headline('english', ${articles.headlineText}, ${tsquery}, ${HEADLINE_OPTIONS})`,
      markedSnippet: sql<string>`ts_headline('english', ${articles.summaryText} || E'\n' || ${articles.keyPointsText}, ${tsquery}, ${SNIPPET_OPTIONS})`,
    })
    .from(matches)
    .innerJoin(articles, eq(articles.id, matches.id))
    .leftJoin(sources, eq(articles.sourceId, sources.id))
    .leftJoin(sections, eq(articles.sectionId, sections.id))
    .orderBy(desc(matches.rank), desc(articles.publishedAt), desc(articles.id));

  if (rows.length === 0) return empty;
  const images = await leadImageRefs(db, rows.map((row) => row.leadImageId));
  return {
    ...empty,
    total: rows[0]?.total ?? 0,
    hits: rows.map(({ rank, total: _total, markedHeadline, markedSnippet, leadImageId, ...card }) => ({
      story: { ...card, image: leadImageId ? (images.get(leadImageId) ?? null) : null },
      rank,
      markedHeadline,
      markedSnippet,
    })),
  };
}
