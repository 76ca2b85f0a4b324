import { and, asc, desc, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { type Aspect, type ImageRef, type ImageVariant, type VariantAspect, type VariantFormat, variantUrl } from '../../lib/media/image-ref';
import { PREVIEW_ASPECT } from '../../lib/media/variant-plan';
import type { StoryCursor } from '../../lib/paging/cursor';
import type { Database } from '../connection';
import { articles, images, imageVariants, users } from '../schema';

/*
 * Reads of the media library (lib/media). Readers' pages get pictures as `ImageRef`s: the
 * words and the current crop's variants, never the original or superseded crops.
 */

function toVariant(row: { hash: string; aspect: string; format: string; width: number; height: number }): ImageVariant {
  const format = row.format as VariantFormat;
  return { aspect: row.aspect as Aspect | VariantAspect, format, width: row.width, height: row.height, url: variantUrl(row.hash, format) };
}

/** The pictures with these ids that exist, by id (missing ids are simply absent). */
export async function getImageRefs(db: Database, ids: readonly string[]): Promise<Map<string, ImageRef>> {
  const unique = [...new Set(ids)];
  const refs = new Map<string, ImageRef>();
  if (unique.length === 0) return refs;
  const [rows, variantRows] = await Promise.all([
    db
      .select({
        id: images.id,
        alt: images.altText,
        caption: images.caption,
        credit: images.credit,
        licence: images.licence,
        width: images.width,
        height: images.height,
        focalX: images.focalX,
        focalY: images.focalY,
      })
      .from(images)
      .where(inArray(images.id, unique)),
    db
      .select({
        imageId: imageVariants.imageId,
        hash: imageVariants.hash,
        aspect: imageVariants.aspect,
        format: imageVariants.format,
        width: imageVariants.width,
        height: imageVariants.height,
      })
      .from(imageVariants)
      .where(and(inArray(imageVariants.imageId, unique), isNull(imageVariants.supersededAt), ne(imageVariants.aspect, PREVIEW_ASPECT)))
      .orderBy(asc(imageVariants.aspect), asc(imageVariants.format), asc(imageVariants.width)),
  ]);
  for (const row of rows) refs.set(row.id, { ...row, variants: [] });
  for (const { imageId, ...variant } of variantRows) refs.get(imageId)?.variants.push(toVariant(variant));
  return refs;
}

export async function getImageRef(db: Database, id: string): Promise<ImageRef | null> {
  return (await getImageRefs(db, [id])).get(id) ?? null;
}

/** The uncropped preview the library shows to pick a focal point. */
export async function findImagePreview(db: Database, imageId: string) {
  const [row] = await db
    .select({ hash: imageVariants.hash, format: imageVariants.format, width: imageVariants.width, height: imageVariants.height })
    .from(imageVariants)
    .where(and(eq(imageVariants.imageId, imageId), eq(imageVariants.aspect, PREVIEW_ASPECT), isNull(imageVariants.supersededAt)))
    .limit(1);
  return row ? { url: variantUrl(row.hash, row.format as VariantFormat), width: row.width, height: row.height } : null;
}

/** The whole row, for the library's detail page and the commands. */
export async function findImage(db: Database, id: string) {
  const [row] = await db
    .select({
      id: images.id,
      originalKey: images.originalKey,
      originalFormat: images.originalFormat,
      originalByteSize: images.originalByteSize,
      originalName: images.originalName,
      width: images.width,
      height: images.height,
      altText: images.altText,
      caption: images.caption,
      credit: images.credit,
      licence: images.licence,
      focalX: images.focalX,
      focalY: images.focalY,
      uploadedById: images.uploadedById,
      uploadedByName: users.name,
      createdAt: images.createdAt,
      updatedAt: images.updatedAt,
    })
    .from(images)
    .leftJoin(users, eq(images.uploadedById, users.id))
    .where(eq(images.id, id))
    .limit(1);
  return row ?? null;
}

/** The stories that show this picture (any status): it can't be deleted while there are any. */
export function findImageUsage(db: Database, imageId: string) {
  return db
    .select({ id: articles.id, slug: articles.slug, headline: articles.headlineText, status: articles.status })
    .from(articles)
    .where(eq(articles.leadImageId, imageId))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(100);
}

export interface LibraryFilter {
  /** Words in the alt text, caption or credit. */
  q?: string;
  /** Older than this position (the next page). */
  before?: StoryCursor | null;
  pageSize: number;
}

const cursorMicros = sql<string>`(extract(epoch from ${images.createdAt}) * 1000000)::bigint::text`;

/** A page of the library, newest first, keyset-paged on (created_at, id). */
export async function listLibrary(db: Database, filter: LibraryFilter) {
  const conditions: SQL[] = [];
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(or(ilike(images.altText, pattern), ilike(images.caption, pattern), ilike(images.credit, pattern)) as SQL);
  }
  if (filter.before) {
    conditions.push(
      sql`(${images.createdAt}, ${images.id}) < (timestamptz 'epoch' + ${filter.before.micros}::bigint * interval '1 microsecond', ${filter.before.id}::uuid)`,
    );
  }
  const rows = await db
    .select({
      id: images.id,
      altText: images.altText,
      caption: images.caption,
      credit: images.credit,
      width: images.width,
      height: images.height,
      uploadedById: images.uploadedById,
      createdAt: images.createdAt,
      cursorMicros,
    })
    .from(images)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(images.createdAt), desc(images.id))
    .limit(filter.pageSize + 1);
  const page = rows.slice(0, filter.pageSize);
  const last = page.at(-1);
  const older: StoryCursor | null = rows.length > filter.pageSize && last ? { micros: last.cursorMicros, id: last.id } : null;
  const refs = await getImageRefs(db, page.map((row) => row.id));
  return {
    items: page.map(({ cursorMicros: _cursor, ...row }) => ({ ...row, ref: refs.get(row.id) ?? null })),
    older,
  };
}

/** Storage keys still referenced by some variant or original: the others may be deleted. */
export async function referencedKeys(db: Database, hashes: readonly string[], originalKeys: readonly string[]) {
  const [variantRows, originalRows] = await Promise.all([
    hashes.length > 0
      ? db.selectDistinct({ hash: imageVariants.hash }).from(imageVariants).where(inArray(imageVariants.hash, [...hashes]))
      : Promise.resolve([]),
    originalKeys.length > 0
      ? db.selectDistinct({ key: images.originalKey }).from(images).where(inArray(images.originalKey, [...originalKeys]))
      : Promise.resolve([]),
  ]);
  return { hashes: new Set(variantRows.map((row) => row.hash)), originals: new Set(originalRows.map((row) => row.key)) };
}
