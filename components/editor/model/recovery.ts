import type { EditorArticle } from '@/db/queries/newsroom';
import { type BackupStorage, DraftBackupStore } from './backup';
import { draftAsPlainText, draftFingerprint, draftFromArticle } from './draft';
import { factsOf, isDirty, type SessionState } from './session-state';
import type { Store } from './store';

/**
 * Getting work back when it could be lost: a conflict with someone else's save, a revision
 * loaded over the draft, a tab closed before the server had everything. Two rules hold
 * throughout — the editor's own words stay reachable (in the browser's copy or on screen as
 * text) until they choose to drop them, and nothing here ever writes to the server: choosing
 * "keep mine" hands back to the session, which saves through its queue like any other write.
 */
export class Recovery {
  private readonly backup: DraftBackupStore;

  constructor(
    private readonly store: Store<SessionState>,
    storage: BackupStorage | null,
    private readonly now: () => number,
  ) {
    this.backup = new DraftBackupStore(storage, store.getState().article.id);
  }

  // ---------- the browser's copy ----------

  /** Copies the draft to the browser, with the version it was made on. */
  keepCopy(): void {
    const { article, draft } = this.store.getState();
    this.backup.write({ version: article.version, savedAt: this.now(), draft });
  }

  /** After a write the server took: the copy goes once everything is saved, else follows the version. */
  afterSave(): void {
    if (isDirty(this.store.getState())) this.keepCopy();
    else this.backup.clear();
  }

  forgetCopy(): void {
    this.backup.clear();
  }

  /** On load: offers a copy that differs from what the server has, and drops one that doesn't. */
  checkBackup(): void {
    const backup = this.backup.read();
    if (!backup) return;
    if (draftFingerprint(backup.draft) === draftFingerprint(this.store.getState().draft)) {
      this.backup.clear();
      return;
    }
    this.store.set({ backupOffer: backup });
  }

  /**
   * Puts the offered copy back into the editor as unsaved work, based on the version it was
   * made on: if someone saved since, the next save shows a conflict instead of overwriting
   * them. Returns whether there was a copy to restore.
   */
  restoreBackup(): boolean {
    const state = this.store.getState();
    const backup = state.backupOffer;
    if (!backup) return false;
    this.store.set({
      // A copy kept before bylines existed has none of its own: the story's stay.
      draft: { ...backup.draft, bylineIds: backup.draft.bylineIds ?? state.draft.bylineIds },
      article: { ...state.article, version: Math.min(backup.version, state.article.version) },
      generation: state.generation + 1,
      edits: state.edits + 1,
      backupOffer: null,
    });
    return true;
  }

  discardBackup(): void {
    this.backup.clear();
    this.store.set({ backupOffer: null });
  }

  // ---------- versions that clash ----------

  /** Loads a version from the server into the editor as the new, clean starting point. */
  replaceDraft(article: EditorArticle): void {
    const state = this.store.getState();
    const edits = state.edits + 1;
    this.store.set({
      article: factsOf(article),
      draft: draftFromArticle(article),
      generation: state.generation + 1,
      edits,
      savedEdits: edits,
      fieldErrors: {},
      removedPoint: null,
    });
    this.backup.clear();
  }

  /**
   * "Keep mine", first half: the draft now sits on top of their version, so saving it next
   * replaces theirs (which stays in the history). Returns whether there was a conflict.
   */
  baseOnTheirs(): boolean {
    const conflict = this.store.getState().conflict;
    if (!conflict) return false;
    this.store.set({ article: factsOf(conflict.current), conflict: null, notice: null });
    return true;
  }

  /** Loads their version; the editor's text stays visible beside it, so nothing is lost. */
  takeTheirs(): void {
    const state = this.store.getState();
    if (!state.conflict) return;
    const mine = draftAsPlainText(state.draft);
    this.replaceDraft(state.conflict.current);
    this.store.set({
      conflict: null,
      keptText: mine,
      notice: { tone: 'success', message: 'Loaded their version. Your text is kept below until you dismiss it.' },
    });
  }

  /** The editor's text as plain text, also kept on screen. */
  keepMineAsText(): string {
    const text = draftAsPlainText(this.store.getState().draft);
    this.store.set({ keptText: text });
    return text;
  }

  dismissKeptText(): void {
    this.store.set({ keptText: null });
  }
}
