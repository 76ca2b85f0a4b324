import type { EditorArticle } from '@/db/queries/newsroom';
import { can, type Actor, type Permission } from '@/lib/authz/policy';
import type { RichTextDoc } from '@/lib/content';
import type { ImageRef } from '@/lib/media/image-ref';
import { KEY_POINTS_MIN } from '@/lib/newsroom/article-input';
import type { BackupStorage } from './backup';
import {
  type ArticleStatus,
  clearFieldErrors,
  type DraftInput,
  type EditorDraft,
  localInputToIso,
} from './draft';
import { answerOf, type EditorApi } from './editor-api';
import { emptyPoint, insertPoint, movePoint, reinsertPoint, removePoint, updatePoint } from './key-points';
import { chooseLeadImage, removeLeadImage, setLeadImageCaption } from './lead-image';
import { appendLink, type LinkField, moveLink, removeLink, updateLink } from './links';
import { Recovery } from './recovery';
import { initialState, isDirty, type SessionState, type WriteKind } from './session-state';
import { Store } from './store';
import { withVerification } from './verification';
import { absorbWrite, draftToSend, type SentDraft, type WriteResult } from './write-outcome';
import { WriteQueue } from './write-queue';

export type { ArticleFacts, Conflict, Notice, SessionState, WriteKind } from './session-state';
export { initialState, isDirty } from './session-state';
export { AUTOSAVE_DELAY_MS } from './write-queue';

export interface SessionOptions {
  article: EditorArticle;
  actor: Actor;
  api: EditorApi;
  storage: BackupStorage | null;
  now?: () => number;
}

const AUTOSAVED_STATUSES = new Set<ArticleStatus>(['draft', 'in_review']);

/**
 * One editing session on one article, as the React side sees it: state to read, and one
 * method per thing the editor can do. The work is done elsewhere — the edits are pure
 * functions (draft.ts, key-points.ts, links.ts), the writes go through the WriteQueue and
 * their answers through absorbWrite, and Recovery handles conflicts and the browser's copy.
 *
 * Plain TypeScript behind `subscribe`/`getState` (React reads it with useSyncExternalStore),
 * so the rules that keep work from being lost are unit-tested without a browser.
 */
export class EditorSession {
  private readonly store: Store<SessionState>;
  private readonly queue: WriteQueue;
  private readonly recovery: Recovery;
  private readonly api: EditorApi;
  private readonly actor: Actor;
  private readonly now: () => number;
  private nextKey = 0;

  readonly subscribe: Store<SessionState>['subscribe'];
  readonly getState: Store<SessionState>['getState'];

  constructor({ article, actor, api, storage, now = Date.now }: SessionOptions) {
    this.api = api;
    this.actor = actor;
    this.now = now;
    this.store = new Store(initialState(article));
    this.subscribe = this.store.subscribe;
    this.getState = this.store.getState;
    this.recovery = new Recovery(this.store, storage, now);
    this.queue = new WriteQueue({
      due: () => this.autosaves() && isDirty(this.getState()),
      send: () => this.writeDraft('autosave', (input) => this.api.save({ ...input, mode: 'autosave' })),
    });
    // A story with no key points yet starts with the minimum as empty rows to fill in (empty
    // rows are never saved, so this isn't an edit).
    const { draft } = this.getState();
    if (draft.keyPoints.length === 0 && this.may('article:edit')) {
      const keyPoints = Array.from({ length: KEY_POINTS_MIN }, () => emptyPoint(this.newKey('point')));
      this.store.set({ draft: { ...draft, keyPoints } });
    }
  }

  /** Stops a pending autosave timer (the page is going away). */
  stopTimers() {
    this.queue.cancelAutosave();
  }

  // ---------- what the actor may do ----------

  may(permission: Permission): boolean {
    const { authorId, status, everPublished } = this.getState().article;
    return can(this.actor, permission, { authorId, status, everPublished });
  }

