import { toPlainText } from '@/lib/content';
import { type ChecklistFacts, type ChecklistItem, publishChecklist } from '@/lib/newsroom/publish-checklist';
import type { EditorDraft } from './draft';
import type { Verifications } from './verification';

/**
 * The publish checklist as the editor shows it, live: the same rule the server applies
 * (lib/newsroom/publish-checklist.ts), over the facts the editor holds right now.
 */
export function draftChecklistFacts(
  draft: Pick<EditorDraft, 'kind' | 'keyPoints' | 'webLinks' | 'bylineIds' | 'leadImage'>,
  verifications: Verifications,
): ChecklistFacts {
  return {
    bylineCount: draft.bylineIds.length,
    kind: draft.kind,
    leadImage: draft.leadImage ? { alt: draft.leadImage.alt } : null,
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
  draft: Pick<EditorDraft, 'kind' | 'keyPoints' | 'webLinks' | 'bylineIds' | 'leadImage'>,
  verifications: Verifications,
): ChecklistItem[] {
  return publishChecklist(draftChecklistFacts(draft, verifications));
}
