import { z } from 'zod';
import { slugSchema } from '../slug';
import { lastValue, parsePageRequest, type PageRequest } from './page-request';

/** A list as the /stories route receives it (from the rewrites in next.config.mjs). */
export type ListName =
  | { kind: 'latest' }
  | { kind: 'section'; slug: string }
  | { kind: 'source'; slug: string }
  | { kind: 'person'; slug: string };

const listSchema = z.object({
  list: lastValue.pipe(z.enum(['latest', 'section', 'source', 'person'])),
  slug: lastValue.pipe(slugSchema.optional()),
});

/** Which list and which page of it; null for anything that names no list. */
export function parseListRequest(
  params: Record<string, string | string[] | undefined>,
): { list: ListName; request: PageRequest } | null {
  const parsed = listSchema.safeParse(params);
  if (!parsed.success) return null;
  const { list, slug } = parsed.data;
  if (list !== 'latest' && slug === undefined) return null;
  const name: ListName = list === 'latest' ? { kind: 'latest' } : { kind: list, slug: slug ?? '' };
  return { list: name, request: parsePageRequest(params) };
}
