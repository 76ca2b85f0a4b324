import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorArticle } from '@/db/queries/newsroom';
import type { Actor } from '@/lib/authz/policy';
import { toPlainText } from '@/lib/content';
import type { SavedArticle } from '@/lib/newsroom/result';
import type { DraftInput } from './draft';
import type { ActionState, EditorApi } from './editor-api';
import { AUTOSAVE_DELAY_MS, EditorSession, isDirty } from './editor-session';
import { AUTHOR_ID, deferred, doc, editorArticle, fakeApi, memoryStorage, saved } from './test-fixtures';

type SaveInput = DraftInput & { mode: 'save' | 'autosave' };

const writer: Actor = { id: AUTHOR_ID, role: 'writer', disabled: false };
const editor: Actor = { id: '00000000-0000-4000-8000-0000000000ee', role: 'editor', disabled: false };

function session(api: EditorApi, article: EditorArticle = editorArticle(), storage = memoryStorage(), actor: Actor = writer) {
  return new EditorSession({ article, actor, api, storage });
}

/** Lets queued promise callbacks run (fake timers don't advance microtasks on their own). */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves two seconds after the last edit, with the version the article was loaded at', async () => {
    const save = vi.fn((_input: SaveInput) => Promise.resolve(saved(4)));
    const s = session(fakeApi({ save }));
    s.setHeadline(doc('Rates held again'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    s.setHeadline(doc('Rates held again today'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]).toMatchObject({ mode: 'autosave', version: 3 });
    expect(toPlainText(save.mock.calls[0]?.[0].headline)).toBe('Rates held again today');
    await settle();
    expect(s.getState().article.version).toBe(4);
    expect(isDirty(s.getState())).toBe(false);
    expect(s.getState().lastSavedAt).not.toBeNull();
  });

  it('keeps one request in flight and sends only the latest draft after it, on the new version', async () => {
    const first = deferred<ActionState<SavedArticle, EditorArticle>>();
    const save = vi
      .fn((_input: SaveInput) => Promise.resolve(saved(5)))
      .mockImplementationOnce(() => first.promise);
    const s = session(fakeApi({ save }));
    s.setSummary(doc('One'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(s.getState().pending).toBe('autosave');

    s.setSummary(doc('One two'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    s.setSummary(doc('One two three'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1); // still waiting for the first

    first.resolve(saved(4));
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0].version).toBe(4);
    expect(toPlainText(save.mock.calls[1]?.[0].summary)).toBe('One two three');
    await settle();
    expect(isDirty(s.getState())).toBe(false);
  });

  it('never autosaves a published story, but keeps a browser backup and offers it on the next load', async () => {
    const save = vi.fn();
    const storage = memoryStorage();
    const live = editorArticle({ status: 'published', slug: 'rates-held', publishedAt: new Date() });
    const first = session(fakeApi({ save }), live, storage, editor);
    first.setSummary(doc('A correction in progress'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(save).not.toHaveBeenCalled();
    expect(first.hasUnsavedWork()).toBe(true);

    const reloaded = session(fakeApi({ save }), live, storage, editor);
    reloaded.checkBackup();
    expect(reloaded.getState().backupOffer).not.toBeNull();
    reloaded.restoreBackup();
    expect(toPlainText(reloaded.getState().draft.summary)).toBe('A correction in progress');
    expect(reloaded.getState().generation).toBe(1);
    expect(isDirty(reloaded.getState())).toBe(true);
  });

  it('drops a backup that matches what the server already has', () => {
    const storage = memoryStorage();
    const first = session(fakeApi(), editorArticle(), storage);
    first.setSummary(doc('The bank kept rates.')); // same text as stored
    const reloaded = session(fakeApi(), editorArticle(), storage);
    reloaded.checkBackup();
    expect(reloaded.getState().backupOffer).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('shows field errors on the row that was sent, even after the rows moved', async () => {
    const save = vi.fn((_input: SaveInput) =>
      Promise.resolve<ActionState<SavedArticle, EditorArticle>>({
        status: 'error',
        code: 'invalid',
        message: 'Please fix the highlighted fields.',
        fieldErrors: { 'keyPoints.1.sourceUrl': ['Enter a full http:// or https:// address'] },
      }),
    );
    const s = session(fakeApi({ save }));
    const [firstPoint, secondPoint] = s.getState().draft.keyPoints;
    s.setKeyPointSource(secondPoint!.key, 'not a url');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    s.moveKeyPoint(secondPoint!.key, -1);
    await settle();
    expect(s.getState().fieldErrors).toEqual({
      [`keyPoints.${secondPoint!.key}.sourceUrl`]: ['Enter a full http:// or https:// address'],
    });
    expect(s.getState().draft.keyPoints.map((point) => point.key)).toEqual([secondPoint!.key, firstPoint!.key]);
    expect(s.getState().autosaveFailure).toMatch(/fix the highlighted/);
    expect(s.getState().notice).toBeNull(); // autosave doesn't raise alerts
  });
});

describe('conflicts', () => {
  const theirs = editorArticle({ version: 7, summary: doc('Their summary'), authorName: 'Ed Itor' });
  const conflict: ActionState<SavedArticle, EditorArticle> = {
    status: 'error',
    code: 'conflict',
    message: 'Ed Itor saved this article while you were editing.',
    fieldErrors: {},
    current: theirs,
  };

  it('pauses autosave and keeps the editor’s text until they choose', async () => {
    const save = vi.fn((_input: SaveInput) => Promise.resolve(conflict));
    const s = session(fakeApi({ save }));
    s.setSummary(doc('My summary'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await settle();
    expect(s.getState().conflict?.current.version).toBe(7);
    expect(toPlainText(s.getState().draft.summary)).toBe('My summary');

    s.setSummary(doc('My summary, still typing'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(save).toHaveBeenCalledTimes(1);
    expect(s.autosaves()).toBe(false);
  });

  it('"Keep mine" saves the editor’s draft on top of their version', async () => {
    const save = vi
      .fn((_input: SaveInput) => Promise.resolve(saved(8)))
      .mockImplementationOnce(() => Promise.resolve(conflict));
    const s = session(fakeApi({ save }));
    s.setSummary(doc('My summary'));
    await s.saveDraft();
    expect(s.getState().conflict).not.toBeNull();
    await s.keepMine();
    expect(save.mock.calls[1]?.[0]).toMatchObject({ mode: 'save', version: 7 });
    expect(toPlainText(save.mock.calls[1]?.[0].summary)).toBe('My summary');
    expect(s.getState().conflict).toBeNull();
    expect(s.getState().article.version).toBe(8);
  });

  it('"Take theirs" loads their version and keeps the editor’s text on screen', async () => {
    const s = session(fakeApi({ save: () => Promise.resolve(conflict) }));
    s.setSummary(doc('My summary'));
    await s.saveDraft();
    s.takeTheirs();
    const state = s.getState();
    expect(toPlainText(state.draft.summary)).toBe('Their summary');
    expect(state.article.version).toBe(7);
    expect(state.generation).toBe(1);
    expect(isDirty(state)).toBe(false);
    expect(state.keptText).toContain('Summary: My summary');
  });
});

describe('commands', () => {
  it('waits for an autosave in flight, then publishes with the version it returned', async () => {
    const first = deferred<ActionState<SavedArticle, EditorArticle>>();
    const save = vi.fn((_input: SaveInput) => first.promise);
    const publish = vi.fn((_input: DraftInput) => Promise.resolve(saved(5, { status: 'published', slug: 'rates-held' })));
    const s = session(fakeApi({ save, publish }), editorArticle(), memoryStorage(), editor);
    s.setHeadline(doc('Rates held'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    const publishing = s.publish();
    await settle();
    expect(publish).not.toHaveBeenCalled();
    first.resolve(saved(4));
    await publishing;
    expect(publish.mock.calls[0]?.[0].version).toBe(4);
    const state = s.getState();
    expect(state.article.status).toBe('published');
    expect(state.notice).toEqual({ tone: 'success', message: 'Saved' });
    // A live story's address no longer follows the headline.
    expect(state.draft.slugFollowsHeadline).toBe(false);
    expect(state.draft.slug).toBe('rates-held');
  });

  it('learns the ids of new key points from the save’s answer, so the next save keeps them', async () => {
    const [first, second] = editorArticle().keyPoints;
    const newId = '00000000-0000-4000-8000-000000000103';
    const save = vi
      .fn((_input: SaveInput) => Promise.resolve(saved(5, { keyPointIds: [first!.id, second!.id, newId] })))
      .mockImplementationOnce(() => Promise.resolve(saved(4, { keyPointIds: [first!.id, second!.id, newId] })));
    // No load: the answer carries the ids, and the fake API fails the test on any other call.
    const s = session(fakeApi({ save }));
    const key = s.addKeyPoint();
    s.setKeyPointContent(key, doc('Third'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    expect(s.getState().draft.keyPoints.find((point) => point.key === key)?.id).toBe(newId);

    s.setKeyPointContent(key, doc('Third, edited'));
    await s.saveDraft();
    expect(save.mock.calls[1]?.[0].keyPoints.map((point) => point.id)).toEqual([first!.id, second!.id, newId]);
  });

  it('matches the stored ids to the points by key, even if they moved while the save was out', async () => {
    const pending = deferred<ActionState<SavedArticle, EditorArticle>>();
    const s = session(fakeApi({ save: () => pending.promise }));
    const [firstPoint] = s.getState().draft.keyPoints;
    const empty = s.addKeyPoint();
    const fresh = s.addKeyPoint();
    s.setKeyPointContent(fresh, doc('Fresh'));
    const saving = s.saveDraft();
    await settle();
    s.moveKeyPoint(fresh, -3); // now first
    const [first, second] = editorArticle().keyPoints;
    // The empty point wasn't stored, so the answer has three ids for the three points with text.
    pending.resolve(saved(4, { keyPointIds: [first!.id, second!.id, 'fresh-id'] }));
    await saving;
    const points = s.getState().draft.keyPoints;
    expect(points.map((point) => point.id)).toEqual(['fresh-id', first!.id, second!.id, undefined]);
    expect(points.find((point) => point.key === empty)?.id).toBeUndefined();
    expect(points[1]?.key).toBe(firstPoint!.key);
  });

  it('shows what the answer says about the story: review note, schedule, publish time', async () => {
    const scheduledAt = new Date('2026-12-01T09:00:00Z');
    const publishedAt = new Date('2026-11-26T12:00:00Z');
    const api = fakeApi({
      sendBack: () => Promise.resolve(saved(4, { reviewNote: 'Needs a second source' })),
      schedule: () => Promise.resolve(saved(5, { status: 'scheduled', scheduledAt })),
      publish: () => Promise.resolve(saved(6, { status: 'published', publishedAt })),
    });
    const s = session(api, editorArticle({ status: 'in_review' }), memoryStorage(), editor);
    await s.sendBack('Needs a second source');
    expect(s.getState().article).toMatchObject({ status: 'draft', version: 4, reviewNote: 'Needs a second source' });
    await s.schedule();
    expect(s.getState().article).toMatchObject({ status: 'scheduled', version: 5, scheduledAt, reviewNote: null });
    await s.publish();
    expect(s.getState().article).toMatchObject({ status: 'published', version: 6, publishedAt, scheduledAt: null });
  });

  it('saves unsaved draft edits before restoring a revision, then loads the restored text', async () => {
    const calls: string[] = [];
    const restoredArticle = editorArticle({ version: 6, summary: doc('Old summary') });
    const api = fakeApi({
      save: (input) => {
        calls.push(`save v${input.version}`);
        return Promise.resolve(saved(5));
      },
      restore: (input) => {
        calls.push(`restore v${input.version}`);
        return Promise.resolve(saved(6));
      },
      load: () => {
        calls.push('load');
        return Promise.resolve({ status: 'success', message: '', data: restoredArticle });
      },
    });
    const s = session(api);
    s.setSummary(doc('Unsaved words'));
    await s.restoreRevision('00000000-0000-4000-8000-000000000999');
    expect(calls).toEqual(['save v3', 'restore v5', 'load']);
    expect(toPlainText(s.getState().draft.summary)).toBe('Old summary');
    expect(s.getState().generation).toBe(1);
  });

  it('reports an unreachable server as an error, keeping the draft dirty', async () => {
    const s = session(fakeApi({ save: () => Promise.reject(new TypeError('Failed to fetch')) }));
    s.setSummary(doc('Typed offline'));
    await s.saveDraft();
    expect(s.getState().notice?.tone).toBe('error');
    expect(isDirty(s.getState())).toBe(true);
  });

  it('lets nobody without edit rights change the draft', () => {
    const other: Actor = { id: '00000000-0000-4000-8000-0000000000ff', role: 'writer', disabled: false };
    const s = session(fakeApi(), editorArticle(), memoryStorage(), other);
    s.setSummary(doc('Sneaky'));
    expect(isDirty(s.getState())).toBe(false);
  });
});

describe('the fake API', () => {
  it.fails('fails the test on a call the test did not provide', async () => {
    const s = session(fakeApi());
    s.setSummary(doc('Saved through an API that has no save'));
    await s.saveDraft();
    // The session shows it as a server it couldn't reach; only the fake's check catches it.
    expect(s.getState().notice?.tone).toBe('error');
  });
});

describe('key points', () => {
  it('moves, removes and restores points, announcing each change', () => {
    const s = session(fakeApi());
    const [first, second] = s.getState().draft.keyPoints;
    expect(s.moveKeyPoint(first!.key, 1)).toBe(true);
    expect(s.getState().announcement).toBe('Key point moved to position 2 of 2.');
    expect(s.moveKeyPoint(first!.key, 1)).toBe(false);
    s.removeKeyPoint(second!.key);
    expect(s.getState().draft.keyPoints).toHaveLength(1);
    s.undoRemoveKeyPoint();
    expect(s.getState().draft.keyPoints.map((point) => point.key)).toEqual([second!.key, first!.key]);
  });
});

describe('verifying key points', () => {
  const pointId = '00000000-0000-4000-8000-000000000101';

  it('an editor marks a stored point verified; the stored answer is what the session shows', async () => {
    const at = new Date('2026-12-03T14:05:00Z');
    const verifyKeyPoint = vi.fn(() =>
      Promise.resolve({ status: 'success' as const, message: 'ok', data: { keyPointId: pointId, verification: { byName: 'Ed', at } } }),
    );
    const s = session(fakeApi({ verifyKeyPoint }), editorArticle(), memoryStorage(), editor);
    const key = s.getState().draft.keyPoints[0]!.key;
    expect(await s.setVerified(key, true)).toBe(true);
    expect(verifyKeyPoint).toHaveBeenCalledWith({ articleId: editorArticle().id, keyPointId: pointId, verified: true });
    expect(s.getState().verifications[pointId]).toEqual({ byName: 'Ed', at });
    expect(isDirty(s.getState())).toBe(false);
  });

  it('a writer cannot, and asks the server nothing', async () => {
    const s = session(fakeApi());
    expect(await s.setVerified(s.getState().draft.keyPoints[0]!.key, true)).toBe(false);
  });

  it('a save that rewords a point takes the cleared verification from the server’s answer', async () => {
    const verified = editorArticle({
      keyPoints: editorArticle().keyPoints.map((point) => ({ ...point, verifiedAt: new Date(), verifiedByName: 'Ed' })),
    });
    const save = vi.fn((_input: SaveInput) => Promise.resolve(saved(2, { verifications: {} })));
    const s = session(fakeApi({ save }), verified, memoryStorage(), editor);
    expect(Object.keys(s.getState().verifications)).toHaveLength(2);
    s.setKeyPointContent(s.getState().draft.keyPoints[0]!.key, doc('First point, reworded'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await settle();
    expect(save).toHaveBeenCalled();
    expect(s.getState().verifications).toEqual({});
  });
});
