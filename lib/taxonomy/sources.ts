import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/connection';
import { uniqueViolation } from '@/db/errors';
import { media, sources } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can, type Actor } from '@/lib/authz/policy';
import { tagsForSourceChange } from '@/lib/cache-tags';
import { storeUpload } from '@/lib/media/uploads';
import { recordEntitySlugChange, releaseEntitySlug } from '@/lib/redirects/entity-slugs';
import { fail, type Failure, ok, parseInput, type Result } from '@/lib/result';
import { mediaIdOf, sourceSchema, sourceUpdateSchema } from './schemas';
import { withTakenSlug } from './taken-slug';

export interface SavedSource {
  id: string;
  slug: string;
  logoUrl: string | null;
}

const SLUG_TAKEN = 'Another source already uses this slug';
const duplicateSlug = () => fail.invalid({ slug: [SLUG_TAKEN] });
const forbidden = () => fail.forbidden('Only admins can manage sources.');

/** A validation failure, plus a taken slug if that is wrong as well. */
function invalidInput(db: Database, failure: Failure, input: unknown, exceptId?: string) {
  return withTakenSlug(failure, input, (slug) => slugTaken(db, slug, exceptId), SLUG_TAKEN);
}

/** Runs a write; a slug another source took in the meantime is a field error, not a 500. */
async function guardSlug<T>(write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (error) {
    if (uniqueViolation(error)?.constraint === 'sources_slug_unique') return duplicateSlug();
    throw error;
  }
}

async function slugTaken(db: Database | Tx, slug: string, exceptId?: string): Promise<boolean> {
  const where = exceptId ? and(eq(sources.slug, slug), ne(sources.id, exceptId)) : eq(sources.slug, slug);
  const [row] = await db.select({ id: sources.id }).from(sources).where(where).limit(1);
  return Boolean(row);
}

/** Adds a publisher. A logo upload is stored in `media` in the same transaction. */
export async function createSource(db: Database, actor: Actor, input: unknown): Promise<Result<SavedSource>> {
  if (!can(actor, 'sources:manage')) return forbidden();
  const parsed = await parseInput(sourceSchema, input);
  if (!parsed.ok) return invalidInput(db, parsed.failure, input);
  const { logoFile, ...fields } = parsed.data;
  // Checked first so the common mistake doesn't cost a rolled-back upload; the unique
  // constraint still catches a race.
  if (await slugTaken(db, fields.slug)) return duplicateSlug();

  return guardSlug(() =>
    db.transaction(async (tx) => {
      const logoUrl = logoFile ? await storeUpload(tx, logoFile, actor.id) : fields.logoUrl;
      const [row] = await tx
        .insert(sources)
        .values({ ...fields, logoUrl })
        .returning({ id: sources.id, slug: sources.slug, logoUrl: sources.logoUrl });
      if (!row) throw new Error('Creating a source returned no row');
      // A new source may take a slug another one left behind: it is this source's now.
      await releaseEntitySlug(tx, 'source', row.slug);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'source.create',
        entity: { type: 'source', id: row.id },
        details: { slug: row.slug, name: fields.name, logoUrl },
      });
      return ok(row, tagsForSourceChange(null, row));
    }),
  );
}

/**
 * Edits a publisher. Readers see the change at once: the returned tags cover its profile,
 * its story lists, and every page that shows its name or logo. A replaced upload is
 * deleted unless another source still points at it.
 */
export async function updateSource(db: Database, actor: Actor, input: unknown): Promise<Result<SavedSource>> {
  if (!can(actor, 'sources:manage')) return forbidden();
  const parsed = await parseInput(sourceUpdateSchema, input);
  if (!parsed.ok) {
    const id = z.uuid().safeParse((input as { id?: unknown } | null)?.id);
    return id.success ? invalidInput(db, parsed.failure, input, id.data) : parsed.failure;
  }
  const { id, logoFile, ...fields } = parsed.data;
  if (await slugTaken(db, fields.slug, id)) return duplicateSlug();

  return guardSlug(() =>
    db.transaction(async (tx): Promise<Result<SavedSource>> => {
      const [before] = await tx.select().from(sources).where(eq(sources.id, id)).for('update').limit(1);
      if (!before) return fail.notFound('That source no longer exists.');
      const logoUrl = logoFile ? await storeUpload(tx, logoFile, actor.id) : fields.logoUrl;
      const [row] = await tx
        .update(sources)
        .set({ ...fields, logoUrl, updatedAt: new Date() })
        .where(eq(sources.id, id))
        .returning({ id: sources.id, slug: sources.slug, logoUrl: sources.logoUrl });
      if (!row) return fail.notFound('That source no longer exists.');
      // Links to the old profile address keep working: it answers 308 to the new one.
      await recordEntitySlugChange(tx, 'source', id, before.slug, row.slug);

      const oldLogo = before.logoUrl;
      const oldUpload = mediaIdOf(oldLogo);
      if (oldLogo && oldUpload && oldLogo !== logoUrl) {
        const [stillUsed] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.logoUrl, oldLogo)).limit(1);
        if (!stillUsed) await tx.delete(media).where(eq(media.id, oldUpload));
      }

      const changed = Object.fromEntries(
        Object.entries({ ...fields, logoUrl }).filter(([key, value]) => before[key as keyof typeof before] !== value),
      );
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'source.update',
        entity: { type: 'source', id },
        details: { ...changed, ...(changed.slug ? { previousSlug: before.slug } : {}) },
      });
      return ok(row, tagsForSourceChange({ slug: before.slug }, row));
    }),
  );
}
