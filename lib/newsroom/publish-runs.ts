/*
 * What a failed scheduled-publishing run leaves in `publish_runs.error`: a code, never the
 * error's own words — the dashboard shows the row to every editor, and a database message
 * can name tables, constraints and values. The detail goes to the server log instead.
 */

const runFailures = {
  /** The run's transaction failed: it rolled back, so nothing went live. */
  publish_failed: 'no story was put live; the next run tries again. The details are in the server log.',
} as const;

export type PublishRunFailure = keyof typeof runFailures;

export const PUBLISH_FAILED: PublishRunFailure = 'publish_failed';

/** Rows written before codes held the error text itself: those get this. */
const UNKNOWN_FAILURE = 'the details are in the server log.';

/** Safe text for a stored run error, whatever the row holds. */
export function publishRunErrorText(stored: string): string {
  return Object.hasOwn(runFailures, stored) ? runFailures[stored as PublishRunFailure] : UNKNOWN_FAILURE;
}
