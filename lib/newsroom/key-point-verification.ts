import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/connection';
import { keyPoints, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can, type Actor } from '@/lib/authz/policy';
import { fail, ok, parseInput, type Result } from '@/lib/result';
import { lockArticle } from './persist';
import type { KeyPointVerification } from './result';

export const verifyKeyPointSchema = z.object({
  articleId: z.uuid('Unknown article'),
  keyPointId: z.uuid('Save the story first: this key point isn’t stored yet'),
  verified: z.boolean(),
});

export type VerifyKeyPointInput = z.input<typeof verifyKeyPointSchema>;

export interface VerifiedPoint {
  keyPointId: string;
  /** The stored verification after the command; null when unverified. */
  verification: KeyPointVerification | null;
}

/**
 * An editor vouches for a key point (or withdraws it). Verification isn't content: it
 * doesn't bump the article's version (nobody's save conflicts with it) and readers' pages
 * don't show it, so no cache tag is touched. Any later save that rewords the point clears it
 * (persist.ts), because the check was of the old words.
 */
export async function setKeyPointVerified(db: Database, actor: Actor, input: unknown): Promise<Result<VerifiedPoint>> {
  const parsed = await parseInput(verifyKeyPointSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { articleId, keyPointId, verified } = parsed.data;
  return db.transaction(async (tx) => {
    // The article's lock orders this after any save in flight, which may reword or drop the point.
    const row = await lockArticle(tx, articleId);
    if (!row) return fail.notFound('That article no longer exists.');
    if (!can(actor, 'article:verify-claims', { authorId: row.authorId, status: row.status })) return fail.forbidden();
    const at = verified ? new Date() : null;
    const [point] = await tx
      .update(keyPoints)
      .set({ verifiedById: verified ? actor.id : null, verifiedAt: at })
      .where(and(eq(keyPoints.id, keyPointId), eq(keyPoints.articleId, articleId)))
      .returning({ id: keyPoints.id });
    if (!point) return fail.notFound('That key point is no longer in the story. Reload to see the current points.');
    await recordAudit(tx, {
      actorId: actor.id,
      action: verified ? 'key_point.verify' : 'key_point.unverify',
      entity: { type: 'key_point', id: keyPointId },
      details: { articleId },
    });
    if (!at) return ok({ keyPointId, verification: null });
    const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id));
    return ok({ keyPointId, verification: { byName: me?.name ?? null, at } });
  });
}
