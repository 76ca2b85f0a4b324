import { z } from 'zod';
import { cursorSchema } from './paging/cursor';
import type { PageRequest } from './paging/page-request';
import { MAX_SEARCH_PAGE, normalizeQuery } from './search/query';
import { isWellFormedSlug } from './slug';

/*
 * Arguments of the cached public reads (db/queries/public.ts), checked where they arrive.
 * A `'use cache'` function is compiled to a server reference with an id in the build
 * manifest, so a POST with that id can call it with any JSON: `getLatest(100000)` or a
 * cursor object with a 5 MB string. Pages always pass sane values; these make hostile ones
 * harmless (bounded work, no throw) rather than rejecting them loudly.
 */

/** The most stories any one read returns (a feed's 50 is the largest real caller). */
export const MAX_READ_LIMIT = 50;

/** A whole number in [min, max]; anything else (NaN, "10", 1e9, objects) becomes `fallback`. */
export function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** A slug as the reads use it; null when it is not one (the read then answers "missing"). */
export function slugArg(value: unknown): string | null {
  return typeof value === 'string' && isWellFormedSlug(value) ? value : null;
}

const cursorObjectSchema = z
  .object({ micros: z.string(), id: z.string() })
  .transform((cursor, ctx) => {
    const parsed = cursorSchema.safeParse(`${cursor.micros}_${cursor.id}`);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'not a cursor' });
      return z.NEVER;
    }
    return parsed.data;
  });

const pageRequestSchema = z.object({
  direction: z.enum(['before', 'after']),
  cursor: cursorObjectSchema,
});

/** A well-formed page request, or null (the first page) for anything else. */
export function pageRequestArg(value: unknown): PageRequest {
  const parsed = pageRequestSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export type ListArg =
  | { kind: 'latest' }
  | { kind: 'section'; slug: string }
  | { kind: 'source'; slug: string }
  | { kind: 'person'; slug: string };

/** The list a read is about; a section or source with a malformed slug becomes null ("unknown"). */
export function listArg(value: unknown): ListArg | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, slug } = value as { kind?: unknown; slug?: unknown };
  if (kind === 'latest') return { kind };
  if (kind !== 'section' && kind !== 'source' && kind !== 'person') return null;
  const checked = slugArg(slug);
  return checked === null ? null : { kind, slug: checked };
}

/** A search as the search page would send it: normalised text (≤ 200 characters) and a page in range. */
export function searchArgs(query: unknown, page: unknown): { query: string; page: number } {
  return {
    query: typeof query === 'string' ? normalizeQuery(query.slice(0, 10_000)) : '',
    page: clampInt(page, 1, MAX_SEARCH_PAGE, 1),
  };
}
