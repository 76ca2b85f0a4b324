import { crc32 } from 'node:zlib';
import { eq } from 'drizzle-orm';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { findImageUsage, getImageRef } from '@/db/queries/images';
import { articles, auditLog, imageVariants } from '@/db/schema';
import { insertTestArticle, insertTestUser, withTestDatabase } from '@/db/test-support';
import { type ImageRef, pickVariant, srcSet, variantsOf } from './image-ref';
import { ingestImage } from './ingest';
import { IMAGE_MAX_BYTES } from './limits';
import { deleteImage, updateImage } from './manage';
import { decodeImage, UnreadableImageError } from './process';
import { mediaStore } from './storage';
import { fileOf, makeTestJpeg, storeTestImage, TEST_GPS, TEST_SERIAL } from './test-support';

/*
 * The media library end to end below the HTTP layer: real sharp, the real store (Postgres,
 * or S3 when S3_BUCKET is set — `npm run test:s3` runs this file against s3rver).
 */

let db: Database;
withTestDatabase((opened) => {
  db = opened;
});

const storeMode = process.env.S3_BUCKET ? 's3' : 'postgres';

async function fetchVariant(url: string): Promise<Uint8Array> {
  const match = /^\/media\/i\/([0-9a-f]{32})\.(avif|webp|jpg)$/.exec(url);
  if (!match) throw new Error(`Not a variant URL: ${url}`);
  const object = await mediaStore(db).get(`v/${match[1]}.${match[2]}`);
  if (!object) throw new Error(`No object for ${url}`);
  return object.bytes;
}

/** The colour at a point of a picture, as [r, g, b]. */
async function colourAt(bytes: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const offset = (Math.floor(y * (info.height - 1)) * info.width + Math.floor(x * (info.width - 1))) * info.channels;
  return [data[offset] ?? 0, data[offset + 1] ?? 0, data[offset + 2] ?? 0];
}

const isRed = ([r = 0, g = 0, b = 0]: number[]) => r > 150 && g < 90 && b < 90;
const isBlue = ([r = 0, g = 0, b = 0]: number[]) => b > 150 && r < 90 && g < 110;

async function upload(bytes: Uint8Array, name = 'photo.jpg', type = 'image/jpeg') {
  const { actor } = await insertTestUser(db);
  return ingestImage(db, actor, { file: fileOf(bytes, name, type), altText: 'A test picture' });
}

function refusalOf(result: Awaited<ReturnType<typeof ingestImage>>): string {
  if (result.ok) throw new Error('Expected the upload to be refused');
  return result.fieldErrors.file?.[0] ?? result.message;
}

describe(`variants (${storeMode} store)`, () => {
  let ref: ImageRef;

  it('makes AVIF and WebP at several widths for 16:9, 4:3 and 1:1, and a 1200×630 JPEG share crop', async () => {
    ref = await storeTestImage(db, { width: 1600, height: 1200 });
    expect(ref).toMatchObject({ width: 1600, height: 1200, focalX: 0.5, focalY: 0.5, alt: 'A red and blue test card' });
    const widths = (aspect: '16:9' | '4:3' | '1:1', format: 'avif' | 'webp') => variantsOf(ref, aspect, format).map((v) => v.width);
    for (const format of ['avif', 'webp'] as const) {
      expect(widths('16:9', format)).toEqual([480, 800, 1200, 1600]);
      expect(widths('4:3', format)).toEqual([480, 800, 1200]);
      expect(widths('1:1', format)).toEqual([480, 800, 1200]);
    }
    expect(variantsOf(ref, 'og', 'jpeg')).toEqual([expect.objectContaining({ width: 1200, height: 630 })]);
    expect(srcSet(ref, '16:9', 'avif')).toMatch(/^\/media\/i\/[0-9a-f]{32}\.avif 480w, .* 1600w$/);
    expect(pickVariant(ref, '1:1', 'webp', 1200)).toMatchObject({ width: 1200, height: 1200 });
  });

  it('stores bytes whose real format and size are what the variant says', async () => {
    for (const variant of ref.variants) {
      const meta = await sharp(await fetchVariant(variant.url)).metadata();
      expect({ url: variant.url, format: meta.format === 'heif' ? 'avif' : meta.format, width: meta.width, height: meta.height }).toEqual({
        url: variant.url,
        format: variant.format,
        width: variant.width,
        height: variant.height,
      });
    }
  });

  it('always makes a 1200 px variant of each aspect, enlarging a small picture if it must', async () => {
    const small = await storeTestImage(db, { width: 900, height: 600 });
    for (const aspect of ['16:9', '4:3', '1:1'] as const) {
      expect(pickVariant(small, aspect, 'avif', 1200)?.width).toBe(1200);
      // Never wider than the crop otherwise: 1600 would only be an enlargement.
      expect(variantsOf(small, aspect, 'avif').every((v) => v.width <= 900 || v.width === 1200)).toBe(true);
    }
  });
});

