import { createHash } from 'node:crypto';
import type { Database } from '@/db/connection';
import { getImageRef, referencedKeys } from '@/db/queries/images';
import { images, imageVariants } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can, type Actor } from '@/lib/authz/policy';
import { logger } from '@/lib/log/logger';
import { fail, ok, parseInput, type Result } from '@/lib/result';
import { CONTENT_TYPES, EXTENSIONS, type ImageRef } from './image-ref';
import { checkSize, inspectImage, refusal, type Refusal, type RefusalCode } from './inspect';
import { decodeImage, type RenderedVariant, renderVariants, UnreadableImageError } from './process';
import { imageWordsSchema } from './schemas';
import { type MediaStore, mediaStore, originalKey, variantKey } from './storage';
import { runLimited } from './work-queue';

/*
 * Upload → library: checks the actor, the words and the bytes; decodes once and makes every
 * variant (lib/media/process.ts) in the work queue; then stores bytes and rows together.
 * In Postgres mode the bytes are written in the same transaction as the rows; in S3 mode
 * they are written first and removed again if the rows don't commit.
 */

export interface IngestInput {
  file: unknown;
  altText?: unknown;
  caption?: unknown;
  credit?: unknown;
  licence?: unknown;
}

/** A refused file: the failure's field error on `file` says why; `code` is for machines. */
export type IngestResult = Result<ImageRef> & { refusal?: RefusalCode };

function refused(reason: Refusal): IngestResult {
  return { ...fail.invalid({ file: [reason.message] }, reason.message), refusal: reason.code };
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

async function storeVariants(store: MediaStore, variants: readonly RenderedVariant[]): Promise<string[]> {
  const keys: string[] = [];
  for (const variant of variants) {
    const key = variantKey(variant.hash, EXTENSIONS[variant.format]);
    await store.put(key, variant.bytes, CONTENT_TYPES[variant.format]);
    keys.push(key);
  }
  return keys;
}

export function variantRows(imageId: string, variants: readonly RenderedVariant[], focalX: number, focalY: number) {
  // Two variants with the same bytes (tiny pictures) are one object and one row.
  const seen = new Set<string>();
  return variants
    .filter((variant) => !seen.has(variant.hash) && seen.add(variant.hash))
    .map((variant) => ({
      hash: variant.hash,
      imageId,
      aspect: variant.aspect,
      format: variant.format,
      width: variant.width,
      height: variant.height,
      byteSize: variant.bytes.byteLength,
      focalX,
      focalY,
    }));
}

/** Removes objects written for rows that never committed, unless something else uses them. */
export async function removeUnreferenced(db: Database, store: MediaStore, hashes: string[], originals: string[], keyOf: (hash: string) => string) {
  const still = await referencedKeys(db, hashes, originals);
  const keys = [
    ...hashes.filter((hash) => !still.hashes.has(hash)).map(keyOf),
    ...originals.filter((key) => !still.originals.has(key)),
  ];
  await store.delete(keys);
}

export async function ingestImage(db: Database, actor: Actor | null, input: IngestInput, name = ''): Promise<IngestResult> {
  if (!actor) return fail.forbidden('Sign in to upload pictures.');
  if (!can(actor, 'media:upload')) return fail.forbidden('You can’t upload pictures.');
  const words = await parseInput(imageWordsSchema, input);
  if (!words.ok) return words.failure;
  if (!isBlob(input.file)) return refused(refusal('empty', 'Choose a picture to upload.'));
  const tooBig = checkSize(input.file.size);
  if (tooBig) return refused(tooBig);

  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const inspected = await inspectImage(bytes);
  if (!inspected.ok) return refused(inspected);

  let variants: RenderedVariant[];
  let size: { width: number; height: number };
  try {
    ({ variants, size } = await runLimited('picture', async () => {
      const decoded = await decodeImage(bytes);
      return { variants: await renderVariants(decoded, 0.5, 0.5), size: { width: decoded.width, height: decoded.height } };
    }));
  } catch (error) {
    if (!(error instanceof UnreadableImageError)) throw error;
    logger.info({ code: 'image_unreadable', format: inspected.format, err: error.cause }, 'image refused');
    return refused(refusal('corrupt', `This ${inspected.format.toUpperCase()} file is damaged or cut short and can’t be read. Export it again and retry.`));
  }

  const original = originalKey(createHash('sha256').update(bytes).digest('hex'));
  const fileName = (input.file instanceof File ? input.file.name : name).slice(0, 255);
  const hashes = variants.map((variant) => variant.hash);
  try {
    const id = await db.transaction(async (tx) => {
      const store = mediaStore(tx);
      await store.put(original, bytes, `image/${inspected.format}`);
      await storeVariants(store, variants);
      const [row] = await tx
        .insert(images)
        .values({
          originalKey: original,
          originalFormat: inspected.format,
          originalByteSize: bytes.byteLength,
          originalName: fileName,
          width: size.width,
          height: size.height,
          ...words.data,
          uploadedById: actor.id,
        })
        .returning({ id: images.id });
      if (!row) throw new Error('Storing an image returned no row');
      await tx.insert(imageVariants).values(variantRows(row.id, variants, 0.5, 0.5));
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'image.upload',
        entity: { type: 'image', id: row.id },
        details: { format: inspected.format, width: size.width, height: size.height, bytes: bytes.byteLength, variants: variants.length },
      });
      return row.id;
    });
    const ref = await getImageRef(db, id);
    if (!ref) throw new Error('A stored image could not be read back');
    // A new picture is on no page yet: no cache tag to invalidate.
    return ok(ref);
  } catch (error) {
    const store = mediaStore(db);
    if (store.kind === 's3') {
      await removeUnreferenced(db, store, hashes, [original], (hash) => {
        const variant = variants.find((candidate) => candidate.hash === hash);
        return variantKey(hash, EXTENSIONS[variant?.format ?? 'jpeg']);
      }).catch((cleanupError: unknown) => logger.warn({ err: cleanupError, code: 'image_cleanup_failed' }, 'orphaned image objects'));
    }
    throw error;
  }
}
