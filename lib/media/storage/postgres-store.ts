import { eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/connection';
import { mediaBlobs } from '@/db/schema';
import type { MediaStore } from './media-store';

/**
 * Bytes in the `media_blobs` table. Given a transaction, its writes commit or roll back
 * with the rows that point at them, so an upload is either wholly stored or not at all.
 */
export function postgresStore(db: Database): MediaStore {
  return {
    kind: 'postgres',
    async put(key, bytes, contentType) {
      await db
        .insert(mediaBlobs)
        .values({ key, contentType, data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), byteSize: bytes.byteLength })
        .onConflictDoNothing({ target: mediaBlobs.key });
    },
    async get(key) {
      const [row] = await db
        .select({ data: mediaBlobs.data, contentType: mediaBlobs.contentType })
        .from(mediaBlobs)
        .where(eq(mediaBlobs.key, key))
        .limit(1);
      return row ? { bytes: new Uint8Array(row.data), contentType: row.contentType } : null;
    },
    async delete(keys) {
      if (keys.length > 0) await db.delete(mediaBlobs).where(inArray(mediaBlobs.key, [...keys]));
    },
  };
}
