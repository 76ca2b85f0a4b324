// Readers' pages go out as plain HTML, without the framework's scripts. A reader's page is
// the same cached document for everyone and needs nothing of React in the browser: its links
// are links, its "3h ago" times are labelled by one small inline script of the page's own
// (components/ui/relative-times-script.tsx). Next's App Router has no switch for that; its
// scripts (React, the router, the page's flight data inlined as a dozen `self.__next_f`
// scripts) were most of what a phone did before it could show an article. Without them the
// article with its lead picture went from 87 to 99 in Lighthouse's mobile run (LCP 2.2 to
// 1.06 s; `npm run bench`), and its HTML from 65 to 24 KB (11.5 to 6 KB in brotli).
//
// What counts as a reader's page: a 200 HTML answer to a GET that Next itself declared
// shareable (`public` with `s-maxage`, no Set-Cookie: lib/edge/edge-keys.mjs), the same stamp
// the page cache and the edge go by. The newsroom, sign-in and every per-request page keep
// their scripts, as do router (flight-data) requests, which are not HTML. A page whose markup
// still waits on a script (a streamed Suspense boundary) is left as Next made it.
//
// Without the router, links navigate by documents, which the page cache answers from memory;
// speculation rules have the browser fetch the next one when the reader points at it, as
// Next's intent prefetch did (components/ui/app-link.tsx).
//
// Validators: the plain page's ETag is Next's with PLAIN_TAG added, so a browser's
// If-None-Match is mapped back to Next's own tag and Next can still answer 304.
import { chunkBytes, gunzip, gzip, headerText, isSharedAnswer } from './front-listeners.mjs';

/** Added to Next's ETag for the plain page (a pure function of Next's bytes). */
export const PLAIN_TAG = '-plain';
/** Larger answers are passed on as they are (the largest reader page is ~70 KB). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** React's Suspense boundaries still pending (`$?`) or left to the client (`$!`): only scripts complete them. */
const WAITS_ON_SCRIPT = /<!--\$[?!]-->/;
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
/** JSON-LD, speculation rules and the page's own scripts are data or the page's, not the framework's. */
const KEPT_SCRIPT = /\btype=["']?(?:application\/ld\+json|speculationrules)\b|\bdata-page-script\b/i;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel=["']?(?:modulepreload\b|preload\b[^>]*\bas=["']?script\b)[^>]*>/gi;

/** Prefetch a same-site page the reader points at (Chrome's "moderate": hover, pointer down). */
export const SPECULATION_RULES = JSON.stringify({
  prefetch: [
    {
      source: 'document',
      where: {
        and: [{ href_matches: '/*' }, { not: { href_matches: ['/admin', '/admin/*', '/signin', '/api/*', '/media/*'] } }],
      },
      eagerness: 'moderate',
    },
  ],
});

/**
 * The page without the framework's scripts and their preloads, with speculation rules for
 * its links; null when there is nothing to take out or the markup needs a script to be whole.
 * @param {string} html
 * @returns {string | null}
 */
export function withoutFrameworkScripts(html) {
  if (WAITS_ON_SCRIPT.test(html)) return null;
  let removed = 0;
  const plain = html
    .replace(SCRIPT, (element, /** @type {string} */ attributes) => {
      if (KEPT_SCRIPT.test(attributes)) return element;
      removed += 1;
      return '';
    })
    .replace(SCRIPT_PRELOAD, '');
  const bodyEnd = plain.lastIndexOf('</body>');
  if (removed === 0 || bodyEnd === -1) return null;
  return `${plain.slice(0, bodyEnd)}<script type="speculationrules">${SPECULATION_RULES}</script>${plain.slice(bodyEnd)}`;
}

/**
 * Whether Next's answer is a reader's page: a shared HTML page.
 * @param {number} status
 * @param {import('node:http').OutgoingHttpHeaders} headers
 */
export function isReadersPage(status, headers) {
  return isSharedAnswer(status, headers) && /^text\/html\b/i.test(headerText(headers['content-type']));
}

