/*
 * A first look at server-action POSTs (a `Next-Action` header), in proxy.ts, for two
 * requests Next itself answers with a 500:
 * - an `Origin` header that is not a URL (`http://[bad`): Next's CSRF check runs
 *   `new URL(origin)` unguarded and the TypeError becomes a 500 on any page;
 * - a body over the actions' limit: Next throws a 413 ApiError but answers 500 (a TODO
 *   in its action handler).
 * Both are the client's fault, so they get a 4xx here before Next sees them. Next's own
 * same-origin check still runs on everything that passes.
 */

/** Server actions' body limit (next.config.mjs repeats it: it can't import TypeScript). */
export const ACTION_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export interface ActionRefusal {
  status: 400 | 413;
  message: string;
}

function parsableOrigin(origin: string): boolean {
  if (origin === 'null') return true; // sandboxed/opaque origins: Next refuses those itself
  try {
    new URL(origin);
    return true;
  } catch {
    return false;
  }
}

/** Null for a request Next can judge itself; otherwise the status and message to answer with. */
export function refuseActionRequest(method: string, headers: Headers): ActionRefusal | null {
  if (method !== 'POST' || !headers.has('next-action')) return null;
  const origin = headers.get('origin');
  if (origin !== null && !parsableOrigin(origin)) return { status: 400, message: 'Malformed Origin header.' };
  const length = Number(headers.get('content-length') ?? '0');
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) {
    return { status: 413, message: 'The form is too large to send (at most 4 MB). A logo may be at most 512 KB.' };
  }
  return null;
}
