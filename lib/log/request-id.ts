/*
 * A request id ties together the log lines of one request. A load balancer's id wins
 * (nginx `$request_id`, Vercel's `x-vercel-id`), so our lines match the proxy's access log;
 * otherwise proxy.ts or the first logger mints one.
 */

export const REQUEST_ID_HEADER = 'x-request-id';

const WELL_FORMED = /^[\w.:-]{1,128}$/;

interface HeaderReader {
  get(name: string): string | null;
}

/** The caller's id if it is safe to echo into logs, else a fresh one. */
export function requestIdFrom(headers: HeaderReader): string {
  for (const name of [REQUEST_ID_HEADER, 'x-vercel-id']) {
    const value = headers.get(name);
    if (value && WELL_FORMED.test(value)) return value;
  }
  return crypto.randomUUID();
}
