// Test-only: pictures made on the spot with sharp, and a helper that puts one in the library.
import type { Database } from '@/db/connection';
import { insertTestUser } from '@/db/test-support';
import type { Actor } from '@/lib/authz/policy';
import type { ImageRef } from './image-ref';
import { fileOf, makeTestJpeg, type TestJpegOptions } from './generated-images';
import { ingestImage } from './ingest';

export { fileOf, makePhotoJpeg, makeTestJpeg, TEST_GPS, TEST_SERIAL, type TestJpegOptions } from './generated-images';

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
