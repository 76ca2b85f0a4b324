import { describe, expect, it } from 'vitest';
import { emptyPoint, insertPoint } from './key-points';
import { initialState, type SessionState } from './session-state';
import { doc, editorArticle, saved } from './test-fixtures';
import { absorbWrite, draftToSend, type WriteResult } from './write-outcome';

const NOW = 1_800_000_000_000;

/** A session with one edit not yet saved and a new point with text after the stored two. */
function editedState(): SessionState {
  const start = initialState(editorArticle());
  const withNew = insertPoint(start.draft, { ...emptyPoint('new'), content: doc('Third') });
  return { ...start, draft: insertPoint(withNew, emptyPoint('blank')), edits: 1 };
}

describe('draftToSend', () => {
  it('sends the draft on the known version and remembers which points the server will store', () => {
    const state = editedState();
    const { input, sent } = draftToSend(state);
    expect(input.version).toBe(3);
    expect(input.keyPoints).toHaveLength(4);
    const [first, second] = state.draft.keyPoints;
    expect(sent.storedKeys).toEqual([first!.key, second!.key, 'new']); // the blank one is dropped
    expect(sent.rows.keyPoints).toEqual([first!.key, second!.key, 'new', 'blank']);
    expect(sent.edits).toBe(1);
  });
});

describe('absorbWrite', () => {
  it('takes a save’s answer: version, facts, the new point’s id, and the draft saved up to what was sent', () => {
    const state = editedState();
    const { sent } = draftToSend(state);
    const [first, second] = editorArticle().keyPoints;
    const later = { ...state, edits: 2 }; // typed on while the save was out
    const { outcome, patch } = absorbWrite(later, 'save', saved(4, { keyPointIds: [first!.id, second!.id, 'id-new'] }), sent, NOW);
    expect(outcome).toBe('saved');
    expect(patch.article).toMatchObject({ version: 4, slug: 'rates-held', status: 'draft', authorName: 'Wren Writer' });
    expect(patch.draft?.keyPoints.find((point) => point.key === 'new')?.id).toBe('id-new');
    expect(patch.draft?.keyPoints.find((point) => point.key === 'blank')?.id).toBeUndefined();
    expect(patch).toMatchObject({ savedEdits: 1, lastSavedAt: NOW, autosaveFailure: null, fieldErrors: {} });
    expect(patch.notice).toEqual({ tone: 'success', message: 'Saved' });
  });

  it('keeps an autosave quiet, and a command that sent no draft leaves the draft’s save mark alone', () => {
    const state = editedState();
    const autosaved = absorbWrite(state, 'autosave', saved(4), draftToSend(state).sent, NOW);
    expect(autosaved.patch.notice).toBeUndefined();
    expect(autosaved.patch.fieldErrors).toBeUndefined();
    const command = absorbWrite(state, 'unpublish', saved(4), null, NOW);
    expect(command.patch).toMatchObject({ savedEdits: 0, lastSavedAt: null });
    expect(command.patch.draft).toBe(state.draft);
  });

  it('stops the slug following the headline once the story goes public', () => {
    const state = initialState(editorArticle());
    expect(state.draft.slugFollowsHeadline).toBe(true);
    const { patch } = absorbWrite(state, 'publish', saved(4, { status: 'published', slug: 'rates-held' }), draftToSend(state).sent, NOW);
    expect(patch.draft).toMatchObject({ slug: 'rates-held', slugFollowsHeadline: false });
  });

  it('turns a conflict into their version beside the editor’s, without touching the draft', () => {
    const state = editedState();
    const theirs = editorArticle({ version: 9 });
    const conflict: WriteResult = { status: 'error', code: 'conflict', message: 'Ed saved.', fieldErrors: {}, current: theirs };
    const { outcome, patch } = absorbWrite(state, 'autosave', conflict, draftToSend(state).sent, NOW);
    expect(outcome).toBe('conflict');
    expect(patch).toEqual({ conflict: { current: theirs, during: 'autosave' }, notice: { tone: 'error', message: 'Ed saved.' } });
  });

  it('keys field errors by row and adds form-wide ones to the message', () => {
    const state = editedState();
    const refused: WriteResult = {
      status: 'error',
      code: 'invalid',
      message: 'Please fix the highlighted fields.',
      fieldErrors: { 'keyPoints.2.content': ['Too long'], form: ['Slow down.'] },
    };
    const { outcome, patch } = absorbWrite(state, 'save', refused, draftToSend(state).sent, NOW);
    expect(outcome).toBe('refused');
    expect(patch.fieldErrors).toEqual({ 'keyPoints.new.content': ['Too long'], form: ['Slow down.'] });
    expect(patch.notice).toEqual({ tone: 'error', message: 'Please fix the highlighted fields. Slow down.' });
    const autosave = absorbWrite(state, 'autosave', refused, draftToSend(state).sent, NOW);
    expect(autosave.patch.notice).toBeUndefined();
    expect(autosave.patch.autosaveFailure).toBe('Please fix the highlighted fields. Slow down.');
  });
});
