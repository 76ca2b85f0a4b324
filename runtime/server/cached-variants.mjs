// Picture variants from memory, before Next's router. A cached variant through Next's route
// handler cost ~2 ms of CPU here (511 req/s at 50 connections on two cores); the same bytes
// from this listener, a Map lookup and one write. The app decides what may be answered this
// way: it publishes a lookup under CACHED_VARIANT_ANSWER (lib/media/variant-answer.ts) that
// knows only variants it has already served and kept in its variant cache, with the same
// headers its route sends. Anything it doesn't know — first requests, unknown names, every
// other path — goes to Next as before.
import { sendAnswer } from './front-listeners.mjs';

/** Where the app publishes its lookup; Symbol.for, so the app's bundle and this module agree. */
export const CACHED_VARIANT_ANSWER = Symbol.for('newsdesk.cachedVariantAnswer');
export const VARIANT_PATH_PREFIX = '/media/i/';

/**
 * @typedef {{ status: number; headers: Record<string, string>; body: Uint8Array | null }} VariantAnswer
 * @typedef {(file: string, ifNoneMatch: string | undefined) => VariantAnswer | undefined} VariantLookup
 */

/**
 * @param {import('node:http').IncomingMessage} request
 * @returns {VariantAnswer | undefined}
 */
export function cachedVariantAnswer(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const url = request.url ?? '';
  if (!url.startsWith(VARIANT_PATH_PREFIX)) return undefined;
  /** @type {VariantLookup | undefined} */
  const lookup = /** @type {any} */ (globalThis)[CACHED_VARIANT_ANSWER];
  if (typeof lookup !== 'function') return undefined;
  const end = url.indexOf('?');
  const file = url.slice(VARIANT_PATH_PREFIX.length, end === -1 ? undefined : end);
  const ifNoneMatch = request.headers['if-none-match'];
  return lookup(file, typeof ifNoneMatch === 'string' ? ifNoneMatch : undefined);
}

/**
 * A request listener that answers cached variants itself and hands the rest to `listener`.
 * @param {import('node:http').RequestListener} listener
 * @returns {import('node:http').RequestListener}
 */
export function withCachedVariants(listener) {
  return (request, response) => {
    let answer;
    try {
      answer = cachedVariantAnswer(request);
    } catch {
      // The route answers instead, and logs whatever went wrong there.
      answer = undefined;
    }
    if (!answer) return listener(request, response);
    sendAnswer(request, response, answer);
  };
}