  /** Autosave runs only where the server accepts it, and never over an unresolved conflict. */
  autosaves(): boolean {
    const { article, conflict } = this.getState();
    return AUTOSAVED_STATUSES.has(article.status) && this.may('article:edit') && !conflict;
  }

  /** Unsaved edits, or a write still in flight: leaving now could lose work. */
  hasUnsavedWork(): boolean {
    return isDirty(this.getState()) || this.getState().pending !== null;
  }

  // ---------- edits ----------

  /** Applies an edit to the draft; `paths` are the fields it touches (their errors go). */
  private edit(paths: string[], recipe: (draft: EditorDraft) => EditorDraft): boolean {
    if (!this.may('article:edit')) return false;
    const state = this.getState();
    const draft = recipe(state.draft);
    if (draft === state.draft) return false;
    this.store.set({ draft, edits: state.edits + 1, fieldErrors: clearFieldErrors(state.fieldErrors, paths) });
    this.recovery.keepCopy();
    this.queue.scheduleAutosave();
    return true;
  }

  private newKey(prefix: string) {
    this.nextKey += 1;
    return `${prefix}-new-${this.nextKey}`;
  }

  setHeadline = (headline: RichTextDoc) => this.edit(['headline', 'slug'], (draft) => ({ ...draft, headline }));
  setSummary = (summary: RichTextDoc) => this.edit(['summary'], (draft) => ({ ...draft, summary }));
  setKind = (kind: EditorDraft['kind']) => this.edit(['kind'], (draft) => ({ ...draft, kind }));
  setSourceId = (sourceId: string) => this.edit(['sourceId'], (draft) => ({ ...draft, sourceId }));
  setSectionId = (sectionId: string) => this.edit(['sectionId'], (draft) => ({ ...draft, sectionId }));
  setBylineIds = (bylineIds: string[]) => this.edit(['bylineIds'], (draft) => ({ ...draft, bylineIds }));
  setSubstantive = (substantive: boolean) => this.edit(['substantive'], (draft) => ({ ...draft, substantive }));
  setSlug = (slug: string) => this.edit(['slug'], (draft) => ({ ...draft, slug, slugFollowsHeadline: false }));
  followHeadlineSlug = () => this.edit(['slug'], (draft) => ({ ...draft, slug: '', slugFollowsHeadline: true }));
  /** Takes the datetime-local value (the browser's zone) and keeps the instant. */
  setScheduledAt = (localValue: string) =>
    this.edit(['scheduledAt'], (draft) => ({ ...draft, scheduledAt: localInputToIso(localValue) }));

  setKeyPointContent = (key: string, content: RichTextDoc) =>
    this.edit([`keyPoints.${key}.content`, 'keyPoints'], (draft) => updatePoint(draft, key, { content }));
  setKeyPointSource = (key: string, sourceUrl: string) =>
    this.edit([`keyPoints.${key}.sourceUrl`, 'keyPoints'], (draft) => updatePoint(draft, key, { sourceUrl }));

  /** Adds an empty point after `afterKey` (or at the end) and returns its key. */
  addKeyPoint = (afterKey?: string): string => {
    const key = this.newKey('point');
    this.edit(['keyPoints'], (draft) => insertPoint(draft, emptyPoint(key), afterKey));
    return key;
  };

  removeKeyPoint = (key: string) => {
    const removal = removePoint(this.getState().draft, key);
    if (!removal || !this.edit(['keyPoints'], () => removal.draft)) return;
    this.store.set({ removedPoint: removal.removed });
    this.announce(`Key point ${removal.removed.index + 1} removed.`);
  };

  undoRemoveKeyPoint = () => {
    const removed = this.getState().removedPoint;
    if (!removed || !this.edit(['keyPoints'], (draft) => reinsertPoint(draft, removed))) return;
    this.store.set({ removedPoint: null });
    this.announce(`Key point ${removed.index + 1} restored.`);
  };