describe('metadata', () => {
  it('applies EXIF orientation first and strips GPS, camera serials and all other metadata from every variant', async () => {
    // Stored sideways (1200×800) with "rotate 90° clockwise": it is a 800×1200 portrait.
    const bytes = await makeTestJpeg({ width: 1200, height: 800, orientation: 6, withPrivateExif: true });
    const source = await exifr.parse(bytes, { gps: true });
    expect(source).toMatchObject({ latitude: TEST_GPS.latitude, SerialNumber: TEST_SERIAL });

    const ref = await storeTestImage(db, { bytes });
    expect({ width: ref.width, height: ref.height }).toEqual({ width: 800, height: 1200 });
    for (const variant of ref.variants) {
      const variantBytes = await fetchVariant(variant.url);
      const meta = await sharp(variantBytes).metadata();
      expect(meta.exif, variant.url).toBeUndefined();
      expect(meta.orientation ?? 1, variant.url).toBe(1);
      expect(meta.icc, variant.url).toBeUndefined();
      expect(await exifr.parse(variantBytes, { gps: true }).catch(() => undefined), variant.url).toBeUndefined();
      expect(Buffer.from(variantBytes).includes(TEST_SERIAL), variant.url).toBe(false);
    }
    // The left half (red) is on top once turned: the square crop is red above, blue below.
    const square = pickVariant(ref, '1:1', 'webp', 480);
    if (!square) throw new Error('no square variant');
    const squareBytes = await fetchVariant(square.url);
    expect(isRed(await colourAt(squareBytes, 0.5, 0.2))).toBe(true);
    expect(isBlue(await colourAt(squareBytes, 0.5, 0.8))).toBe(true);
  });
});

describe('focal point', () => {
  it('crops every aspect around the focal point; a new focal point makes new URLs and the old ones keep working', async () => {
    const { actor } = await insertTestUser(db);
    const ref = await storeTestImage(db, { actor, width: 2000, height: 1000 });
    const before = pickVariant(ref, '1:1', 'webp', 480);
    if (!before) throw new Error('no square variant');
    // Centred: the square straddles the red/blue border.
    const centred = await fetchVariant(before.url);
    expect(isRed(await colourAt(centred, 0.1, 0.6))).toBe(true);
    expect(isBlue(await colourAt(centred, 0.9, 0.6))).toBe(true);

    const moved = await updateImage(db, actor, { id: ref.id, altText: 'A test picture', focalX: 0.05, focalY: 0.5 });
    if (!moved.ok) throw new Error(moved.message);
    expect(moved.value).toMatchObject({ focalX: 0.05, focalY: 0.5 });
    const after = pickVariant(moved.value, '1:1', 'webp', 480);
    if (!after) throw new Error('no square variant');
    expect(after.url).not.toBe(before.url);
    // Focused on the left edge: all red.
    const left = await fetchVariant(after.url);
    expect(isRed(await colourAt(left, 0.1, 0.6))).toBe(true);
    expect(isRed(await colourAt(left, 0.9, 0.6))).toBe(true);
    // Pages cached with the old crop still get their picture.
    expect((await fetchVariant(before.url)).byteLength).toBeGreaterThan(0);
    expect(moved.value.variants.map((v) => v.url)).not.toContain(before.url);
    expect(moved.tags).toContain(`image:${ref.id}`);
  });

  it('changing only the words keeps the URLs', async () => {
    const { actor } = await insertTestUser(db);
    const ref = await storeTestImage(db, { actor });
    const saved = await updateImage(db, actor, { id: ref.id, altText: 'New words', caption: 'A caption', credit: 'Jo Photo / Agency', licence: 'CC BY 4.0', focalX: 0.5, focalY: 0.5 });
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.value).toMatchObject({ alt: 'New words', caption: 'A caption', credit: 'Jo Photo / Agency', licence: 'CC BY 4.0' });
    expect(saved.value.variants.map((v) => v.url).sort()).toEqual(ref.variants.map((v) => v.url).sort());
  });

  it('refuses a focal point off the picture with a field error', async () => {
    const { actor } = await insertTestUser(db);
    const ref = await storeTestImage(db, { actor });
    const result = await updateImage(db, actor, { id: ref.id, focalX: 1.5, focalY: -1 });
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { focalX: [expect.any(String)], focalY: [expect.any(String)] } });
  });
});

