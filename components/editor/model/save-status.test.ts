import { describe, expect, it } from 'vitest';
import { initialState, type SessionState } from './editor-session';
import { savedAgo, saveStatus } from './save-status';
import { editorArticle } from './test-fixtures';

function state(overrides: Partial<SessionState> = {}): SessionState {
  return { ...initialState(editorArticle()), ...overrides };
}

describe('saveStatus', () => {
  it('ticks from "just now" through seconds and minutes', () => {
    expect(savedAgo(10_000, 10_500)).toBe('Saved just now');
    expect(savedAgo(10_000, 15_000)).toBe('Saved 5 s ago');
    expect(savedAgo(0, 3 * 60_000 + 5_000)).toBe('Saved 3 min ago');
  });

  it('puts the most urgent news first', () => {
    const now = 100_000;
    expect(saveStatus(state({ pending: 'autosave', edits: 2, savedEdits: 1 }), { autosaves: true, now }).text).toBe('Saving…');
    expect(saveStatus(state({ edits: 1 }), { autosaves: true, now })).toEqual({ text: 'Unsaved changes', tone: 'warning' });
    expect(saveStatus(state({ edits: 1 }), { autosaves: false, now }).text).toMatch(/kept in this browser/);
    expect(saveStatus(state({ edits: 1, autosaveFailure: 'Fix the link.' }), { autosaves: true, now }).tone).toBe('error');
    expect(saveStatus(state({ lastSavedAt: now - 5_000 }), { autosaves: true, now }).text).toBe('Saved 5 s ago');
    expect(saveStatus(state(), { autosaves: true, now: null }).text).toBe('No unsaved changes');
  });
});
