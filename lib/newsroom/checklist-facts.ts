import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/connection';
import { keyPoints } from '@/db/schema';
import { toPlainText } from '@/lib/content';
import type { ArticleDraft } from './article-input';
import { countBylines } from './bylines';
import { claimChanged } from './claim-text';
import { findAlt } from './lead-image-check';
import type { ArticleRow } from './persist';
import type { ChecklistFacts } from './publish-checklist';

/**
 * The facts the publish checklist judges, for a draft about to go live: what the editor
 * sent (label, points, links) and what only the database knows (bylines, the lead image,
 * who verified which point). One function per fact, so each can be rewired on its own.
 */
export async function loadChecklistFacts(tx: Tx, row: ArticleRow, draft: ArticleDraft): Promise<ChecklistFacts> {
  const [bylines, leadImage, points] = await Promise.all([
    bylineCount(tx, row, draft),
    leadImageFact(tx, draft),
    keyPointFacts(tx, row.id, draft),
  ]);
  return { bylineCount: bylines, kind: draft.kind, leadImage, keyPoints: points, webLinks: draft.webLinks };
}

/** People credited on the story: the bylines the draft sends, or else those stored. */
export async function bylineCount(
  tx: Tx,
  row: Pick<ArticleRow, 'id'>,
  draft: Pick<ArticleDraft, 'bylineIds'>,
): Promise<number> {
  return draft.bylineIds !== undefined ? draft.bylineIds.length : countBylines(tx, row.id);
}

/** The lead image the draft would go live with, and its alt text (null: no lead image). */
export async function leadImageFact(tx: Tx, draft: Pick<ArticleDraft, 'leadImageId'>): Promise<{ alt: string | null } | null> {
  if (!draft.leadImageId) return null;
  const image = await findAlt(tx, draft.leadImageId);
  // A picture gone from the library is the lead image rule's own error (lead-image-check.ts).
  return image === 'missing' ? null : image;
}

/**
 * Each point with text the draft would store: sourced if it names a source, verified if the
 * stored point it updates is verified and keeps its words (saving new words clears that).
 */
export async function keyPointFacts(tx: Tx, articleId: string, draft: Pick<ArticleDraft, 'keyPoints'>) {
  const stored = await tx
    .select({ id: keyPoints.id, content: keyPoints.content, verifiedAt: keyPoints.verifiedAt })
    .from(keyPoints)
    .where(eq(keyPoints.articleId, articleId));
  const byId = new Map(stored.map((point) => [point.id, point]));
  return draft.keyPoints
    .filter((point) => toPlainText(point.content).length > 0)
    .map((point) => {
      const before = point.id ? byId.get(point.id) : undefined;
      const verified = before?.verifiedAt != null && !claimChanged(before.content, point.content);
      return { sourced: point.sourceUrl.length > 0, verified };
    });
}
