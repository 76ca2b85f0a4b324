import type { EditorArticle } from '@/db/queries/newsroom';
import { can, type Actor, type Permission } from '@/lib/authz/policy';
import { toPlainText, type RichTextDoc } from '@/lib/content';
import { KEY_POINTS_MIN } from '@/lib/newsroom/article-input';
import type { SavedArticle } from '@/lib/newsroom/result';
import { DraftBackupStore, type BackupStorage, type DraftBackup } from './backup';
import {
  type ArticleStatus,
  clearFieldErrors,
  type DraftInput,
  type DraftKeyPoint,
  type DraftWebLink,
  draftAsPlainText,
  draftFingerprint,
  draftFromArticle,
  type EditorDraft,
  keyFieldErrors,
  localInputToIso,
  moveItem,
  type SentRows,
  toDraftInput,
} from './draft';
import { type ActionState, type EditorApi, unreachable } from './editor-api';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 2_000;

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
  /** The editor's own text, kept on screen after a conflict so nothing is lost. */
  keptText: string | null;
  removedPoint: { point: DraftKeyPoint; index: number } | null;
  backupOffer: DraftBackup | null;
  /** For the aria-live region; `announcementId` makes a repeated message speak again. */
  announcement: string;
  announcementId: number;
}

export interface SessionOptions {
  article: EditorArticle;
  actor: Actor;
  api: EditorApi;
  storage: BackupStorage | null;
  now?: () => number;
}

const AUTOSAVED_STATUSES = new Set<ArticleStatus>(['draft', 'in_review']);

export const isDirty = (state: SessionState) => state.edits !== state.savedEdits;

