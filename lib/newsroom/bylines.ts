import { asc, count, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/connection';
import { articleBylines, people } from '@/db/schema';

/**
 * A story's bylines: an ordered list of people, saved with the story's content (so
 * revisions, restores and conflicts carry them like any other field).
 */

export const BYLINES_MAX = 10;

/** The editor's list of people ids, in reading order. Absent: leave the bylines as they are. */
export const bylineIdsSchema = z
  .array(z.uuid('Unknown person'))
  .max(BYLINES_MAX, `At most ${BYLINES_MAX} bylines`)
  .refine((ids) => new Set(ids).size === ids.length, 'A person appears twice in the bylines')
  .optional();

/** The people ids of an article's bylines, in order. */
export async function readBylineIds(tx: Database | Tx, articleId: string): Promise<string[]> {
  const rows = await tx
    .select({ personId: articleBylines.personId })
    .from(articleBylines)
    .where(eq(articleBylines.articleId, articleId))
    .orderBy(asc(articleBylines.position));
  return rows.map((row) => row.personId);
}

/** How many bylines a story has: the publish checklist requires at least one. */
export async function countBylines(tx: Database | Tx, articleId: string): Promise<number> {
  const [row] = await tx.select({ value: count() }).from(articleBylines).where(eq(articleBylines.articleId, articleId));
  return row?.value ?? 0;
}

/** The slugs of the people in an article's bylines, for the author lists a change touches. */
export async function bylineSlugs(tx: Tx, articleId: string): Promise<string[]> {
  const rows = await tx
    .select({ slug: people.slug })
    .from(articleBylines)
    .innerJoin(people, eq(people.id, articleBylines.personId))
    .where(eq(articleBylines.articleId, articleId));
  return rows.map((row) => row.slug);
}

/** The ids among `ids` that name nobody (deleted since the editor loaded them). */
export async function unknownPeople(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.select({ id: people.id }).from(people).where(inArray(people.id, [...ids]));
  const known = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

/** Replaces the bylines with `ids`, in that order. */
export async function writeBylines(tx: Tx, articleId: string, ids: readonly string[]): Promise<void> {
  await tx.delete(articleBylines).where(eq(articleBylines.articleId, articleId));
  if (ids.length > 0) {
    await tx.insert(articleBylines).values(ids.map((personId, position) => ({ articleId, personId, position })));
  }
}

/** The profile linked to a newsroom account: a writer's new story starts with it. */
export async function personOfUser(tx: Tx, userId: string): Promise<string | null> {
  const [row] = await tx.select({ id: people.id }).from(people).where(eq(people.userId, userId)).limit(1);
  return row?.id ?? null;
}
