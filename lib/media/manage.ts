import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database, Tx } from '@/db/connection';
import { foreignKeyViolation } from '@/db/errors';
import { findImageUsage, getImageRef } from '@/db/queries/images';
import { articles, images, imageVariants, sections, sources } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can, type Actor } from '@/lib/authz/policy';
import { type ArticleCacheFacts, tags, tagsForArticleChange } from '@/lib/cache-tags';
import { logger } from '@/lib/log/logger';
import { fail, type Failure, ok, parseInput, type Result } from '@/lib/result';
import { CONTENT_TYPES, EXTENSIONS, type ImageRef, type VariantFormat } from './image-ref';
import { removeUnreferenced, variantRows } from './ingest';
import { decodeImage, renderVariants } from './process';
import { imageIdSchema, imageUpdateSchema } from './schemas';
import { mediaStore, variantKey } from './storage';
import { runLimited } from './work-queue';

/*
 * Editing and deleting pictures in the library. Words (alt text, caption, credit, licence)
 * are a plain update; a new focal point re-cuts every crop from the stored original and
 * marks the old variants superseded — their URLs keep answering, because pages, feeds and
 * share previews cached elsewhere still point at them. A picture a story uses can't be
 * deleted: the refusal lists the stories.
 */

const GONE = 'That picture no longer exists.';

/** Readers' caches that show a picture: its own tag and every public story leading with it. */
async function tagsForImage(db: Database | Tx, imageId: string): Promise<string[]> {
  const rows = await db
    .select({ slug: articles.slug, status: articles.status, sourceSlug: sources.slug, sectionSlug: sections.slug })
    .from(articles)
    .leftJoin(sources, eq(articles.sourceId, sources.id))
    .leftJoin(sections, eq(articles.sectionId, sections.id))
    .where(and(eq(articles.leadImageId, imageId), eq(articles.status, 'published')));
  const touched = new Set<string>([tags.image(imageId)]);
  for (const row of rows) {
    const facts: ArticleCacheFacts = { slug: row.slug, public: true, sourceSlug: row.sourceSlug, sectionSlug: row.sectionSlug };
    for (const tag of tagsForArticleChange(facts, facts)) touched.add(tag);
  }
  return [...touched];
}

const sameFocus = (a: number, b: number) => Math.abs(a - b) < 1e-4;