/** `"abc"` → `"abc-plain"`, `W/"abc"` → `W/"abc-plain"`. @param {string} etag */
export const plainEtag = (etag) => etag.replace(/"$/, `${PLAIN_TAG}"`);

/** If-None-Match with the plain pages' tags turned back into Next's. @param {string} ifNoneMatch */
export const nextsValidators = (ifNoneMatch) => ifNoneMatch.replaceAll(`${PLAIN_TAG}"`, '"');

/**
 * A request listener that sends readers' pages from `listener` (Next) without the
 * framework's scripts, and everything else as `listener` sends it.
 * @param {import('node:http').RequestListener} listener
 * @returns {import('node:http').RequestListener}
 */
export function withScriptFreePages(listener) {
  return (request, response) => {
    if (request.method === 'GET') holdReadersPage(request, response);
    return listener(request, response);
  };
}

/**
 * Stands between Next (and its compression, which wraps the response after this) and the
 * socket: the first time Next writes, its status and headers say whether this is a reader's
 * page. If not, every call goes straight on. If it is, the body is held until Next ends it,
 * then sent plain, in the coding Next chose.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function holdReadersPage(request, response) {
  const ifNoneMatch = request.headers['if-none-match'];
  const askedWithPlainTag = typeof ifNoneMatch === 'string' && ifNoneMatch.includes(`${PLAIN_TAG}"`);
  if (askedWithPlainTag) request.headers['if-none-match'] = nextsValidators(ifNoneMatch);

  const inner = { writeHead: response.writeHead, write: response.write, end: response.end };
  /** @type {'undecided' | 'held' | 'passed'} */
  let state = 'undecided';
  /** @type {Buffer[]} */
  const held = [];
  let heldBytes = 0;

  const decide = () => {
    if (state !== 'undecided') return state;
    state = isReadersPage(response.statusCode, response.getHeaders()) ? 'held' : 'passed';
    // The browser's copy is the plain page: Next's 304 confirms it under the plain tag.
    const etag = response.getHeader('etag');
    if (response.statusCode === 304 && askedWithPlainTag && typeof etag === 'string') response.setHeader('etag', plainEtag(etag));
    return state;
  };
  /** Sends what was held and lets the rest through: a page too large to hold. */
  const passOn = () => {
    state = 'passed';
    // Through `inner`: Next's compression still writes through this listener's functions.
    /** @type {any} */ (inner.writeHead).call(response, response.statusCode);
    for (const chunk of held.splice(0)) /** @type {any} */ (inner.write).call(response, chunk);
  };
  /** @param {unknown} chunk @param {unknown} encoding */
  const hold = (chunk, encoding) => {
    const buffer = chunkBytes(chunk, encoding);
    if (!buffer) return;
    held.push(buffer);
    heldBytes += buffer.length;
    if (heldBytes > MAX_BODY_BYTES) passOn();
  };
  /** @param {unknown[]} args */
  const callbackOf = (args) => /** @type {(() => void) | undefined} */ (args.find((arg) => typeof arg === 'function'));

  const finish = async () => {
    const body = Buffer.concat(held.splice(0));
    const gzipped = response.getHeader('content-encoding') === 'gzip';
    /** @type {Buffer | null} */
    let sent = null;
    // A gzip body that doesn't inflate is not what its headers said: sent on as it came.
    const raw = gzipped ? await gunzip(body) : body;
    const html = raw && withoutFrameworkScripts(raw.toString('utf8'));
    if (html) sent = gzipped ? await gzip(Buffer.from(html)).catch(() => null) : Buffer.from(html);
    // Next and its compression are done: from here on, straight to the socket (and to the
    // page cache, which is outside this).
    Object.assign(response, inner);
    if (response.destroyed) return;
    if (sent) {
      const etag = response.getHeader('etag');
      if (typeof etag === 'string') response.setHeader('etag', plainEtag(etag));
      response.setHeader('content-length', String(sent.length));
    }
    response.writeHead(response.statusCode);
    response.end(sent ?? body);
  };

  /** @type {any} */ (response).writeHead = function (/** @type {any[]} */ ...args) {
    const [status, ...rest] = args;
    const headers = rest.find((arg) => arg && typeof arg === 'object');
    const reason = typeof rest[0] === 'string' ? rest[0] : undefined;
    response.statusCode = status;
    if (headers) for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (decide() === 'held') return response;
    return /** @type {any} */ (inner.writeHead).call(response, status, reason);
  };
  /** @type {any} */ (response).write = function (/** @type {any[]} */ ...args) {
    if (decide() === 'passed') return /** @type {any} */ (inner.write).apply(response, args);
    hold(args[0], args[1]);
    const callback = callbackOf(args.slice(1));
    if (callback) process.nextTick(callback);
    return true;
  };
  /** @type {any} */ (response).end = function (/** @type {any[]} */ ...args) {
    if (decide() === 'passed') return /** @type {any} */ (inner.end).apply(response, args);
    hold(args[0], args[1]);
    if (state === 'passed') return /** @type {any} */ (inner.end).call(response);
    const callback = callbackOf(args);
    if (callback) response.once('finish', callback);
    void finish();
    return response;
  };
}
