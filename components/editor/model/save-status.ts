import { isDirty, type SessionState } from './session-state';

export type SaveTone = 'neutral' | 'busy' | 'warning' | 'error';

/** "Saved 5 s ago", "Saved 3 min ago": how long since the last save, coarse enough to read. */
export function savedAgo(savedAt: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - savedAt) / 1_000));
  if (seconds < 2) return 'Saved just now';
  if (seconds < 60) return `Saved ${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `Saved ${minutes} min ago`;
  return `Saved ${Math.floor(minutes / 60)} h ago`;
}

/** The one line the status bar shows about saving, most urgent first. */
export function saveStatus(
  state: SessionState,
  { autosaves, now }: { autosaves: boolean; now: number | null },
): { text: string; tone: SaveTone } {
  const dirty = isDirty(state);
  if (state.conflict) return { text: 'Autosave paused until the conflict is resolved', tone: 'warning' };
  if (state.pending && state.pending !== 'delete') return { text: 'Saving…', tone: 'busy' };
  if (dirty && state.autosaveFailure) return { text: `Not saved. ${state.autosaveFailure}`, tone: 'error' };
  if (dirty && !autosaves) {
    return { text: 'Unsaved changes (kept in this browser until you save them)', tone: 'warning' };
  }
  if (dirty) return { text: 'Unsaved changes', tone: 'warning' };
  if (state.lastSavedAt !== null && now !== null) return { text: savedAgo(state.lastSavedAt, now), tone: 'neutral' };
  return { text: 'No unsaved changes', tone: 'neutral' };
}