/** A PNG header that claims `width`×`height` (the CRC fixed up so it is a well-formed file). */
function pngClaiming(width: number, height: number): Uint8Array {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('bad input: a clear message, nothing stored', () => {
  async function imageCount() {
    return (await db.$count(auditLog, eq(auditLog.action, 'image.upload')));
  }

  it('refuses a file that is not a picture, whatever its name and type say', async () => {
    const count = await imageCount();
    const html = new TextEncoder().encode('<!doctype html><script>alert(document.cookie)</script>');
    expect(refusalOf(await upload(html, 'photo.jpg', 'image/jpeg'))).toMatch(/isn’t a picture, whatever its name says/);
    expect(refusalOf(await upload(new TextEncoder().encode('just some text'), 'photo.png', 'image/png'))).toMatch(/isn’t a picture/);
    expect(await imageCount()).toBe(count);
  });

  it('refuses SVG, even named .png', async () => {
    const svg = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><script>alert(1)</script></svg>');
    expect(refusalOf(await upload(svg, 'logo.png', 'image/png'))).toMatch(/SVG files aren’t accepted/);
    expect(refusalOf(await upload(svg, 'logo.svg', 'image/svg+xml'))).toMatch(/SVG/);
  });

  it('refuses a truncated JPEG', async () => {
    const whole = await makeTestJpeg({ width: 1200, height: 900 });
    const result = await upload(whole.subarray(0, Math.floor(whole.byteLength * 0.6)));
    expect(refusalOf(result)).toMatch(/damaged or cut short/);
    expect(result).toMatchObject({ refusal: 'corrupt' });
  });

  it('refuses a 100-megapixel decompression bomb before decoding it', async () => {
    const bomb = pngClaiming(10_000, 10_000);
    expect(bomb.byteLength).toBeLessThan(100);
    expect(refusalOf(await upload(bomb, 'tiny.png', 'image/png'))).toMatch(/10000×10000 pixels \(100 megapixels\); at most 50 megapixels/);
  });

  it('has sharp refuse to decode past 50 megapixels even if the header check were skipped', async () => {
    const big = await sharp({ create: { width: 7200, height: 7200, channels: 3, background: '#000' } }).png({ compressionLevel: 1 }).toBuffer();
    await expect(decodeImage(big)).rejects.toBeInstanceOf(UnreadableImageError);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const big = new Uint8Array(IMAGE_MAX_BYTES + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(refusalOf(await upload(big))).toMatch(/at most 20 MB; this file is 20 MB/);
  });

  it('re-encodes a polyglot (a JPEG with HTML appended): nothing appended survives in any variant', async () => {
    const jpeg = await makeTestJpeg({ width: 1200, height: 900 });
    const payload = '<html><body><script>alert(document.domain)</script></body></html>';
    const polyglot = Buffer.concat([jpeg, Buffer.from(payload)]);
    const result = await upload(polyglot, 'photo.html', 'text/html');
    if (!result.ok) throw new Error(result.message);
    for (const variant of result.value.variants) {
      const bytes = Buffer.from(await fetchVariant(variant.url));
      expect(bytes.includes('<script'), variant.url).toBe(false);
      expect(bytes.includes('<html'), variant.url).toBe(false);
      expect(variant.url).toMatch(/\.(avif|webp|jpg)$/);
    }
  });

  it('refuses a signed-out upload', async () => {
    const result = await ingestImage(db, null, { file: fileOf(await makeTestJpeg()) });
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('refuses an empty file and a missing one', async () => {
    expect(refusalOf(await upload(new Uint8Array(0)))).toMatch(/empty/);
    const { actor } = await insertTestUser(db);
    expect(refusalOf(await ingestImage(db, actor, { file: 'not a file' }))).toMatch(/Choose a picture/);
  });

  it('takes 20 uploads at once: every one is stored, each with its own variants', async () => {
    const { actor } = await insertTestUser(db);
    const files = await Promise.all(Array.from({ length: 20 }, (_, i) => makeTestJpeg({ width: 1000 + i * 10, height: 800 })));
    const results = await Promise.all(files.map((bytes) => ingestImage(db, actor, { file: fileOf(bytes) })));
    expect(results.map((result) => result.ok)).toEqual(Array(20).fill(true));
    const ids = new Set(results.map((result) => (result.ok ? result.value.id : '')));
    expect(ids.size).toBe(20);
  }, 120_000);
});

describe('policy and audit', () => {
  it('a writer may describe their own picture but not a colleague’s; an editor may', async () => {
    const owner = (await insertTestUser(db)).actor;
    const colleague = (await insertTestUser(db)).actor;
    const editor = (await insertTestUser(db, { role: 'editor' })).actor;
    const ref = await storeTestImage(db, { actor: owner });
    const words = { id: ref.id, altText: 'Changed', focalX: 0.5, focalY: 0.5 };
    expect(await updateImage(db, colleague, words)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await deleteImage(db, colleague, { id: ref.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await updateImage(db, owner, words)).toMatchObject({ ok: true });
    expect(await updateImage(db, editor, { ...words, altText: 'Edited by the desk' })).toMatchObject({ ok: true });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, ref.id));
    expect(audit.map((row) => row.action).sort()).toEqual(['image.update', 'image.update', 'image.upload']);
    expect(await deleteImage(db, editor, { id: ref.id })).toMatchObject({ ok: true });
  });
});

describe('deleting', () => {
  it('refuses to delete a picture a story uses, naming the story; once free, it goes with its bytes', async () => {
    const { actor } = await insertTestUser(db);
    // Its own size: equal bytes would be shared with another test's picture, and kept.
    const ref = await storeTestImage(db, { actor, width: 1234, height: 987 });
    const story = await insertTestArticle(db, { slug: 'harbour-opens', headline: 'The harbour opens', leadImageId: ref.id });
    const refused = await deleteImage(db, actor, { id: ref.id });
    expect(refused).toMatchObject({ ok: false, code: 'conflict' });
    if (refused.ok) return;
    expect(refused.message).toContain('“The harbour opens”');
    expect(await getImageRef(db, ref.id)).not.toBeNull();
    expect(await findImageUsage(db, ref.id)).toEqual([expect.objectContaining({ slug: 'harbour-opens' })]);

    await db.update(articles).set({ leadImageId: null }).where(eq(articles.id, story.id));
    const deleted = await deleteImage(db, actor, { id: ref.id });
    expect(deleted).toMatchObject({ ok: true });
    expect(await getImageRef(db, ref.id)).toBeNull();
    expect(await db.$count(imageVariants, eq(imageVariants.imageId, ref.id))).toBe(0);
    const first = ref.variants[0];
    if (!first) throw new Error('no variants');
    await expect(fetchVariant(first.url)).rejects.toThrow(/No object/);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, ref.id));
    expect(audit.map((row) => row.action)).toContain('image.delete');
  });

  it('keeps bytes another picture still uses (the same file uploaded twice)', async () => {
    const { actor } = await insertTestUser(db);
    const bytes = await makeTestJpeg({ width: 1000, height: 700 });
    const first = await storeTestImage(db, { actor, bytes });
    const second = await storeTestImage(db, { actor, bytes });
    expect(second.variants.map((v) => v.url).sort()).toEqual(first.variants.map((v) => v.url).sort());
    expect(await deleteImage(db, actor, { id: first.id })).toMatchObject({ ok: true });
    for (const variant of second.variants) expect((await fetchVariant(variant.url)).byteLength).toBeGreaterThan(0);
  });
});
