import type { EditorArticle } from '@/db/queries/newsroom';
import type { DraftBackup } from './backup';
import { type ArticleStatus, draftFromArticle, type EditorDraft } from './draft';
import type { RemovedPoint } from './key-points';
import type { Refusal } from './refusal';
import { type Verifications, verificationsOf } from './verification';

/** Everything the editor shows about one session, as one immutable value. */

export type WriteKind =
  | 'autosave'
  | 'save'
  | 'publish'
  | 'schedule'
  | 'submit'
  | 'send-back'
  | 'unpublish'
  | 'archive'
  | 'delete'
  | 'restore';

/** What the server last told us about the article (not its content: that is the draft). */
export interface ArticleFacts {
  id: string;
  version: number;
  status: ArticleStatus;
  slug: string;
  authorId: string | null;
  authorName: string | null;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  reviewNote: string | null;
  /** Readers saw it once: it can be archived, never deleted (lib/authz/policy). */
  everPublished: boolean;
}

export interface Notice {
  tone: 'success' | 'error';
  message: string;
}

export interface Conflict {
  /** The version someone else saved, as the server returned it. */
  current: EditorArticle;
  during: WriteKind;
}

export interface SessionState {
  article: ArticleFacts;
  draft: EditorDraft;
  /** Bumps when the draft is replaced wholesale (their version, a revision): fields reload. */
  generation: number;
  /** Counts edits; the draft is saved when `savedEdits` caught up with it. */
  edits: number;
  savedEdits: number;
  /** The write in flight, if any. */
  pending: WriteKind | null;
  lastSavedAt: number | null;
  /** Why the last autosave failed; cleared by the next successful one. */
  autosaveFailure: string | null;
  notice: Notice | null;
  /** Keyed by field path, list rows by key ("keyPoints.<key>.content"). */
  fieldErrors: Record<string, string[]>;
  conflict: Conflict | null;
  /** Stored verifications of key points, by point id: what the server last said. */
  verifications: Verifications;
  /** The last publish or schedule the server refused, shown where the editor clicked. */
  refusal: Refusal | null;
  /** The editor's own text, kept on screen after a conflict so nothing is lost. */
  keptText: string | null;
  removedPoint: RemovedPoint | null;
  backupOffer: DraftBackup | null;
  /** For the aria-live region; `announcementId` makes a repeated message speak again. */
  announcement: string;
  announcementId: number;
}

export const isDirty = (state: SessionState) => state.edits !== state.savedEdits;

export function factsOf(article: EditorArticle): ArticleFacts {
  return {
    id: article.id,
    version: article.version,
    status: article.status,
    slug: article.slug,
    authorId: article.authorId,
    authorName: article.authorName,
    publishedAt: article.publishedAt,
    scheduledAt: article.scheduledAt,
    reviewNote: article.reviewNote,
    everPublished: article.everPublished,
  };
}

/** A session on `article` before anyone has touched it. */
export function initialState(article: EditorArticle): SessionState {
  return {
    article: factsOf(article),
    draft: draftFromArticle(article),
    generation: 0,
    edits: 0,
    savedEdits: 0,
    pending: null,
    lastSavedAt: null,
    autosaveFailure: null,
    notice: null,
    fieldErrors: {},
    conflict: null,
    verifications: verificationsOf(article),
    refusal: null,
    keptText: null,
    removedPoint: null,
    backupOffer: null,
    announcement: '',
    announcementId: 0,
  };
}