export async function updateImage(db: Database, actor: Actor, input: unknown): Promise<Result<ImageRef>> {
  if (!can(actor, 'media:view')) return fail.forbidden('You can’t edit pictures.');
  const parsed = await parseInput(imageUpdateSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { id, focalX, focalY, ...words } = parsed.data;
  const [current] = await db.select().from(images).where(eq(images.id, id)).limit(1);
  if (!current) return fail.notFound(GONE);
  if (!can(actor, 'media:edit', { uploadedById: current.uploadedById })) {
    return fail.forbidden('Only the person who uploaded this picture, or an editor, can change it.');
  }

  const refocus = !sameFocus(current.focalX, focalX) || !sameFocus(current.focalY, focalY);
  // The slow part, outside the transaction: decode the original once and cut the new crops.
  const variants = refocus
    ? await runLimited('picture', async () => {
        const original = await mediaStore(db).get(current.originalKey);
        if (!original) throw new Error(`The original of image ${id} is missing from the media store`);
        return renderVariants(await decodeImage(original.bytes), focalX, focalY);
      })
    : [];

  const result = await db.transaction(async (tx): Promise<Result<string[]> | Failure> => {
    const [locked] = await tx.select({ id: images.id }).from(images).where(eq(images.id, id)).for('update').limit(1);
    if (!locked) return fail.notFound(GONE);
    if (refocus) {
      const store = mediaStore(tx);
      for (const variant of variants) await store.put(variantKey(variant.hash, EXTENSIONS[variant.format]), variant.bytes, CONTENT_TYPES[variant.format]);
      const now = new Date();
      await tx.update(imageVariants).set({ supersededAt: now }).where(and(eq(imageVariants.imageId, id), isNull(imageVariants.supersededAt)));
      // A focal point tried before and back again: its rows exist, and become current again.
      await tx
        .insert(imageVariants)
        .values(variantRows(id, variants, focalX, focalY))
        .onConflictDoUpdate({ target: [imageVariants.hash, imageVariants.imageId], set: { supersededAt: null } });
    }
    await tx.update(images).set({ ...words, focalX, focalY, updatedAt: new Date() }).where(eq(images.id, id));
    const changed = Object.fromEntries(
      Object.entries({ ...words, focalX, focalY }).filter(([key, value]) => current[key as keyof typeof current] !== value),
    );
    // Which fields changed, not the words themselves (the log holds codes and ids).
    await recordAudit(tx, { actorId: actor.id, action: 'image.update', entity: { type: 'image', id }, details: { changed: Object.keys(changed) } });
    return ok([], await tagsForImage(tx, id));
  });
  if (!result.ok) return result;
  const ref = await getImageRef(db, id);
  if (!ref) return fail.notFound(GONE);
  return ok(ref, result.tags);
}

export interface DeletedImage {
  id: string;
}

function usedBy(stories: { headline: string }[]): Failure {
  const names = stories.map((story) => `“${story.headline || 'Untitled'}”`);
  const message = `This picture can’t be deleted: ${stories.length === 1 ? 'a story uses' : `${stories.length} stories use`} it (${names.join(', ')}). Choose another picture for ${stories.length === 1 ? 'it' : 'them'} first.`;
  return { ...fail.conflict(message), fieldErrors: { usage: names } };
}

export async function deleteImage(db: Database, actor: Actor, input: unknown): Promise<Result<DeletedImage>> {
  const parsed = await parseInput(imageIdSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { id } = parsed.data;
  const [current] = await db.select().from(images).where(eq(images.id, id)).limit(1);
  if (!current) return fail.notFound(GONE);
  if (!can(actor, 'media:delete', { uploadedById: current.uploadedById })) {
    return fail.forbidden('Only the person who uploaded this picture, or an editor, can delete it.');
  }
  const usage = await findImageUsage(db, id);
  if (usage.length > 0) return usedBy(usage);

  let removed: { hashes: string[]; formats: Map<string, VariantFormat> };
  try {
    removed = await db.transaction(async (tx) => {
      const variants = await tx.select({ hash: imageVariants.hash, format: imageVariants.format }).from(imageVariants).where(eq(imageVariants.imageId, id));
      await tx.delete(images).where(eq(images.id, id)); // variants cascade; a story's reference restricts
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'image.delete',
        entity: { type: 'image', id },
        details: { format: current.originalFormat, variants: variants.length },
      });
      const formats = new Map(variants.map((variant) => [variant.hash, variant.format as VariantFormat]));
      // Postgres mode: the bytes go in the same transaction as the rows.
      const store = mediaStore(tx);
      if (store.kind === 'postgres') {
        await removeUnreferenced(tx, store, [...formats.keys()], [current.originalKey], (hash) => variantKey(hash, EXTENSIONS[formats.get(hash) ?? 'jpeg']));
      }
      return { hashes: [...formats.keys()], formats };
    });
  } catch (error) {
    // A story took the picture between the check and the delete.
    if (foreignKeyViolation(error)) return usedBy(await findImageUsage(db, id));
    throw error;
  }
  const store = mediaStore(db);
  if (store.kind === 's3') {
    // After the commit: an object deleted for rows that then failed to go would break them.
    await removeUnreferenced(db, store, removed.hashes, [current.originalKey], (hash) => variantKey(hash, EXTENSIONS[removed.formats.get(hash) ?? 'jpeg'])).catch(
      (error: unknown) => logger.warn({ err: error, code: 'image_objects_left', imageId: id }, 'image objects left in the bucket'),
    );
  }
  return ok({ id }, [tags.image(id)]);
}

/** Whether any of these pictures lacks alt text (for the editor's publish check). */
export async function imagesMissingAlt(db: Database, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: images.id }).from(images).where(and(inArray(images.id, [...ids]), isNull(images.altText)));
  return rows.map((row) => row.id);
}
