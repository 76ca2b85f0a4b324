import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_TYPES, EXTENSIONS } from '../../lib/media/image-ref';
import { variantRows } from '../../lib/media/ingest';
import { contentHash } from '../../lib/media/process';
import { type MediaStore, mediaStore, originalKey, variantKey } from '../../lib/media/storage';
import type { Tx } from '../connection';
import { images, imageVariants, mediaBlobs } from '../schema';
import { DEMO_IMAGE_CREDIT, DEMO_IMAGE_DIR, type DemoImageManifest, demoImages } from './demo-images';

/**
 * One INSERT for a picture's objects in the embedded store (each statement costs ~20 ms on
 * PGlite, and a picture has 22 objects); one put each in S3.
 */
async function storeAll(tx: Tx, store: MediaStore, objects: { key: string; bytes: Buffer; contentType: string }[]) {
  if (store.kind !== 'postgres') {
    for (const object of objects) await store.put(object.key, object.bytes, object.contentType);
    return;
  }
  await tx
    .insert(mediaBlobs)
    .values(objects.map(({ key, bytes, contentType }) => ({ key, contentType, data: bytes, byteSize: bytes.byteLength })))
    .onConflictDoNothing({ target: mediaBlobs.key });
}

/**
 * Puts the demo pictures in the media library, as ingestImage would have stored them —
 * original, every variant, words and focal point — but from the files `npm run seed:images`
 * rendered once (db/seed/demo-images/), so a seed takes milliseconds, not half a minute of
 * AVIF encoding. Returns each picture's id by the slug of the story it leads.
 */
export async function seedDemoImages(tx: Tx): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(path.join(DEMO_IMAGE_DIR, 'manifest.json'), 'utf8')) as DemoImageManifest;
  const store = mediaStore(tx);
  const ids = new Map<string, string>();
  for (const image of demoImages) {
    const entry = manifest[image.storySlug];
    if (!entry) continue; // Drawn but not rendered yet: the story goes without.
    const original = await readFile(path.join(DEMO_IMAGE_DIR, entry.original));
    const key = originalKey(createHash('sha256').update(original).digest('hex'));
    const rendered = await Promise.all(
      entry.variants.map(async ({ file, ...variant }) => {
        const bytes = await readFile(path.join(DEMO_IMAGE_DIR, file));
        return { ...variant, bytes, hash: contentHash(bytes) };
      }),
    );
    await storeAll(tx, store, [
      { key, bytes: original, contentType: 'image/jpeg' },
      ...rendered.map((variant) => ({
        key: variantKey(variant.hash, EXTENSIONS[variant.format]),
        bytes: variant.bytes,
        contentType: CONTENT_TYPES[variant.format],
      })),
    ]);
    const [row] = await tx
      .insert(images)
      .values({
        originalKey: key,
        originalFormat: 'jpeg',
        originalByteSize: original.byteLength,
        originalName: entry.original,
        width: entry.width,
        height: entry.height,
        altText: image.alt,
        caption: image.caption,
        credit: DEMO_IMAGE_CREDIT,
        licence: 'Newsdesk demo content',
        focalX: image.focal.x,
        focalY: image.focal.y,
      })
      .returning({ id: images.id });
    if (!row) throw new Error(`Seeding the picture for ${image.storySlug} returned no row`);
    await tx.insert(imageVariants).values(variantRows(row.id, rendered, image.focal.x, image.focal.y));
    ids.set(image.storySlug, row.id);
  }
  return ids;
}
