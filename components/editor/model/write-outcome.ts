import type { EditorArticle } from '@/db/queries/newsroom';
import { toPlainText } from '@/lib/content';
import type { SavedArticle } from '@/lib/newsroom/result';
import { type DraftInput, keyFieldErrors, type SentRows, toDraftInput } from './draft';
import type { ActionState } from './editor-api';
import { withStoredIds } from './key-points';
import { firstMissingField, refusalMessage } from './refusal';
import type { ArticleFacts, SessionState, WriteKind } from './session-state';

/** What a write answers: the article as stored, refusal with errors, or their version. */
export type WriteResult = ActionState<SavedArticle, EditorArticle>;

/** What a draft-carrying write sent, so its answer can be matched back to the draft's rows. */
export interface SentDraft {
  /** The edit count when the draft was sent: a success saves everything up to here. */
  edits: number;
  rows: SentRows;
  /** Keys of the key points sent with text (the ones the server stores), in order. */
  storedKeys: string[];
}

export type WriteOutcome = 'saved' | 'conflict' | 'refused';

/** The draft as a write sends it now, and what to remember to match the answer back. */
export function draftToSend(state: SessionState): { input: DraftInput; sent: SentDraft } {
  const { input, sent } = toDraftInput(state.article, state.draft);
  const storedKeys = sent.keyPoints.filter((_key, index) => toPlainText(input.keyPoints[index]?.content).length > 0);
  return { input, sent: { edits: state.edits, rows: sent, storedKeys } };
}

/**
 * How a write's answer changes the session: new version and facts, or errors, or a conflict.
 * Pure, so the rules that decide what the editor sees after a save are tested on their own.
 */
export function absorbWrite(
  state: SessionState,
  kind: WriteKind,
  result: WriteResult,
  sent: SentDraft | null,
  now: number,
): { outcome: WriteOutcome; patch: Partial<SessionState> } {
  const isAutosave = kind === 'autosave';
  if (result.status === 'success') {
    const saved = result.data;
    const article: ArticleFacts = {
      ...state.article,
      version: saved.version,
      slug: saved.slug,
      status: saved.status,
      publishedAt: saved.publishedAt,
      scheduledAt: saved.scheduledAt,
      reviewNote: saved.reviewNote,
      everPublished: state.article.everPublished || saved.status === 'published',
    };
    // Once a story has an address readers may know, its slug stops following the headline.
    const wentPublic = saved.status === 'published' || saved.status === 'scheduled';
    const draft =
      wentPublic && state.draft.slugFollowsHeadline
        ? { ...state.draft, slug: saved.slug, slugFollowsHeadline: false }
        : state.draft;
    return {
      outcome: 'saved',
      patch: {
        article,
        draft: sent ? withStoredIds(draft, sent.storedKeys, saved.keyPointIds) : draft,
        savedEdits: sent ? sent.edits : state.savedEdits,
        lastSavedAt: sent ? now : state.lastSavedAt,
        autosaveFailure: null,
        // The save answers with the verifications it left (rewording a point clears its own).
        verifications: saved.verifications,
        ...(isAutosave ? {} : { notice: { tone: 'success', message: result.message }, fieldErrors: {}, refusal: null }),
      },
    };
  }
  if (result.status !== 'error') return { outcome: 'refused', patch: {} };
  if ('current' in result) {
    return {
      outcome: 'conflict',
      patch: { conflict: { current: result.current, during: kind }, notice: { tone: 'error', message: result.message } },
    };
  }
  const fieldErrors = sent ? keyFieldErrors(result.fieldErrors, sent.rows) : result.fieldErrors;
  const formErrors = [...(fieldErrors.form ?? []), ...(fieldErrors.version ?? []), ...(fieldErrors.id ?? [])];
  const message = formErrors.length > 0 ? `${result.message} ${formErrors.join(' ')}` : result.message;
  if ((kind === 'publish' || kind === 'schedule') && result.code === 'invalid') {
    // Told in the bar where they clicked, with the focus on the first field to fix; the
    // top-of-page notice would be out of view.
    return {
      outcome: 'refused',
      patch: {
        fieldErrors,
        notice: null,
        refusal: {
          during: kind,
          message: refusalMessage(kind, fieldErrors, result.message),
          firstField: firstMissingField(fieldErrors),
          id: (state.refusal?.id ?? 0) + 1,
        },
      },
    };
  }
  if (isAutosave && result.code === 'invalid') {
    // Shown by the fields and the status line; an alert every two seconds would only nag.
    return { outcome: 'refused', patch: { fieldErrors: { ...state.fieldErrors, ...fieldErrors }, autosaveFailure: message } };
  }
  return {
    outcome: 'refused',
    patch: {
      fieldErrors: { ...(isAutosave ? state.fieldErrors : {}), ...fieldErrors },
      notice: { tone: 'error', message },
      ...(isAutosave ? { autosaveFailure: message } : {}),
    },
  };
}
