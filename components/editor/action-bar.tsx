'use client';

import { useClock } from './hooks/use-clock';
import type { AvailableActions } from './model/available-actions';
import type { EditorSession, SessionState } from './model/editor-session';
import { saveStatus } from './model/save-status';
import { isDirty } from './model/session-state';
import { RefusalAlert } from './refusal-alert';

/** Always in reach (sticky): how saving is going, and the main actions for this story. */
export function ActionBar({
  session,
  state,
  actions,
  autosaves,
}: {
  session: EditorSession;
  state: SessionState;
  actions: AvailableActions;
  autosaves: boolean;
}) {
  const now = useClock();
  const status = saveStatus(state, { autosaves, now });
  // Autosave queues behind nothing: the buttons only wait for a command the editor gave.
  const busy = state.pending !== null && state.pending !== 'autosave';
  return (
    <div className="action-bar">
      <RefusalAlert
        refusal={state.refusal}
        during="publish"
        dirty={isDirty(state)}
        autosaves={autosaves}
        saving={state.pending === 'autosave' || state.pending === 'save'}
        onDismiss={session.dismissRefusal}
      />
      {/* Not a live region: it ticks every second. Failures are announced below instead. */}
      <p className={`action-bar__status action-bar__status--${status.tone}`} data-testid="save-status">
        {status.text}
      </p>
      <p className="visually-hidden" role="status">
        {status.tone === 'error' ? status.text : ''}
      </p>
      <div className="action-bar__buttons">
        {actions.save ? (
          <button type="button" className="button" disabled={busy} onClick={() => void session.saveDraft()}>
            {actions.save}
          </button>
        ) : null}
        {actions.submit ? (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void session.submitForReview()}>
            Submit for review
          </button>
        ) : null}
        {actions.publish ? (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void session.publish()}>
            {actions.publish}
          </button>
        ) : null}
      </div>
    </div>
  );
}
