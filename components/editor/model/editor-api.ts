import type { EditorArticle } from '@/db/queries/newsroom';
import type { ActionError, ActionState } from '@/lib/actions/action-state';
import type { VerifiedPoint, VerifyKeyPointInput } from '@/lib/newsroom/key-point-verification';
import type { SavedArticle } from '@/lib/newsroom/result';
import type { DraftInput } from './draft';

export type { ActionState };

interface ArticleRef {
  id: string;
  version: number;
}

/** A write on the article: the stored result, or on a conflict the other person's version. */
type WriteState = ActionState<SavedArticle, EditorArticle>;

/**
 * The server actions the editor calls (app/admin/articles/[id]/actions.ts), as an interface
 * so the editor's logic can be tested without a server. Every call resolves to an
 * ActionState; none is expected to throw except for Next's own redirects.
 */
export interface EditorApi {
  save(input: DraftInput & { mode: 'save' | 'autosave' }): Promise<WriteState>;
  publish(input: DraftInput): Promise<WriteState>;
  schedule(input: DraftInput & { scheduledAt: string }): Promise<WriteState>;
  submit(input: DraftInput): Promise<WriteState>;
  sendBack(input: ArticleRef & { note: string }): Promise<WriteState>;
  unpublish(input: ArticleRef): Promise<WriteState>;
  archive(input: ArticleRef): Promise<WriteState>;
  /** Redirects away on success, so its success value is never seen. */
  remove(input: ArticleRef): Promise<ActionState<unknown>>;
  restore(input: ArticleRef & { revisionId: string }): Promise<WriteState>;
  load(input: { id: string }): Promise<ActionState<EditorArticle>>;
  listRevisions(input: { id: string }): Promise<ActionState<RevisionSummary[]>>;
  /** Marks a stored key point verified or not (editors); answers with the stored verification. */
  verifyKeyPoint(input: VerifyKeyPointInput): Promise<ActionState<VerifiedPoint>>;
}

/** One row of the revision history. */
export interface RevisionSummary {
  id: string;
  version: number;
  reason: string;
  createdAt: Date;
  authorName: string | null;
  headline: unknown;
}

/** What a request that never reached the server (offline, server down) reports. */
export const unreachable: ActionError = {
  status: 'error',
  code: 'error',
  message: 'Couldn’t reach the server. Your changes are kept in this browser; try again in a moment.',
  fieldErrors: {},
};

/** Makes a call; one that never got an answer (offline, server restarting) reports `unreachable`. */
export async function answerOf<S>(request: () => Promise<S>): Promise<S | ActionError> {
  try {
    return await request();
  } catch {
    return unreachable;
  }
}
