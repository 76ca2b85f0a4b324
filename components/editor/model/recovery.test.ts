import { describe, expect, it } from 'vitest';
import { Recovery } from './recovery';
import { initialState, isDirty, type SessionState } from './session-state';
import { Store } from './store';
import { doc, editorArticle, memoryStorage } from './test-fixtures';

const NOW = 1_800_000_000_000;

function setUp(state: SessionState = initialState(editorArticle())) {
  const store = new Store(state);
  const storage = memoryStorage();
  return { store, storage, recovery: new Recovery(store, storage, () => NOW) };
}

describe('Recovery: the browser’s copy', () => {
  it('keeps a copy while work is unsaved and drops it once everything is saved', () => {
    const { store, storage, recovery } = setUp();
    store.set({ draft: { ...store.getState().draft, summary: doc('Unsaved') }, edits: 1 });
    recovery.keepCopy();
    expect(storage.items.size).toBe(1);
    recovery.afterSave();
    expect(storage.items.size).toBe(1); // still dirty: the copy follows
    store.set({ savedEdits: 1 });
    recovery.afterSave();
    expect(storage.items.size).toBe(0);
  });

  it('restores a copy on the older of its version and the server’s, so a later save can conflict', () => {
    const first = setUp(initialState(editorArticle({ version: 3 })));
    first.store.set({ draft: { ...first.store.getState().draft, summary: doc('From the crash') }, edits: 1 });
    first.recovery.keepCopy();

    const store = new Store(initialState(editorArticle({ version: 5 })));
    const recovery = new Recovery(store, first.storage, () => NOW);
    recovery.checkBackup();
    expect(store.getState().backupOffer?.version).toBe(3);
    expect(recovery.restoreBackup()).toBe(true);
    expect(store.getState().article.version).toBe(3);
    expect(isDirty(store.getState())).toBe(true);
    expect(recovery.restoreBackup()).toBe(false); // nothing offered any more
  });
});

describe('Recovery: versions that clash', () => {
  it('"keep mine" bases the draft on their version and clears the conflict', () => {
    const { store, recovery } = setUp();
    expect(recovery.baseOnTheirs()).toBe(false);
    const theirs = editorArticle({ version: 8 });
    store.set({ conflict: { current: theirs, during: 'save' }, notice: { tone: 'error', message: 'Clash' } });
    expect(recovery.baseOnTheirs()).toBe(true);
    expect(store.getState()).toMatchObject({ conflict: null, notice: null });
    expect(store.getState().article.version).toBe(8);
  });
});
