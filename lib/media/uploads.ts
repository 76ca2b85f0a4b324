import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/connection';
import { media } from '@/db/schema';

/** A checked image (lib/media/logo) ready to store. */
export interface Upload {
  contentType: string;
  bytes: Uint8Array;
}

/**
 * Stores an upload in `media` (where every instance can read it) and returns the URL it is
 * served at, /media/<id>. Used for source logos and people's photos.
 */
export async function storeUpload(tx: Tx, upload: Upload, uploadedById: string | null): Promise<string> {
  const [row] = await tx
    .insert(media)
    .values({
      contentType: upload.contentType,
      data: Buffer.from(upload.bytes),
      byteSize: upload.bytes.byteLength,
      uploadedById,
    })
    .returning({ id: media.id });
  if (!row) throw new Error('Storing an upload returned no row');
  return `/media/${row.id}`;
}

export async function deleteUpload(tx: Tx, id: string): Promise<void> {
  await tx.delete(media).where(eq(media.id, id));
}
