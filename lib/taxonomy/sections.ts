import { and, asc, eq, max, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/connection';
import { uniqueViolation } from '@/db/errors';
import { sections } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can, type Actor } from '@/lib/authz/policy';
import { tags, tagsForSectionChange } from '@/lib/cache-tags';
import { recordEntitySlugChange, releaseEntitySlug } from '@/lib/redirects/entity-slugs';
import { fail, type Failure, ok, parseInput, type Result } from '@/lib/result';
import { sectionMoveSchema, sectionOrderSchema, sectionSchema, sectionUpdateSchema } from './schemas';
import { withTakenSlug } from './taken-slug';

export interface SavedSection {
  id: string;
  slug: string;
  name: string;
}

export interface SectionOrder {
  /** The sections' ids, first to last. */
  ids: string[];
}

export interface SectionMove extends SectionOrder {
  /** The moved section's name, and where it is now, counting from 1. */
  name: string;
  position: number;
}

const SLUG_TAKEN = 'Another section already uses this slug';
const duplicateSlug = () => fail.invalid({ slug: [SLUG_TAKEN] });

async function slugTaken(db: Database, slug: string, exceptId?: string): Promise<boolean> {
  const where = exceptId ? and(eq(sections.slug, slug), ne(sections.id, exceptId)) : eq(sections.slug, slug);
  const [row] = await db.select({ id: sections.id }).from(sections).where(where).limit(1);
  return Boolean(row);
}

/** A validation failure, plus a taken slug if that is wrong as well. */
function invalidInput(db: Database, failure: Failure, input: unknown, exceptId?: string) {
  return withTakenSlug(failure, input, (slug) => slugTaken(db, slug, exceptId), SLUG_TAKEN);
}
const forbidden = () => fail.forbidden('Only admins can manage sections.');

async function guardSlug<T>(write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (error) {
    if (uniqueViolation(error)?.constraint === 'sections_slug_unique') return duplicateSlug();
    throw error;
  }
}

/** Adds a section at the end of the site's navigation. */
export async function createSection(db: Database, actor: Actor, input: unknown): Promise<Result<SavedSection>> {
  if (!can(actor, 'sections:manage')) return forbidden();
  const parsed = await parseInput(sectionSchema, input);
  if (!parsed.ok) return invalidInput(db, parsed.failure, input);
  const { name, slug } = parsed.data;
  return guardSlug(() =>
    db.transaction(async (tx) => {
      const [last] = await tx.select({ position: max(sections.position) }).from(sections);
      const [row] = await tx
        .insert(sections)
        .values({ name, slug, position: (last?.position ?? 0) + 1 })
        .returning({ id: sections.id, slug: sections.slug, name: sections.name });
      if (!row) throw new Error('Creating a section returned no row');
      // A new section may take a slug another one left behind: it is this section's now.
      await releaseEntitySlug(tx, 'section', row.slug);
      await recordAudit(tx, { actorId: actor.id, action: 'section.create', entity: { type: 'section', id: row.id }, details: { slug, name } });
      return ok(row, tagsForSectionChange(null, row));
    }),
  );
}

/** Renames a section or changes its slug; the header and every page showing it follow at once. */
export async function updateSection(db: Database, actor: Actor, input: unknown): Promise<Result<SavedSection>> {
  if (!can(actor, 'sections:manage')) return forbidden();
  const parsed = await parseInput(sectionUpdateSchema, input);
  if (!parsed.ok) {
    const id = z.uuid().safeParse((input as { id?: unknown } | null)?.id);
    return id.success ? invalidInput(db, parsed.failure, input, id.data) : parsed.failure;
  }
  const { id, name, slug } = parsed.data;
  return guardSlug(() =>
    db.transaction(async (tx): Promise<Result<SavedSection>> => {
      const [before] = await tx.select().from(sections).where(eq(sections.id, id)).for('update').limit(1);
      if (!before) return fail.notFound('That section no longer exists.');
      const [row] = await tx
        .update(sections)
        .set({ name, slug, updatedAt: new Date() })
        .where(eq(sections.id, id))
        .returning({ id: sections.id, slug: sections.slug, name: sections.name });
      if (!row) return fail.notFound('That section no longer exists.');
      // Links to the old section address keep working: it answers 308 to the new one.
      await recordEntitySlugChange(tx, 'section', id, before.slug, row.slug);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'section.update',
        entity: { type: 'section', id },
        details: { name, slug, previousName: before.name, previousSlug: before.slug },
      });
      return ok(row, tagsForSectionChange({ slug: before.slug }, row));
    }),
  );
}

/** Every section, locked in one order so concurrent reorders queue instead of interleaving. */
async function lockAll(tx: Tx) {
  return tx
    .select({ id: sections.id, slug: sections.slug, name: sections.name })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name), asc(sections.id))
    .for('update');
}

/** Rewrites every position as 1..n in the given order, in the caller's transaction. */
async function writeOrder(tx: Tx, actor: Actor, ids: string[], slugs: Map<string, string>) {
  for (const [index, id] of ids.entries()) {
    await tx.update(sections).set({ position: index + 1 }).where(eq(sections.id, id));
  }
  // About the whole list, not one section: no entity id.
  await recordAudit(tx, {
    actorId: actor.id,
    action: 'section.reorder',
    entity: { type: 'section' },
    details: { order: ids.map((id) => slugs.get(id)) },
  });
}

/**
 * Puts the sections in the given order. `ids` must name every section exactly once: an
 * order made from a stale list (someone added a section meanwhile) is refused, not guessed.
 */
export async function reorderSections(db: Database, actor: Actor, input: unknown): Promise<Result<SectionOrder>> {
  if (!can(actor, 'sections:manage')) return forbidden();
  const parsed = await parseInput(sectionOrderSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { ids } = parsed.data;
  return db.transaction(async (tx): Promise<Result<SectionOrder>> => {
    const current = await lockAll(tx);
    const known = new Set(current.map((row) => row.id));
    if (ids.length !== current.length || !ids.every((id) => known.has(id))) {
      return fail.conflict('The sections changed while you were ordering them. Reload the page and try again.');
    }
    await writeOrder(tx, actor, ids, new Map(current.map((row) => [row.id, row.slug])));
    // Only the navigation shows the order; section pages don't.
    return ok({ ids }, [tags.sections]);
  });
}

/** Moves one section a place up or down; at either end it stays where it is. */
export async function moveSection(db: Database, actor: Actor, input: unknown): Promise<Result<SectionMove>> {
  if (!can(actor, 'sections:manage')) return forbidden();
  const parsed = await parseInput(sectionMoveSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { id, direction } = parsed.data;
  return db.transaction(async (tx): Promise<Result<SectionMove>> => {
    const current = await lockAll(tx);
    const ids = current.map((row) => row.id);
    const from = ids.indexOf(id);
    const moved = current[from];
    if (!moved) return fail.notFound('That section no longer exists.');
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return ok({ ids, name: moved.name, position: from + 1 });
    ids.splice(from, 1);
    ids.splice(to, 0, id);
    await writeOrder(tx, actor, ids, new Map(current.map((row) => [row.id, row.slug])));
    return ok({ ids, name: moved.name, position: to + 1 }, [tags.sections]);
  });
}
