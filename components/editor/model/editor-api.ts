import type { ActionState } from '@/lib/actions/action-state';
import type { EditorArticle } from '@/db/queries/newsroom';
import type { SavedArticle } from '@/lib/newsroom/result';
import type { DraftInput } from './draft';

export type { ActionState };

interface ArticleRef {
  id: string;
  version: number;
}

/**
 * The server actions the editor calls (app/admin/articles/[id]/actions.ts), as an interface
 * so the editor's logic can be tested without a server. Every call resolves to an
 * ActionState; none is expected to throw except for Next's own redirects.
 */
export interface EditorApi {
  save(input: DraftInput & { mode: 'save' | 'autosave' }): Promise<ActionState<SavedArticle>>;
  publish(input: DraftInput): Promise<ActionState<SavedArticle>>;
  schedule(input: DraftInput & { scheduledAt: string }): Promise<ActionState<SavedArticle>>;
  submit(input: DraftInput): Promise<ActionState<SavedArticle>>;
  sendBack(input: ArticleRef & { note: string }): Promise<ActionState<SavedArticle>>;
  unpublish(input: ArticleRef): Promise<ActionState<SavedArticle>>;
  archive(input: ArticleRef): Promise<ActionState<SavedArticle>>;
  /** Redirects away on success, so its success value is never seen. */
  remove(input: ArticleRef): Promise<ActionState<unknown>>;
  restore(input: ArticleRef & { revisionId: string }): Promise<ActionState<SavedArticle>>;
  load(input: { id: string }): Promise<ActionState<EditorArticle>>;
  listRevisions(input: { id: string }): Promise<ActionState<RevisionSummary[]>>;
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
export const unreachable: Extract<ActionState, { status: 'error' }> = {
  status: 'error',
  code: 'error',
  message: 'Couldn’t reach the server. Your changes are kept in this browser; try again in a moment.',
  fieldErrors: {},
};
