'use client';

import { type ReactNode, useState, useTransition } from 'react';
import type { ChecklistItem } from '@/lib/newsroom/publish-checklist';
import { PublishChecklistView } from './publish-checklist-view';
import { ConfirmButton } from './confirm-button';
import { describedBy, FieldErrors } from './field-errors';
import { useHydrated } from './hooks/use-hydrated';
import type { AvailableActions } from './model/available-actions';
import { type EditorDraft, isoToLocalInput } from './model/draft';
import type { ArticleFacts, EditorSession } from './model/editor-session';

/** Scheduling, the "substantive update" flag, and the actions that change a story's status. */
export function PublishingPanel({
  session,
  draft,
  article,
  actions,
  fieldErrors,
  busy,
  checklist = null,
  scheduleRefusal = null,
}: {
  session: EditorSession;
  draft: EditorDraft;
  article: ArticleFacts;
  actions: AvailableActions;
  fieldErrors: Record<string, string[]>;
  busy: boolean;
  /** The publish checklist, for someone who may publish; null hides it. */
  checklist?: ChecklistItem[] | null;
  /** A refused schedule, told here beside the Schedule button. */
  scheduleRefusal?: ReactNode;
}) {
  const hydrated = useHydrated();
  const [, startTransition] = useTransition();
  const hasAny =
    checklist || actions.schedule || actions.substantive || actions.unpublish || actions.archive || actions.deleteDraft || actions.sendBack;
  if (!hasAny) return null;

  return (
    <fieldset className="publishing-panel">
      <legend className="label">Publishing</legend>

      {checklist ? <PublishChecklistView items={checklist} /> : null}

      {actions.substantive ? (
        <div className="field field--checkbox">
          <input
            id="substantive"
            type="checkbox"
            checked={draft.substantive}
            onChange={(event) => session.setSubstantive(event.target.checked)}
          />
          <label htmlFor="substantive">This is a substantive update (readers see “Updated”)</label>
        </div>
      ) : null}

      {actions.schedule ? (
        <div className="field schedule-field">
          <label htmlFor="scheduledAt">Publish at</label>
          <div className="schedule-field__row">
            <input
              id="scheduledAt"
              type="datetime-local"
              // The browser's own zone: only known after hydration, so the server renders it empty.
              value={hydrated ? isoToLocalInput(draft.scheduledAt) : ''}
              aria-invalid={fieldErrors.scheduledAt ? true : undefined}
              aria-describedby={describedBy('scheduledAt-hint', fieldErrors.scheduledAt && 'scheduledAt-error')}
              onChange={(event) => session.setScheduledAt(event.target.value)}
            />
            <button type="button" className="button" disabled={busy} onClick={() => void session.schedule()}>
              {actions.schedule}
            </button>
          </div>
          <p id="scheduledAt-hint" className="field-hint">
            {hydrated ? `In your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}).` : 'In your time zone.'}
            {hydrated && article.status === 'scheduled' && article.scheduledAt
              ? ` Now scheduled for ${article.scheduledAt.toLocaleString()}.`
              : ''}
          </p>
          <FieldErrors id="scheduledAt-error" messages={fieldErrors.scheduledAt} />
          {scheduleRefusal}
        </div>
      ) : null}

      {actions.sendBack ? <SendBack session={session} errors={fieldErrors.note} busy={busy} /> : null}

      <div className="publishing-panel__buttons">
        {actions.unpublish ? (
          <ConfirmButton
            label="Unpublish"
            question="Take the story off the site? It goes back to being a draft; its address stops working for readers."
            confirmLabel="Unpublish"
            disabled={busy}
            onConfirm={() => void session.unpublish()}
          />
        ) : null}
        {actions.archive ? (
          <ConfirmButton
            label="Archive"
            question="Archive the story? Readers will no longer see it; it stays in the newsroom."
            confirmLabel="Archive"
            disabled={busy}
            onConfirm={() => void session.archive()}
          />
        ) : null}
        {actions.deleteDraft ? (
          <ConfirmButton
            label="Delete draft"
            danger
            question="Delete this draft for good? This can’t be undone."
            confirmLabel="Delete draft"
            disabled={busy}
            // In a transition, so the redirect that follows a deletion reaches Next's router.
            onConfirm={() => startTransition(() => session.deleteDraft())}
          />
        ) : null}
      </div>
    </fieldset>
  );
}

function SendBack({ session, errors, busy }: { session: EditorSession; errors: string[] | undefined; busy: boolean }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  if (!open) {
    return (
      <p>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Send back to the writer…
        </button>
      </p>
    );
  }
  return (
    <div className="field send-back">
      <label htmlFor="send-back-note">Note for the writer</label>
      <textarea
        id="send-back-note"
        rows={3}
        value={note}
        // Opened on purpose to write the note: start there.
        autoFocus
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? 'send-back-note-error' : undefined}
        onChange={(event) => setNote(event.target.value)}
      />
      <FieldErrors id="send-back-note-error" messages={errors} />
      <div className="confirm__buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={async () => {
            await session.sendBack(note);
            if (session.getState().article.status === 'draft') setOpen(false);
          }}
        >
          Send back
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
