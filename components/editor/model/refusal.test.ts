import { describe, expect, it } from 'vitest';
import { editorArticle } from './test-fixtures';
import { draftChecklist } from './checklist';
import { draftFromArticle } from './draft';
import { draftSafety, firstMissingField, refusalMessage } from './refusal';
import { absorbWrite } from './write-outcome';
import { initialState } from './session-state';

describe('firstMissingField', () => {
  it('picks the field highest on the form, whatever order the server listed them in', () => {
    expect(firstMissingField({ sourceId: ['Choose a source'], kind: ['Choose a label'], sectionId: ['Choose a section'] })).toBe('kind');
    expect(firstMissingField({ sectionId: ['x'], 'keyPoints.point-2.content': ['y'] })).toBe('keyPoints.point-2.content');
    expect(firstMissingField({ scheduledAt: ['x'], bylines: ['y'] })).toBe('bylines');
  });

  it('names no field for form-wide errors', () => {
    expect(firstMissingField({ form: ['Someone changed it'] })).toBeNull();
  });
});

describe('refusalMessage', () => {
  it('says what was refused and lists what is missing, in form order', () => {
    expect(refusalMessage('publish', { sourceId: ['Choose a source'], kind: ['Choose a label: news, analysis, opinion or sponsored'] }, 'x')).toBe(
      'Not published: choose a label: news, analysis, opinion or sponsored; choose a source.',
    );
    expect(refusalMessage('schedule', {}, 'The story can’t be scheduled yet.')).toBe('Not scheduled: The story can’t be scheduled yet.');
  });
});

describe('draftSafety', () => {
  it('tells the truth about the draft', () => {
    expect(draftSafety({ dirty: false, autosaves: true, saving: false })).toBe('Your draft is saved.');
    expect(draftSafety({ dirty: true, autosaves: true, saving: false })).toMatch(/will be autosaved/);
    expect(draftSafety({ dirty: true, autosaves: false, saving: false })).toMatch(/not yet saved/);
    expect(draftSafety({ dirty: true, autosaves: true, saving: true })).toBe('Saving your draft…');
  });
});

describe('a refused publish, as the session absorbs it', () => {
  it('becomes a refusal for the bar (not a notice at the top), with the first field to focus', () => {
    const state = initialState(editorArticle());
    const { outcome, patch } = absorbWrite(
      state,
      'publish',
      { status: 'error', code: 'invalid', message: 'The story isn’t ready to publish yet.', fieldErrors: { sectionId: ['Choose a section'], kind: ['Choose a label'] } },
      null,
      0,
    );
    expect(outcome).toBe('refused');
    expect(patch.notice).toBeNull();
    expect(patch.refusal).toMatchObject({ during: 'publish', firstField: 'kind', message: 'Not published: choose a label; choose a section.' });
    expect(patch.fieldErrors).toEqual({ sectionId: ['Choose a section'], kind: ['Choose a label'] });
  });

  it('leaves other refusals (a save) at the top as before', () => {
    const state = initialState(editorArticle());
    const { patch } = absorbWrite(state, 'save', { status: 'error', code: 'invalid', message: 'Please fix', fieldErrors: {} }, null, 0);
    expect(patch.refusal).toBeUndefined();
    expect(patch.notice).toMatchObject({ tone: 'error' });
  });
});

describe('the editor’s live checklist', () => {
  it('follows the draft: no label refuses; a verified point counts as backed', () => {
    const article = editorArticle({ kind: null, authorId: 'someone' });
    const draft = { ...draftFromArticle(article), bylineIds: ['person-1'] };
    const items = draftChecklist(draft, {});
    expect(items.find((item) => item.id === 'label')?.status).toBe('refuse');
    expect(items.find((item) => item.id === 'keyPointsBacked')).toMatchObject({ status: 'warn', message: expect.stringMatching(/^Key point 1 /) });
    const verified = { [article.keyPoints[0]!.id]: { byName: 'Ada', at: new Date() } };
    const after = draftChecklist({ ...draft, kind: 'opinion' }, verified);
    expect(after.map((item) => item.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('refuses a story with no one credited', () => {
    const draft = { ...draftFromArticle(editorArticle()), bylineIds: [] };
    expect(draftChecklist(draft, {})[0]).toMatchObject({ id: 'bylines', status: 'refuse' });
  });
});
