'use client';

import { useSyncExternalStore } from 'react';
import type { EditorSession, SessionState } from '../model/editor-session';

/** The session's current state; re-renders on every change. */
export function useSessionState(session: EditorSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
