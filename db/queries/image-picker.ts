import { desc, ilike, or } from 'drizzle-orm';
import type { ImageRef } from '../../lib/media/image-ref';
import type { Database } from '../connection';
import { images } from '../schema';
import { leadImageRefs } from './lead-images';

export const PICKER_PAGE_SIZE = 24;

/**
 * The library as the article editor's picker searches it: newest first, matching the words
 * in alt text, caption or credit (a newsroom read: never cached).
 */
export async function searchLibraryImages(db: Database, query: string, limit = PICKER_PAGE_SIZE): Promise<ImageRef[]> {
  const words = query.trim();
  const pattern = `%${words.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await db
    .select({ id: images.id })
    .from(images)
    .where(words ? or(ilike(images.altText, pattern), ilike(images.caption, pattern), ilike(images.credit, pattern)) : undefined)
    .orderBy(desc(images.createdAt), desc(images.id))
    .limit(limit);
  const refs = await leadImageRefs(db, rows.map((row) => row.id));
  return rows.flatMap((row) => refs.get(row.id) ?? []);
}
