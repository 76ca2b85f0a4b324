// The moment Next has expired cache tags, announced by the route cache handlers
// (runtime/cache/*-route-cache-handler.mjs, in `revalidateTag`) to the edge purge
// (app/_server/edge-purge.ts). Purging the edge before that moment lets the CDN fetch the
// old page again; purging at it, rather than after a guessed delay, makes a publish live at
// the edge as soon as the origin has it. The two sides are bundled apart (Next loads the
// cache handler itself), so they meet on a global under Symbol.for.

const LISTENER = Symbol.for('newsdesk.tagsExpired');

/**
 * Calls `listener` each time Next has expired tags in this process (one listener: the last set).
 * @param {() => void} listener
 */
export function onTagsExpired(listener) {
  /** @type {any} */ (globalThis)[LISTENER] = listener;
}

/** Called by the route cache handlers once Next's tags are expired; never throws. */
export function announceTagsExpired() {
  /** @type {(() => void) | undefined} */
  const listener = /** @type {any} */ (globalThis)[LISTENER];
  try {
    listener?.();
  } catch {
    // The listener's failure is its own to log; the revalidation has happened.
  }
}