function factsOf(article: EditorArticle): ArticleFacts {
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

type DraftResult = ActionState<SavedArticle>;

/**
 * One editing session on one article: the draft, what the server last said, and every write.
 *
 * Writes go out one at a time, in order, each with the version the previous one returned —
 * two requests in flight would race for the same version and the second would always
 * "conflict" with the first. Autosave coalesces: at most one waits in the queue, and it
 * sends whatever the draft is when its turn comes.
 *
 * Plain TypeScript behind `subscribe`/`getState` (React reads it with useSyncExternalStore),
 * so the rules that keep work from being lost are unit-tested without a browser.
 */
export class EditorSession {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private readonly api: EditorApi;
  private readonly actor: Actor;
  private readonly backup: DraftBackupStore;
  private readonly now: () => number;
  private queue: Promise<unknown> = Promise.resolve();
  private autosaveTimer: ReturnType<typeof setTimeout> | null = null;
  private autosaveQueued = false;
  private nextKey = 0;

  constructor({ article, actor, api, storage, now = Date.now }: SessionOptions) {
    this.api = api;
    this.actor = actor;
    this.now = now;
    this.backup = new DraftBackupStore(storage, article.id);
    this.state = {
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
      keptText: null,
      removedPoint: null,
      backupOffer: null,
      announcement: '',
      announcementId: 0,
    };
    // A story with no key points yet starts with the minimum as empty rows to fill in (empty
    // rows are never saved, so this isn't an edit).
    if (this.state.draft.keyPoints.length === 0 && this.may('article:edit')) {
      const keyPoints = Array.from({ length: KEY_POINTS_MIN }, () => emptyPoint(this.newKey('point')));
      this.state = { ...this.state, draft: { ...this.state.draft, keyPoints } };
    }
  }

  // ---------- store plumbing ----------

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getState = () => this.state;

  private set(patch: Partial<SessionState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Stops a pending autosave timer (the page is going away). */
  stopTimers() {
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = null;
  }

  // ---------- what the actor may do ----------

  may(permission: Permission): boolean {
    const { authorId, status, everPublished } = this.state.article;
    return can(this.actor, permission, { authorId, status, everPublished });
  }

  /** Autosave runs only where the server accepts it, and never over an unresolved conflict. */
  autosaves(): boolean {
    return AUTOSAVED_STATUSES.has(this.state.article.status) && this.may('article:edit') && !this.state.conflict;
  }

  /** Unsaved edits, or a write still in flight: leaving now could lose work. */
  hasUnsavedWork(): boolean {
    return isDirty(this.state) || this.state.pending !== null;
  }

  // ---------- edits ----------

  /** Applies an edit to the draft; `paths` are the fields it touches (their errors go). */
  private edit(paths: string[], recipe: (draft: EditorDraft) => EditorDraft) {
    if (!this.may('article:edit')) return;
    const draft = recipe(this.state.draft);
    if (draft === this.state.draft) return;
    const edits = this.state.edits + 1;
    this.set({ draft, edits, fieldErrors: clearFieldErrors(this.state.fieldErrors, paths) });
    this.backup.write({ version: this.state.article.version, savedAt: this.now(), draft });
    this.scheduleAutosave();
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
  setSubstantive = (substantive: boolean) => this.edit(['substantive'], (draft) => ({ ...draft, substantive }));
  setSlug = (slug: string) => this.edit(['slug'], (draft) => ({ ...draft, slug, slugFollowsHeadline: false }));
  followHeadlineSlug = () => this.edit(['slug'], (draft) => ({ ...draft, slug: '', slugFollowsHeadline: true }));
  /** Takes the datetime-local value (the browser's zone) and keeps the instant. */
  setScheduledAt = (localValue: string) =>
    this.edit(['scheduledAt'], (draft) => ({ ...draft, scheduledAt: localInputToIso(localValue) }));

  private editPoint(key: string, field: string, change: Partial<DraftKeyPoint>) {
    this.edit([`keyPoints.${key}.${field}`, 'keyPoints'], (draft) => ({
      ...draft,
      keyPoints: draft.keyPoints.map((point) => (point.key === key ? { ...point, ...change } : point)),
    }));
  }

  setKeyPointContent = (key: string, content: RichTextDoc) => this.editPoint(key, 'content', { content });
  setKeyPointSource = (key: string, sourceUrl: string) => this.editPoint(key, 'sourceUrl', { sourceUrl });

  /** Adds an empty point after `afterKey` (or at the end) and returns its key. */
  addKeyPoint = (afterKey?: string): string => {
    const key = this.newKey('point');
    this.edit(['keyPoints'], (draft) => {
      const point = emptyPoint(key);
      const index = afterKey ? draft.keyPoints.findIndex((item) => item.key === afterKey) + 1 : draft.keyPoints.length;
      const keyPoints = [...draft.keyPoints];
      keyPoints.splice(index > 0 ? index : keyPoints.length, 0, point);
      return { ...draft, keyPoints };
    });
    return key;
  };

  removeKeyPoint = (key: string) => {
    const index = this.state.draft.keyPoints.findIndex((point) => point.key === key);
    const point = this.state.draft.keyPoints[index];
    if (!point) return;
    this.edit(['keyPoints'], (draft) => ({ ...draft, keyPoints: draft.keyPoints.filter((item) => item.key !== key) }));
    this.set({ removedPoint: { point, index } });
    this.announce(`Key point ${index + 1} removed.`);
  };

  undoRemoveKeyPoint = () => {
    const removed = this.state.removedPoint;
    if (!removed) return;
    this.edit(['keyPoints'], (draft) => {
      const keyPoints = [...draft.keyPoints];
      keyPoints.splice(Math.min(removed.index, keyPoints.length), 0, removed.point);
      return { ...draft, keyPoints };
    });
    this.set({ removedPoint: null });
    this.announce(`Key point ${removed.index + 1} restored.`);
  };

  /** Moves a point by `delta` places and announces it; returns whether it moved. */
  moveKeyPoint = (key: string, delta: number): boolean => {
    const points = this.state.draft.keyPoints;
    const from = points.findIndex((point) => point.key === key);
    const moved = moveItem(points, from, from + delta);
    if (moved === points) return false;
    this.edit(['keyPoints'], (draft) => ({ ...draft, keyPoints: moved }));
    this.announce(`Key point moved to position ${moved.findIndex((point) => point.key === key) + 1} of ${moved.length}.`);
    return true;
  };

  addWebLink = (): string => {
    const key = this.newKey('link');
    this.edit(['webLinks'], (draft) => ({
      ...draft,
      webLinks: [...draft.webLinks, { key, title: '', url: '', siteName: '' }],
    }));
    return key;
  };

  setWebLink = (key: string, field: 'title' | 'url' | 'siteName', value: string) =>
    this.edit([`webLinks.${key}.${field}`, 'webLinks'], (draft) => ({
      ...draft,
      webLinks: draft.webLinks.map((link) => (link.key === key ? { ...link, [field]: value } : link)),
    }));

  removeWebLink = (key: string) => {
    const index = this.state.draft.webLinks.findIndex((link) => link.key === key);
    if (index < 0) return;
    this.edit(['webLinks'], (draft) => ({ ...draft, webLinks: draft.webLinks.filter((link) => link.key !== key) }));
    this.announce(`Link ${index + 1} removed.`);
  };

  moveWebLink = (key: string, delta: number): boolean => {
    const links = this.state.draft.webLinks;
    const from = links.findIndex((link) => link.key === key);
    const moved = moveItem<DraftWebLink>(links, from, from + delta);
    if (moved === links) return false;
    this.edit(['webLinks'], (draft) => ({ ...draft, webLinks: moved }));
    this.announce(`Link moved to position ${moved.findIndex((link) => link.key === key) + 1} of ${moved.length}.`);
    return true;
  };

  announce(message: string) {
    this.set({ announcement: message, announcementId: this.state.announcementId + 1 });
  }

  dismissNotice = () => this.set({ notice: null });

  // ---------- autosave ----------

  private scheduleAutosave() {
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = null;
    if (!this.autosaves()) return;
    this.autosaveTimer = setTimeout(() => {
      this.autosaveTimer = null;
      void this.autosave();
    }, AUTOSAVE_DELAY_MS);
  }

  /** Saves now if autosave applies (tab hidden, leaving); otherwise waits its turn. */
  flush = () => {
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = null;
    return this.autosave();
  };

  private autosave(): Promise<void> {
    if (this.autosaveQueued || !this.autosaves() || !isDirty(this.state)) return Promise.resolve();
    this.autosaveQueued = true;
    return this.enqueue(async () => {
      this.autosaveQueued = false;
      // Re-checked at its turn: the write before it may have saved everything or hit a conflict.
      if (!this.autosaves() || !isDirty(this.state)) return;
      await this.writeDraft('autosave', (input) => this.api.save({ ...input, mode: 'autosave' }));
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  // ---------- writes ----------

  private async call<T>(request: () => Promise<ActionState<T>>): Promise<ActionState<T>> {
    try {
      return await request();
    } catch {
      // The request never got an answer (offline, server restarting): the draft stays dirty.
      return unreachable;
    }
  }

  /** Sends the draft as it is now; returns whether the server accepted it. */
  private async writeDraft(kind: WriteKind, send: (input: DraftInput) => Promise<DraftResult>): Promise<boolean> {
    const snapshotEdits = this.state.edits;
    const { input, sent } = toDraftInput(this.state.article, this.state.draft);
    this.set({ pending: kind });
    const result = await this.call(() => send(input));
    this.set({ pending: null });
    const sentPoints = sent.keyPoints.map((key, index) => ({
      key,
      hasText: toPlainText(input.keyPoints[index]?.content).length > 0,
    }));
    return this.absorb(kind, result, { snapshotEdits, sent, sentPoints });
  }

  /** Sends a command that carries no content (unpublish, archive, send back, restore). */
  private async writeCommand(kind: WriteKind, send: () => Promise<DraftResult>): Promise<boolean> {
    this.set({ pending: kind });
    const result = await this.call(send);
    this.set({ pending: null });
    return this.absorb(kind, result, null);
  }

  /** Takes in a write's result: new version and status, or errors, or a conflict. */
  private absorb(
    kind: WriteKind,
    result: DraftResult,
    carried: { snapshotEdits: number; sent: SentRows; sentPoints: SentPoint[] } | null,
  ): boolean {
    const isAutosave = kind === 'autosave';
    if (result.status === 'success') {
      const saved = result.data;
      const wentPublic = saved.status === 'published' || saved.status === 'scheduled';
      const article: ArticleFacts = {
        ...this.state.article,
        version: saved.version,
        slug: saved.slug,
        status: saved.status,
        ...(saved.status === 'published' && !this.state.article.publishedAt ? { publishedAt: new Date(this.now()) } : {}),
        ...(saved.status === 'published' ? { everPublished: true } : {}),
      };
      const savedEdits = carried ? carried.snapshotEdits : this.state.savedEdits;
      // Once a story has an address readers may know, its slug stops following the headline.
      const draft =
        wentPublic && this.state.draft.slugFollowsHeadline
          ? { ...this.state.draft, slug: saved.slug, slugFollowsHeadline: false }
          : this.state.draft;
      this.set({
        article,
        draft,
        savedEdits,
        lastSavedAt: carried ? this.now() : this.state.lastSavedAt,
        autosaveFailure: null,
        ...(isAutosave ? {} : { notice: { tone: 'success', message: result.message }, fieldErrors: {} }),
      });
      this.afterSave();
      if (kind !== 'restore') this.refreshFacts(carried?.sentPoints ?? [], isAutosave);
      return true;
    }
    if (result.status !== 'error') return false;
    if (result.code === 'conflict' && result.current) {
      if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
      this.autosaveTimer = null;
      this.set({
        conflict: { current: result.current, during: kind },
        notice: { tone: 'error', message: result.message },
      });
      return false;
    }
    const fieldErrors = carried ? keyFieldErrors(result.fieldErrors, carried.sent) : result.fieldErrors;
    const formErrors = [...(fieldErrors.form ?? []), ...(fieldErrors.version ?? []), ...(fieldErrors.id ?? [])];
    const message = formErrors.length > 0 ? `${result.message} ${formErrors.join(' ')}` : result.message;
    if (isAutosave && result.code === 'invalid') {
      // Shown by the fields and the status line; an alert every two seconds would only nag.
      this.set({ fieldErrors: { ...this.state.fieldErrors, ...fieldErrors }, autosaveFailure: message });
      return false;
    }
    this.set({
      fieldErrors: { ...(isAutosave ? this.state.fieldErrors : {}), ...fieldErrors },
      notice: { tone: 'error', message },
      ...(isAutosave ? { autosaveFailure: message } : {}),
    });
    return false;
  }

  /** After a successful write: the backup goes once everything is saved, else follows the version. */
  private afterSave() {
    if (isDirty(this.state)) {
      this.backup.write({ version: this.state.article.version, savedAt: this.now(), draft: this.state.draft });
      this.scheduleAutosave();
    } else {
      this.backup.clear();
    }
  }

  /**
   * Reads the article back after a write, when nobody else has written since, to learn what
   * the write result doesn't carry: the ids of newly added key points (so the next save
   * updates them instead of replacing them), publish time, review note.
   */
  private refreshFacts(sentPoints: SentPoint[], onlyIfNewPoints: boolean) {
    const ids = new Map(this.state.draft.keyPoints.map((point) => [point.key, point.id]));
    const sentNewPoints = sentPoints.some((point) => point.hasText && !ids.get(point.key));
    if (onlyIfNewPoints && !sentNewPoints) return;
    void this.enqueue(async () => {
      const expectedVersion = this.state.article.version;
      const result = await this.call(() => this.api.load({ id: this.state.article.id }));
      if (result.status !== 'success' || result.data.version !== expectedVersion) return;
      const loaded = result.data;
      const ids = idsForSentPoints(sentPoints, this.state.draft.keyPoints, loaded.keyPoints);
      const keyPoints = this.state.draft.keyPoints.map((point) =>
        point.id || !ids.has(point.key) ? point : { ...point, id: ids.get(point.key) },
      );
      this.set({
        article: factsOf(loaded),
        draft: ids.size === 0 ? this.state.draft : { ...this.state.draft, keyPoints },
      });
    });
  }

  private draftCommand(kind: WriteKind, send: (input: DraftInput) => Promise<DraftResult>) {
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = null;
    return this.enqueue(() => this.writeDraft(kind, send));
  }

  saveDraft = () => this.draftCommand('save', (input) => this.api.save({ ...input, mode: 'save' }));
  publish = () => this.draftCommand('publish', (input) => this.api.publish(input));
  submitForReview = () => this.draftCommand('submit', (input) => this.api.submit(input));
  schedule = () =>
    this.draftCommand('schedule', (input) => this.api.schedule({ ...input, scheduledAt: this.state.draft.scheduledAt }));

  private ref() {
    return { id: this.state.article.id, version: this.state.article.version };
  }

  sendBack = (note: string) => this.enqueue(() => this.writeCommand('send-back', () => this.api.sendBack({ ...this.ref(), note })));
  unpublish = () => this.enqueue(() => this.writeCommand('unpublish', () => this.api.unpublish(this.ref())));
  archive = () => this.enqueue(() => this.writeCommand('archive', () => this.api.archive(this.ref())));

  /** Deletes the draft; on success the server redirects away (Next's redirect error propagates). */
  deleteDraft = () =>
    this.enqueue(async () => {
      this.set({ pending: 'delete' });
      let result: ActionState<unknown>;
      try {
        result = await this.api.remove(this.ref());
      } finally {
        this.set({ pending: null });
      }
      if (result.status === 'error') this.set({ notice: { tone: 'error', message: result.message } });
      if (result.status === 'success') this.backup.clear();
    });

  /**
   * Restores a revision as a new version. Unsaved edits on a draft are saved first, so they
   * become a revision of their own rather than being discarded.
   */
  restoreRevision = (revisionId: string) =>
    this.enqueue(async () => {
      if (isDirty(this.state)) {
        if (this.autosaves()) {
          const saved = await this.writeDraft('save', (input) => this.api.save({ ...input, mode: 'save' }));
          if (!saved) return false;
        } else {
          this.set({ keptText: draftAsPlainText(this.state.draft) });
        }
      }
      const restored = await this.writeCommand('restore', () => this.api.restore({ ...this.ref(), revisionId }));
      if (!restored) return false;
      const loaded = await this.call(() => this.api.load({ id: this.state.article.id }));
      if (loaded.status === 'success') this.replaceDraft(loaded.data);
      return true;
    });

  /** Loads a version from the server into the editor as the new, clean starting point. */
  private replaceDraft(article: EditorArticle) {
    const edits = this.state.edits + 1;
    this.set({
      article: factsOf(article),
      draft: draftFromArticle(article),
      generation: this.state.generation + 1,
      edits,
      savedEdits: edits,
      fieldErrors: {},
      removedPoint: null,
    });
    this.backup.clear();
  }

  /** The revision history, newest first (a read: it doesn't wait for queued writes). */
  listRevisions = () => this.call(() => this.api.listRevisions({ id: this.state.article.id }));

  // ---------- conflicts ----------

  /** Saves the editor's version on top of theirs (their version stays in the history). */
  keepMine = () => {
    const conflict = this.state.conflict;
    if (!conflict) return Promise.resolve(false);
    this.set({ article: factsOf(conflict.current), conflict: null, notice: null });
    return this.draftCommand('save', (input) => this.api.save({ ...input, mode: 'save' }));
  };

  /** Loads their version; the editor's text stays visible beside it, so nothing is lost. */
  takeTheirs = () => {
    const conflict = this.state.conflict;
    if (!conflict) return;
    const mine = draftAsPlainText(this.state.draft);
    this.replaceDraft(conflict.current);
    this.set({
      conflict: null,
      keptText: mine,
      notice: { tone: 'success', message: 'Loaded their version. Your text is kept below until you dismiss it.' },
    });
  };

  /** The editor's text as plain text, also kept on screen. */
  keepMineAsText = (): string => {
    const text = draftAsPlainText(this.state.draft);
    this.set({ keptText: text });
    return text;
  };

  dismissKeptText = () => this.set({ keptText: null });

  // ---------- browser backup ----------

  /** On load: offers a backup that differs from what the server has. */
  checkBackup = () => {
    const backup = this.backup.read();
    if (!backup) return;
    if (draftFingerprint(backup.draft) === draftFingerprint(this.state.draft)) {
      this.backup.clear();
      return;
    }
    this.set({ backupOffer: backup });
  };

  /**
   * Puts the backup back into the editor as unsaved work, based on the version it was made
   * on: if someone saved since, the next save shows a conflict instead of overwriting them.
   */
  restoreBackup = () => {
    const backup = this.state.backupOffer;
    if (!backup) return;
    const edits = this.state.edits + 1;
    this.set({
      draft: backup.draft,
      article: { ...this.state.article, version: Math.min(backup.version, this.state.article.version) },
      generation: this.state.generation + 1,
      edits,
      backupOffer: null,
    });
    this.scheduleAutosave();
  };

  discardBackup = () => {
    this.backup.clear();
    this.set({ backupOffer: null });
  };
}

function emptyPoint(key: string): DraftKeyPoint {
  return { key, content: { type: 'doc', content: [{ type: 'paragraph' }] }, sourceUrl: '' };
}

/** A key point as a save carried it: the server stores only points with text. */
interface SentPoint {
  key: string;
  hasText: boolean;
}

/** Matches the points a save carried to the ids the server stored them under (same order). */
function idsForSentPoints(
  sentPoints: SentPoint[],
  points: DraftKeyPoint[],
  stored: EditorArticle['keyPoints'],
): Map<string, string> {
  const byKey = new Map(points.map((point) => [point.key, point]));
  const kept = sentPoints.filter((point) => point.hasText);
  const ids = new Map<string, string>();
  if (kept.length !== stored.length) return ids;
  kept.forEach(({ key }, index) => {
    const id = stored[index]?.id;
    if (id && byKey.has(key) && !byKey.get(key)?.id) ids.set(key, id);
  });
  return ids;
}
