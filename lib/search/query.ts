import { z } from 'zod';
import { lastValue } from '../paging/page-request';

/** Longer than any real query; bounds the work of parsing and ranking one. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_SEARCH_PAGE = 50;

// Postgres text cannot hold NUL, and other C0 controls are never meant in a query.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/g;

/**
 * What is left of a reader's query to search for: controls removed, whitespace collapsed,
 * cut to MAX_QUERY_LENGTH characters without splitting a character (an emoji is two UTF-16
 * units; half of one would reach the database as garbage). '' means "no query".
 */
export function normalizeQuery(raw: string): string {
  const cleaned = raw.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

const pageSchema = lastValue
  .pipe(z.string().regex(/^\d{1,3}$/))
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_SEARCH_PAGE))
  .catch(1);

const searchParamsSchema = z.object({
  q: lastValue.transform((value) => normalizeQuery(value ?? '')).catch(''),
  page: pageSchema,
});

export interface SearchRequest {
  query: string;
  page: number;
}

/** `/search?q=&page=` as the search page uses it; any input gives a usable request. */
export function parseSearchRequest(params: Record<string, string | string[] | undefined>): SearchRequest {
  const { q, page } = searchParamsSchema.parse(params);
  return { query: q, page: q === '' ? 1 : page };
}

/*
 * A query's results are served from one cached page per (query, page),
 * app/(site)/search/[query]/[page], where runtime/server/search-results-route.mjs sends
 * `/search?q=…`. The query travels as one path segment behind a `q-`, so that no
 * query (`.`, `..`) is a segment the router would resolve away.
 */
const SEGMENT_PREFIX = 'q-';

/** The request a results page stands for, from its two path segments as Next hands them over (percent-encoded). */
export function searchRequestFromSegments(query: string, page: string): SearchRequest {
  let decoded = '';
  try {
    if (query.startsWith(SEGMENT_PREFIX)) decoded = decodeURIComponent(query.slice(SEGMENT_PREFIX.length));
  } catch {
    // Not a segment the rewrite wrote: treat as no query.
  }
  return parseSearchRequest({ q: decoded, page });
}
