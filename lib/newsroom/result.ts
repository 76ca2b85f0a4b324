import type { EditorArticle } from '@/db/queries/newsroom';

/** What an article command reports on success; server actions pass it straight to the editor. */
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
  /** Which stored points are verified, by whom and when: an edit to a point's words clears it. */
  verifications: Record<string, KeyPointVerification>;
  /** The bylines' people as stored, in order. */
  bylineIds: string[];
  /** The lead image and this story's caption for it, as stored ('' for no caption). */
  leadImageId: string | null;
  leadImageCaption: string;
}

/** An editor vouched for a key point; `byName` is null if their account was deleted since. */
export interface KeyPointVerification {
  byName: string | null;
  at: Date;
}
