import { toPlainText } from '@/lib/content';
import { type ChecklistFacts, type ChecklistItem, publishChecklist } from '@/lib/newsroom/publish-checklist';
import type { EditorDraft } from './draft';
import type { ArticleFacts } from './session-state';
import type { Verifications } from './verification';

/**
 * The publish checklist as the editor shows it, live: the same rule the server applies
 * (lib/newsroom/publish-checklist.ts), over the facts the editor holds right now.
 */
export function draftChecklistFacts(
  article: Pick<ArticleFacts, 'authorId'>,
  draft: Pick<EditorDraft, 'kind' | 'keyPoints' | 'webLinks'>,
  verifications: Verifications,
): ChecklistFacts {
  return {
    // The author stands in for the byline list until bylines land; the lead rewires it at merge.
    bylineCount: article.authorId ? 1 : 0,
    kind: draft.kind,
    // No lead images on this branch; the lead rewires it at merge.
    leadImage: null,
    keyPoints: draft.keyPoints
      .filter((point) => toPlainText(point.content).length > 0)
      .map((point) => ({
        sourced: point.sourceUrl.trim().length > 0,
        verified: point.id !== undefined && verifications[point.id] !== undefined,
      })),
    webLinks: draft.webLinks
      .filter((link) => link.title.trim() || link.url.trim() || link.siteName.trim())
      .map((link) => ({ url: link.url })),
  };
}

export function draftChecklist(
  article: Pick<ArticleFacts, 'authorId'>,
  draft: Pick<EditorDraft, 'kind' | 'keyPoints' | 'webLinks'>,
  verifications: Verifications,
): ChecklistItem[] {
  return publishChecklist(draftChecklistFacts(article, draft, verifications));
}
