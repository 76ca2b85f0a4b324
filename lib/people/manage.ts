import { and, asc, count, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/connection';
import { uniqueViolation } from '@/db/errors';
import { articleBylines, articles, people, sources } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can, canEditPerson, type Actor } from '@/lib/authz/policy';
import { tagsForPersonChange } from '@/lib/cache-tags';
import { toPlainText } from '@/lib/content';
import { deleteUpload, storeUpload } from '@/lib/media/uploads';
import { dropEntityRedirects, recordEntitySlugChange, releaseEntitySlug } from '@/lib/redirects/entity-slugs';
import { fail, type Failure, ok, parseInput, type Result } from '@/lib/result';
import { inUseFailure, storyCount } from '@/lib/taxonomy/delete';
import { mediaIdOf } from '@/lib/taxonomy/schemas';
import { withTakenSlug } from '@/lib/taxonomy/taken-slug';
import { personDeleteSchema, personSchema, personUpdateSchema } from './schemas';

/**
 * The people directory: each command takes `(db, actor, input)`, checks the policy,
 * validates, writes in one transaction with an audit entry and returns the cache tags it
 * touched. Editors and admins manage everyone; a writer edits only the profile linked to
 * their own account (lib/authz/policy: canEditPerson) and can't relink it.
 */

export interface SavedPerson {
  id: string;
  slug: string;
  name: string;
}

const SLUG_TAKEN = 'Another person already uses this slug';
const ACCOUNT_TAKEN = 'That account already has a profile';
const forbidden = () => fail.forbidden('Only editors and admins can manage people.');

async function slugTaken(db: Database | Tx, slug: string, exceptId?: string): Promise<boolean> {
  const where = exceptId ? and(eq(people.slug, slug), ne(people.id, exceptId)) : eq(people.slug, slug);
  const [row] = await db.select({ id: people.id }).from(people).where(where).limit(1);
  return Boolean(row);
}

async function accountTaken(db: Database | Tx, userId: string, exceptId?: string): Promise<boolean> {
  const where = exceptId ? and(eq(people.userId, userId), ne(people.id, exceptId)) : eq(people.userId, userId);
  const [row] = await db.select({ id: people.id }).from(people).where(where).limit(1);
  return Boolean(row);
}

/** A taken slug or account, found before writing, as field errors with the input's others. */
async function referenceProblems(db: Database, slug: string, userId: string | null | undefined, exceptId?: string) {
  const problems: Record<string, string[]> = {};
  if (await slugTaken(db, slug, exceptId)) problems.slug = [SLUG_TAKEN];
  if (userId && (await accountTaken(db, userId, exceptId))) problems.userId = [ACCOUNT_TAKEN];
  return problems;
}

/** Runs a write; a slug or account someone else took in the meantime is a field error, not a 500. */
async function guardUnique<T>(write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (error) {
    const constraint = uniqueViolation(error)?.constraint;
    if (constraint === 'people_slug_unique') return fail.invalid({ slug: [SLUG_TAKEN] });
    if (constraint === 'people_user_id_unique') return fail.invalid({ userId: [ACCOUNT_TAKEN] });
    throw error;
  }
}

function invalidInput(db: Database, failure: Failure, input: unknown, exceptId?: string) {
  return withTakenSlug(failure, input, (slug) => slugTaken(db, slug, exceptId), SLUG_TAKEN);
}

/** Removes an uploaded photo nobody (no person, no source) shows any more. */
async function dropPhotoIfUnused(tx: Tx, photoUrl: string | null) {
  const upload = mediaIdOf(photoUrl);
  if (!upload || !photoUrl) return;
  const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.photoUrl, photoUrl)).limit(1);
  const [source] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.logoUrl, photoUrl)).limit(1);
  if (!person && !source) await deleteUpload(tx, upload);
}

export async function createPerson(db: Database, actor: Actor, input: unknown): Promise<Result<SavedPerson>> {
  if (!can(actor, 'people:manage')) return forbidden();
  const parsed = await parseInput(personSchema, input);
  if (!parsed.ok) return invalidInput(db, parsed.failure, input);
  const { photoFile, bio, userId, ...fields } = parsed.data;
  const problems = await referenceProblems(db, fields.slug, userId);
  if (Object.keys(problems).length > 0) return fail.invalid(problems);

  return guardUnique(() =>
    db.transaction(async (tx) => {
      const photoUrl = photoFile ? await storeUpload(tx, photoFile, actor.id) : fields.photoUrl;
      const [row] = await tx
        .insert(people)
        .values({ ...fields, bio, bioText: bio ? toPlainText(bio) : '', photoUrl, userId: userId ?? null })
        .returning({ id: people.id, slug: people.slug, name: people.name });
      if (!row) throw new Error('Creating a person returned no row');
      await releaseEntitySlug(tx, 'person', row.slug);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'person.create',
        entity: { type: 'person', id: row.id },
        details: { slug: row.slug, userId: userId ?? null },
      });
      return ok(row, tagsForPersonChange(null, row));
    }),
  );
}

