import { eq } from 'drizzle-orm';
import type { Database } from '../connection';
import { media } from '../schema';

export async function findMedia(db: Database, id: string) {
  const [item] = await db
    .select({ contentType: media.contentType, data: media.data, byteSize: media.byteSize })
    .from(media)
    .where(eq(media.id, id))
    .limit(1);
  return item ?? null;
}
