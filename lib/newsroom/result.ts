import type { EditorArticle } from '@/db/queries/newsroom';

/** What a newsroom command reports; server actions pass it straight to the form. */
export interface SavedArticle {
  id: string;
  version: number;
  slug: string;
  status: EditorArticle['status'];
  updatedAt: Date;
  /** What the write left behind, so the editor needn't read the article back. */
  publishedAt: Date | null;
  scheduledAt: Date | null;
  reviewNote: string | null;
  /** The stored key points' ids, in order: the editor's new points learn theirs from it. */
  keyPointIds: string[];
}

export type WorkflowResult<T = SavedArticle> =
  | { ok: true; value: T; tags: string[] }
  | { ok: false; code: 'not_found' | 'forbidden'; message: string }
  | { ok: false; code: 'invalid'; message: string; fieldErrors: Record<string, string[]> }
  /** Someone saved in between: `current` is their version, to show beside the editor's. */
  | { ok: false; code: 'conflict'; message: string; current: EditorArticle };

export type WorkflowFailure = Extract<WorkflowResult, { ok: false }>;

export const failures = {
  notFound: (): WorkflowFailure => ({ ok: false, code: 'not_found', message: 'That article no longer exists.' }),
  forbidden: (message = 'You don’t have permission to do that.'): WorkflowFailure => ({
    ok: false,
    code: 'forbidden',
    message,
  }),
  invalid: (fieldErrors: Record<string, string[]>, message = 'Please fix the highlighted fields.'): WorkflowFailure => ({
    ok: false,
    code: 'invalid',
    message,
    fieldErrors,
  }),
};
