// Test-only: pictures made on the spot with sharp, and a helper that puts one in the library.
import sharp from 'sharp';
import type { Database } from '@/db/connection';
import { insertTestUser } from '@/db/test-support';
import type { Actor } from '@/lib/authz/policy';
import type { ImageRef } from './image-ref';
import { ingestImage } from './ingest';

export interface TestJpegOptions {
  width?: number;
  height?: number;
  /** EXIF orientation 1–8; 6 means "rotate 90° clockwise to show". */
  orientation?: number;
  /** Camera make/model/serial and a GPS position, as a phone or camera would write them. */
  withPrivateExif?: boolean;
  quality?: number;
}

/** The GPS position `withPrivateExif` writes (London), to look for in variants. */
export const TEST_GPS = { latitude: 51.5, longitude: -0.11666666666666667 };
export const TEST_SERIAL = 'SN-NEWSDESK-0042';

/**
 * A JPEG whose left half is red and right half blue (top strip green), so a crop shows which
 * part of the picture it came from.
 */
export async function makeTestJpeg({ width = 1600, height = 1200, orientation, withPrivateExif = false, quality = 85 }: TestJpegOptions = {}): Promise<Buffer> {
  const half = Math.floor(width / 2);
  const strip = Math.max(1, Math.floor(height / 10));
  let image = sharp({ create: { width, height, channels: 3, background: '#d02020' } }).composite([
    { input: { create: { width: width - half, height, channels: 3, background: '#2040d0' } }, left: half, top: 0 },
    { input: { create: { width, height: strip, channels: 3, background: '#20b040' } }, left: 0, top: 0 },
  ]);
  if (withPrivateExif) {
    image = image.withExif({
      IFD0: { Make: 'Canon', Model: 'EOS R5', Artist: 'Test Photographer' },
      IFD2: { BodySerialNumber: TEST_SERIAL },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    });
  }
  if (orientation) image = image.withMetadata({ orientation });
  return image.jpeg({ quality }).toBuffer();
}

/** A photo-like 12-megapixel JPEG (smooth noise, ~1–2 MB): the bench's and the timing test's input. */
export async function makePhotoJpeg(width = 4000, height = 3000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } } })
    .blur(4)
    .modulate({ saturation: 1.6 })
    .jpeg({ quality: 88 })
    .toBuffer();
}

export function fileOf(bytes: Uint8Array, name = 'photo.jpg', type = 'image/jpeg'): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

/**
 * Uploads a generated picture through the real ingest (so it has every variant) and returns
 * its ImageRef. Without an `actor`, a new writer uploads it.
 */
export async function storeTestImage(
  db: Database,
  { actor, bytes, altText = 'A red and blue test card', caption = null, credit = 'Newsdesk test', licence = null, ...jpeg }: TestJpegOptions & {
    actor?: Actor;
    bytes?: Uint8Array;
    altText?: string | null;
    caption?: string | null;
    credit?: string | null;
    licence?: string | null;
  } = {},
): Promise<ImageRef> {
  const uploader = actor ?? (await insertTestUser(db)).actor;
  const file = fileOf(bytes ?? (await makeTestJpeg(jpeg)));
  const result = await ingestImage(db, uploader, { file, altText: altText ?? '', caption: caption ?? '', credit: credit ?? '', licence: licence ?? '' });
  if (!result.ok) throw new Error(`storeTestImage: ${result.code}: ${result.message}`);
  return result.value;
}
