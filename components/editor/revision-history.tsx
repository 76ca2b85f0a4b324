'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { ZonedTimestamp } from '@/components/ui/zoned-timestamp';
import { toPlainText } from '@/lib/content';
import type { RevisionSummary } from './model/editor-api';
import type { EditorSession } from './model/editor-session';

const REASONS: Record<string, string> = {
  create: 'Created',
  seed: 'Imported',
  autosave: 'Autosaved',
  save: 'Saved',
  publish: 'Published',
  schedule: 'Scheduled',
  submit: 'Submitted for review',
  'send-back': 'Sent back',
  unpublish: 'Unpublished',
  archive: 'Archived',
  restore: 'Restored an earlier version',
};

/** Every saved version, newest first; any of them can be restored as a new version. */
export function RevisionHistory({
  session,
  initial,
  currentVersion,
  canRestore,
  busy,
  timeZone,
}: {
  session: EditorSession;
  initial: RevisionSummary[];
  currentVersion: number;
  canRestore: boolean;
  busy: boolean;
  timeZone: string;
}) {
  const [revisions, setRevisions] = useState(initial);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const latestRequest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latestRequest.current;
    const result = await session.listRevisions();
    if (request !== latestRequest.current) return; // A newer load is on its way.
    if (result.status === 'success') {
      setRevisions(result.data);
      setProblem(null);
    } else if (result.status === 'error') {
      setProblem(result.message);
    }
  }, [session]);

  // While open, follow the article: every new version adds a row.
  useEffect(() => {
    if (!open) return;
    let seen = session.getState().article.version;
    return session.subscribe(() => {
      const version = session.getState().article.version;
      if (version === seen) return;
      seen = version;
      void load();
    });
  }, [open, session, load]);

  return (
    <details
      className="revision-history"
      onToggle={(event) => {
        const isOpen = event.currentTarget.open;
        setOpen(isOpen);
        if (isOpen) void load();
      }}
    >
      <summary>Revision history</summary>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <ol className="revision-list">
        {revisions.map((revision) => (
          <li key={revision.id} className="revision-list__item">
            <div>
              <p className="revision-list__what">
                <strong>Version {revision.version}</strong> · {REASONS[revision.reason] ?? revision.reason}
                {revision.version === currentVersion ? <span className="status-badge">current</span> : null}
              </p>
              <p className="revision-list__meta">
                {revision.authorName ?? 'Someone'} · <ZonedTimestamp date={revision.createdAt} timeZone={timeZone} />
              </p>
              <p className="revision-list__headline">{toPlainText(revision.headline) || 'No headline'}</p>
            </div>
            {canRestore && revision.version !== currentVersion ? (
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                aria-label={`Restore version ${revision.version}`}
                onClick={() => void session.restoreRevision(revision.id)}
              >
                Restore
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
