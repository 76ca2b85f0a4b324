import { z } from 'zod';
import { cursorSchema, type StoryCursor } from './cursor';

/** Which slice of a newest-first list a reader asked for; null is the first page. */
export type PageRequest = { direction: 'before' | 'after'; cursor: StoryCursor } | null;

/** A repeated parameter counts once, as its last value (as the router's rewrite reads it). */
export const lastValue = z.preprocess(
  (value) => (Array.isArray(value) ? value.at(-1) : value),
  z.string().optional(),
);

const optionalCursor = lastValue.pipe(cursorSchema.optional()).catch(undefined);

const listParamsSchema = z.object({ before: optionalCursor, after: optionalCursor });

/**
 * `?before=` (older stories) or `?after=` (newer ones) from a listing's search params.
 * Anything malformed gives the first page rather than an error: a mangled link should
 * still land a reader on the stories.
 */
export function parsePageRequest(params: Record<string, string | string[] | undefined>): PageRequest {
  const { before, after } = listParamsSchema.parse(params);
  if (before) return { direction: 'before', cursor: before };
  if (after) return { direction: 'after', cursor: after };
  return null;
}
