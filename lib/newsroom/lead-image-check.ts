import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/connection';
import { images } from '@/db/schema';
import type { FieldErrors } from '@/lib/result';
import { leadImageProblems } from './lead-image-rule';

/** The database side of the lead image rule: what the story points at, as the rule takes it. */

export async function findAlt(tx: Tx, imageId: string): Promise<{ alt: string | null } | 'missing'> {
  // Shared lock: the picture can't lose its alt text or be deleted before this write commits.
  const [image] = await tx.select({ alt: images.altText }).from(images).where(eq(images.id, imageId)).for('share').limit(1);
  return image ?? 'missing';
}

export async function leadImageExists(tx: Tx, imageId: string): Promise<boolean> {
  return (await findAlt(tx, imageId)) !== 'missing';
}

/** Why the story's lead image can't go live (now or scheduled); empty when it can. */
export async function leadImageGoLiveProblems(tx: Tx, imageId: string | null): Promise<FieldErrors> {
  return leadImageProblems(imageId ? await findAlt(tx, imageId) : null);
}
