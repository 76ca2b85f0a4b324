import { asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/connection';
import { articles, media, sections, sources } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can, type Actor } from '@/lib/authz/policy';
import { tagsForSectionChange, tagsForSourceChange } from '@/lib/cache-tags';
import { dropEntityRedirects } from '@/lib/redirects/entity-slugs';
import { fail, type Failure, ok, parseInput, type Result } from '@/lib/result';
import { mediaIdOf } from './schemas';

/*
 * Deleting a source or section is allowed only while no story (in any state, drafts
 * included) uses it: the refusal names the stories, so the editor knows what to move first.
 */

export const taxonomyDeleteSchema = z.object({ id: z.uuid('Unknown item') });

export interface DeletedEntry {
  id: string;
  slug: string;
}

/** How many story headlines a refusal names; the rest are counted. */
const LISTED = 10;

export interface UsingStory {
  id: string;
  headline: string;
}

/** The stories a source or section is used by (the first few) and how many there are. */
async function storiesUsing(tx: Tx, column: typeof articles.sourceId | typeof articles.sectionId, id: string) {
  const [total] = await tx.select({ value: count() }).from(articles).where(eq(column, id));
  const listed = await tx
    .select({ id: articles.id, headline: articles.headlineText })
    .from(articles)
    .where(eq(column, id))
    .orderBy(asc(articles.headlineText), asc(articles.id))
    .limit(LISTED);
  return { total: total?.value ?? 0, listed };
}

export const storyCount = (total: number) => (total === 1 ? '1 story' : `${total} stories`);

/**
 * The refusal: `message` says why, `fieldErrors.usedBy` lists the headlines (an untitled
 * draft shows as such) so the form can show them as a list.
 */
export function inUseFailure(message: string, used: { total: number; listed: UsingStory[] }): Failure {
  const more = used.total - used.listed.length;
  const headlines = used.listed.map((story) => story.headline || 'Untitled draft');
  return { ...fail.conflict(message), fieldErrors: { usedBy: more > 0 ? [...headlines, `and ${more} more`] : headlines } };
}

const moveFirst = (name: string, total: number) =>
  `${name} is used by ${storyCount(total)}. Move ${total === 1 ? 'it' : 'them'} elsewhere first, then delete it.`;

export async function deleteSource(db: Database, actor: Actor, input: unknown): Promise<Result<DeletedEntry>> {
  if (!can(actor, 'sources:manage')) return fail.forbidden('Only admins can manage sources.');
  const parsed = await parseInput(taxonomyDeleteSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { id } = parsed.data;
  return db.transaction(async (tx): Promise<Result<DeletedEntry>> => {
    const [row] = await tx.select().from(sources).where(eq(sources.id, id)).for('update').limit(1);
    if (!row) return fail.notFound('That source no longer exists.');
    const used = await storiesUsing(tx, articles.sourceId, id);
    if (used.total > 0) return inUseFailure(moveFirst(row.name, used.total), used);
    await tx.delete(sources).where(eq(sources.id, id));
    await dropEntityRedirects(tx, 'source', id);
    const upload = mediaIdOf(row.logoUrl);
    if (upload && row.logoUrl) {
      const [stillUsed] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.logoUrl, row.logoUrl)).limit(1);
      if (!stillUsed) await tx.delete(media).where(eq(media.id, upload));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'source.delete',
      entity: { type: 'source', id },
      details: { slug: row.slug, name: row.name },
    });
    return ok({ id, slug: row.slug }, tagsForSourceChange({ slug: row.slug }, null));
  });
}

export async function deleteSection(db: Database, actor: Actor, input: unknown): Promise<Result<DeletedEntry>> {
  if (!can(actor, 'sections:manage')) return fail.forbidden('Only admins can manage sections.');
  const parsed = await parseInput(taxonomyDeleteSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { id } = parsed.data;
  return db.transaction(async (tx): Promise<Result<DeletedEntry>> => {
    const [row] = await tx.select().from(sections).where(eq(sections.id, id)).for('update').limit(1);
    if (!row) return fail.notFound('That section no longer exists.');
    const used = await storiesUsing(tx, articles.sectionId, id);
    if (used.total > 0) return inUseFailure(moveFirst(row.name, used.total), used);
    await tx.delete(sections).where(eq(sections.id, id));
    await dropEntityRedirects(tx, 'section', id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'section.delete',
      entity: { type: 'section', id },
      details: { slug: row.slug, name: row.name },
    });
    return ok({ id, slug: row.slug }, tagsForSectionChange({ slug: row.slug }, null));
  });
}
