import type { ImageRef } from '../../lib/media/image-ref';
import type { Database } from '../connection';
import { getImageRefs } from './images';

/*
 * Lead images for the stories a read returns: one query for all of them (never one per
 * story), through the media library's getImageRefs.
 */

export async function leadImageRefs(db: Database, ids: readonly (string | null)[]): Promise<Map<string, ImageRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  return getImageRefs(db, wanted);
}

/** Rows with `leadImageId` → the same rows with `image` (null when none or gone), id dropped. */
export async function withLeadImages<T extends { leadImageId: string | null }>(
  db: Database,
  rows: T[],
): Promise<(Omit<T, 'leadImageId'> & { image: ImageRef | null })[]> {
  const refs = await leadImageRefs(db, rows.map((row) => row.leadImageId));
  return rows.map(({ leadImageId, ...row }) => ({ ...row, image: leadImageId ? (refs.get(leadImageId) ?? null) : null }));
}