  /** Moves a point by `delta` places and announces it; returns whether it moved. */
  moveKeyPoint = (key: string, delta: number): boolean => {
    const move = movePoint(this.getState().draft, key, delta);
    if (!move || !this.edit(['keyPoints'], () => move.draft)) return false;
    this.announce(`Key point moved to position ${move.position} of ${move.count}.`);
    return true;
  };

  addWebLink = (): string => {
    const key = this.newKey('link');
    this.edit(['webLinks'], (draft) => appendLink(draft, key));
    return key;
  };

  setWebLink = (key: string, field: LinkField, value: string) =>
    this.edit([`webLinks.${key}.${field}`, 'webLinks'], (draft) => updateLink(draft, key, field, value));

  removeWebLink = (key: string) => {
    const removal = removeLink(this.getState().draft, key);
    if (!removal || !this.edit(['webLinks'], () => removal.draft)) return;
    this.announce(`Link ${removal.index + 1} removed.`);
  };

  moveWebLink = (key: string, delta: number): boolean => {
    const move = moveLink(this.getState().draft, key, delta);
    if (!move || !this.edit(['webLinks'], () => move.draft)) return false;
    this.announce(`Link moved to position ${move.position} of ${move.count}.`);
    return true;
  };

  /** Attaches a picture from the library (or one just uploaded) as the lead image. */
  chooseLeadImage = (image: ImageRef) => {
    if (this.edit(['leadImageId'], (draft) => chooseLeadImage(draft, image))) this.announce('Lead image chosen.');
  };

  removeLeadImage = () => {
    if (this.edit(['leadImageId', 'leadImageCaption'], removeLeadImage)) this.announce('Lead image removed.');
  };

  setLeadImageCaption = (caption: string) =>
    this.edit(['leadImageCaption'], (draft) => setLeadImageCaption(draft, caption));

  announce(message: string) {
    this.store.set({ announcement: message, announcementId: this.getState().announcementId + 1 });
  }

  dismissNotice = () => this.store.set({ notice: null });
  dismissRefusal = () => this.store.set({ refusal: null });

  // ---------- verifying key points ----------

  /**
   * An editor vouches for a stored key point (or withdraws it). Not an edit of the draft:
   * nothing to autosave, no version bump; the answer is the stored verification.
   */
  setVerified = async (key: string, verified: boolean): Promise<boolean> => {
    const point = this.getState().draft.keyPoints.find((item) => item.key === key);
    if (!point?.id || !this.may('article:verify-claims')) return false;
    const keyPointId = point.id;
    const result = await answerOf(() =>
      this.api.verifyKeyPoint({ articleId: this.getState().article.id, keyPointId, verified }),
    );
    if (result.status !== 'success') {
      if (result.status === 'error') this.store.set({ notice: { tone: 'error', message: result.message } });
      return false;
    }
    const { verification } = result.data;
    this.store.set({ verifications: withVerification(this.getState().verifications, keyPointId, verification) });
    const number = this.getState().draft.keyPoints.findIndex((item) => item.key === key) + 1;
    this.announce(verification ? `Key point ${number} marked verified.` : `Key point ${number} no longer verified.`);
    return true;
  };

  /** Saves now if autosave applies (tab hidden, leaving); otherwise waits its turn. */
  flush = () => this.queue.flush();

  // ---------- writes ----------

  /** Sends the draft as it is now; returns whether the server accepted it. */
  private writeDraft(kind: WriteKind, send: (input: DraftInput) => Promise<WriteResult>): Promise<boolean> {
    const { input, sent } = draftToSend(this.getState());
    return this.write(kind, () => send(input), sent);
  }