/**
 * Edits a profile. A new slug leaves the old one answering 308 (lib/redirects); the returned
 * tags cover both profiles, their lists and every story page showing the byline.
 */
export async function updatePerson(db: Database, actor: Actor, input: unknown): Promise<Result<SavedPerson>> {
  const rawId = z.uuid().safeParse((input as { id?: unknown } | null)?.id);
  if (!rawId.success) return fail.notFound('That person no longer exists.');
  const [current] = await db.select({ userId: people.userId }).from(people).where(eq(people.id, rawId.data)).limit(1);
  if (!current) return fail.notFound('That person no longer exists.');
  // Checked before validating, so someone without the right learns nothing about the fields.
  if (!canEditPerson(actor, current)) return fail.forbidden('You can edit only your own profile.');
  const parsed = await parseInput(personUpdateSchema, input);
  if (!parsed.ok) return invalidInput(db, parsed.failure, input, rawId.data);
  const { id, photoFile, bio, userId: requestedUserId, ...fields } = parsed.data;
  // Linking a profile to an account is an editor's call, whatever a writer's form sends.
  const userId = can(actor, 'people:manage') ? requestedUserId : undefined;
  const problems = await referenceProblems(db, fields.slug, userId, id);
  if (Object.keys(problems).length > 0) return fail.invalid(problems);

  return guardUnique(() =>
    db.transaction(async (tx): Promise<Result<SavedPerson>> => {
      const [before] = await tx.select().from(people).where(eq(people.id, id)).for('update').limit(1);
      if (!before) return fail.notFound('That person no longer exists.');
      if (!canEditPerson(actor, before)) return fail.forbidden('You can edit only your own profile.');
      const photoUrl = photoFile ? await storeUpload(tx, photoFile, actor.id) : fields.photoUrl;
      const [row] = await tx
        .update(people)
        .set({
          ...fields,
          bio,
          bioText: bio ? toPlainText(bio) : '',
          photoUrl,
          ...(userId !== undefined ? { userId } : {}),
          updatedAt: new Date(),
        })
        .where(eq(people.id, id))
        .returning({ id: people.id, slug: people.slug, name: people.name });
      if (!row) return fail.notFound('That person no longer exists.');
      await recordEntitySlugChange(tx, 'person', id, before.slug, row.slug);
      if (before.photoUrl !== photoUrl) await dropPhotoIfUnused(tx, before.photoUrl);
      const next = { ...fields, bio, photoUrl };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
        (key) => JSON.stringify(before[key]) !== JSON.stringify(next[key]),
      );
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'person.update',
        entity: { type: 'person', id },
        // Field names, not values: a bio is content and stays out of the log's details.
        details: {
          changed,
          ...(before.slug !== row.slug ? { previousSlug: before.slug, slug: row.slug } : {}),
          ...(userId !== undefined && userId !== before.userId ? { userId } : {}),
        },
      });
      return ok(row, tagsForPersonChange({ slug: before.slug }, row));
    }),
  );
}

/** Refused while any story carries the person's byline: the refusal lists those stories. */
export async function deletePerson(db: Database, actor: Actor, input: unknown): Promise<Result<{ id: string; slug: string }>> {
  if (!can(actor, 'people:manage')) return forbidden();
  const parsed = await parseInput(personDeleteSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { id } = parsed.data;
  return db.transaction(async (tx): Promise<Result<{ id: string; slug: string }>> => {
    const [row] = await tx.select().from(people).where(eq(people.id, id)).for('update').limit(1);
    if (!row) return fail.notFound('That person no longer exists.');
    const [total] = await tx.select({ value: count() }).from(articleBylines).where(eq(articleBylines.personId, id));
    if ((total?.value ?? 0) > 0) {
      const listed = await tx
        .select({ id: articles.id, headline: articles.headlineText })
        .from(articleBylines)
        .innerJoin(articles, eq(articles.id, articleBylines.articleId))
        .where(eq(articleBylines.personId, id))
        .orderBy(asc(articles.headlineText), asc(articles.id))
        .limit(10);
      const used = { total: total?.value ?? 0, listed };
      return inUseFailure(`${row.name} has the byline on ${storyCount(used.total)}. Change the bylines first, then delete the profile.`, used);
    }
    await tx.delete(people).where(eq(people.id, id));
    await dropEntityRedirects(tx, 'person', id);
    await dropPhotoIfUnused(tx, row.photoUrl);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'person.delete',
      entity: { type: 'person', id },
      details: { slug: row.slug, name: row.name },
    });
    return ok({ id, slug: row.slug }, tagsForPersonChange({ slug: row.slug }, null));
  });
}