  /** Sends one write and takes in its answer; `sent` is null for commands that carry no content. */
  private async write(kind: WriteKind, send: () => Promise<WriteResult>, sent: SentDraft | null): Promise<boolean> {
    this.store.set({ pending: kind });
    const result = await answerOf(send);
    this.store.set({ pending: null });
    const { outcome, patch } = absorbWrite(this.getState(), kind, result, sent, this.now());
    if (outcome === 'conflict') this.queue.cancelAutosave();
    this.store.set(patch);
    if (outcome === 'refused' && (kind === 'publish' || kind === 'schedule')) {
      // A refused publish writes nothing; the draft's words still go where autosave keeps them.
      this.queue.scheduleAutosave();
    }
    if (outcome !== 'saved') return false;
    this.recovery.afterSave();
    this.queue.scheduleAutosave();
    return true;
  }

  private draftCommand(kind: WriteKind, send: (input: DraftInput) => Promise<WriteResult>) {
    this.queue.cancelAutosave();
    return this.queue.enqueue(() => this.writeDraft(kind, send));
  }

  private readonly sendSave = (input: DraftInput) => this.api.save({ ...input, mode: 'save' });

  saveDraft = () => this.draftCommand('save', this.sendSave);
  publish = () => this.draftCommand('publish', (input) => this.api.publish(input));
  submitForReview = () => this.draftCommand('submit', (input) => this.api.submit(input));
  schedule = () =>
    this.draftCommand('schedule', (input) => this.api.schedule({ ...input, scheduledAt: this.getState().draft.scheduledAt }));

  private ref() {
    const { id, version } = this.getState().article;
    return { id, version };
  }

  private command(kind: WriteKind, send: () => Promise<WriteResult>) {
    return this.queue.enqueue(() => this.write(kind, send, null));
  }

  sendBack = (note: string) => this.command('send-back', () => this.api.sendBack({ ...this.ref(), note }));
  unpublish = () => this.command('unpublish', () => this.api.unpublish(this.ref()));
  archive = () => this.command('archive', () => this.api.archive(this.ref()));

  /** Deletes the draft; on success the server redirects away (Next's redirect error propagates). */
  deleteDraft = () =>
    this.queue.enqueue(async () => {
      this.store.set({ pending: 'delete' });
      let result: Awaited<ReturnType<EditorApi['remove']>>;
      try {
        result = await this.api.remove(this.ref());
      } finally {
        this.store.set({ pending: null });
      }
      if (result.status === 'error') this.store.set({ notice: { tone: 'error', message: result.message } });
      if (result.status === 'success') this.recovery.forgetCopy();
    });

  /**
   * Restores a revision as a new version. Unsaved edits on a draft are saved first, so they
   * become a revision of their own rather than being discarded.
   */
  restoreRevision = (revisionId: string) =>
    this.queue.enqueue(async () => {
      if (isDirty(this.getState())) {
        if (this.autosaves()) {
          if (!(await this.writeDraft('save', this.sendSave))) return false;
        } else {
          this.recovery.keepMineAsText();
        }
      }
      const restored = await this.write('restore', () => this.api.restore({ ...this.ref(), revisionId }), null);
      if (!restored) return false;
      // The restored text is the one thing a write's answer doesn't carry.
      const loaded = await answerOf(() => this.api.load({ id: this.getState().article.id }));
      if (loaded.status === 'success') this.recovery.replaceDraft(loaded.data);
      return true;
    });

  /** The revision history, newest first (a read: it doesn't wait for queued writes). */
  listRevisions = () => answerOf(() => this.api.listRevisions({ id: this.getState().article.id }));

  // ---------- recovery ----------

  /** Saves the editor's version on top of theirs (their version stays in the history). */
  keepMine = () => {
    if (!this.recovery.baseOnTheirs()) return Promise.resolve(false);
    return this.draftCommand('save', this.sendSave);
  };

  takeTheirs = () => this.recovery.takeTheirs();
  keepMineAsText = (): string => this.recovery.keepMineAsText();
  dismissKeptText = () => this.recovery.dismissKeptText();

  checkBackup = () => this.recovery.checkBackup();
  restoreBackup = () => {
    if (this.recovery.restoreBackup()) this.queue.scheduleAutosave();
  };
  discardBackup = () => this.recovery.discardBackup();
}
