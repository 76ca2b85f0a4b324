// Readers' public pages from memory, before Next's router. Next serves a cached page from its
// route cache, but pays its per-request cost first (routing, rewrite and header rules, the
// cache lookup, streaming the entry): an article at ~550 req/s on two cores and 50
// connections, ~15,600 from here (`npm run bench`). So the origin holds up without a CDN.
//
// What is kept: exactly what Next answered an anonymous document request with, when Next
// itself declared it shareable (`public` with `s-maxage`: the route cache's stamp,
// lib/edge/edge-keys.mjs) — status 200, no Set-Cookie, not a stale copy. Requests that could
// get another answer never use it: any cookie or Authorization (a session, a preview), the
// router's flight-data and prefetch requests (`rsc`, `next-router-*`, `next-url`), server
// actions, ranges, revalidation requests, and anything but GET and HEAD.
//
// When it is forgotten: every cache tag Next revalidates empties it (the route cache handlers
// call PAGE_CACHE_FLUSH at the moment Next expires the tags, so the edge's purge, which comes
// after, never refetches an old page from here), and a page is asked of Next again after
// MAX_AGE_MS in any case, which bounds the lag behind Next's own time-based regeneration. A
// page whose request began before a flush is not kept. One instance only: with REDIS_URL,
// another instance's revalidations never reach this process, so serve.mjs leaves it off.
import {
  brotli,
  chosenCoding,
  chunkBytes,
  gunzip,
  gzip,
  headerText,
  isCompressible,
  isSharedAnswer,
  sendAnswer,
  sendBody,
} from './front-listeners.mjs';

/** Where this module publishes its flush; Symbol.for, so the cache handlers' module agrees. */
export const PAGE_CACHE_FLUSH = Symbol.for('newsdesk.pageCacheFlush');
/** A kept page is asked of Next again after this long (Next regenerates pages hourly). */
export const MAX_AGE_MS = 60_000;
/** Larger answers are never kept (the largest reader page is ~70 KB). */
const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_MB = 16;
/** Pages are compressed again after every publish: see `brotli`. */
const BROTLI_QUALITY = 6;

/** Request headers that could change Next's answer, or mark it as someone's own. */
const BYPASS_HEADERS = [
  'cookie',
  'authorization',
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'range',
  'x-prerender-revalidate',
];
/** Response headers that belong to one connection or one encoding, not to the page. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

/**
 * A kept page holds the bytes Next sent, gzipped (most clients) or plain, and what it lacks
 * of brotli, gzip and plain made here; the plain bytes of a gzipped page only for the first
 * client that takes neither.
 * @typedef {import('./front-listeners.mjs').Encoded & { headers: Record<string, string>; storedAt: number; bytes: number }} Page
 * @typedef {{ maxBytes: number; now?: () => number }} PageCacheOptions
 */

/**
 * Memory for kept pages: `PAGE_CACHE_MB` (default 16; 0 turns it off), and none when REDIS_URL
 * is set (several instances).
 * @param {Readonly<Record<string, string | undefined>>} env
 */
export function pageCacheBytes(env) {
  if (env.REDIS_URL) return 0;
  const mb = Number(env.PAGE_CACHE_MB ?? DEFAULT_MB);
  return (Number.isFinite(mb) && mb >= 0 ? mb : DEFAULT_MB) * 1024 * 1024;
}

/** Empties the page cache, if this process has one. */
export function flushPageCache() {
  /** @type {(() => void) | undefined} */
  const flush = /** @type {any} */ (globalThis)[PAGE_CACHE_FLUSH];
  flush?.();
}

/** @param {import('node:http').IncomingMessage} request */
function mayUseCache(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const { headers } = request;
  for (const name of BYPASS_HEADERS) if (headers[name] !== undefined) return false;
  return true;
}

/**
 * Whether Next's answer may be kept, from its status and headers: shared, and not a stale
 * copy (which Next is regenerating).
 * @param {number} status
 * @param {import('node:http').OutgoingHttpHeaders} headers
 */
export function isShareable(status, headers) {
  return isSharedAnswer(status, headers) && headerText(headers['x-nextjs-cache']).toUpperCase() !== 'STALE';
}

/**
 * Collects what Next writes to `response` (after its compression: gzip when the client took
 * it) and calls `done` with the body once the whole response went out; never when it was cut
 * short or grew past MAX_BODY_BYTES.
 * @param {import('node:http').ServerResponse} response
 * @param {(body: Buffer) => void} done
 */
function captureBody(response, done) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let tooLarge = false;
  /** @param {unknown} chunk @param {unknown} encoding */
  const collect = (chunk, encoding) => {
    const buffer = tooLarge ? null : chunkBytes(chunk, encoding);
    if (!buffer) return;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      tooLarge = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = response.write;
  const end = response.end;
  /** @type {any} */ (response).write = function (/** @type {any[]} */ ...args) {
    collect(args[0], args[1]);
    return /** @type {any} */ (write).apply(this, args);
  };
  /** @type {any} */ (response).end = function (/** @type {any[]} */ ...args) {
    collect(args[0], args[1]);
    return /** @type {any} */ (end).apply(this, args);
  };
  // 'finish' only when every byte was handed to the socket; a client that went away first
  // leaves a partial body, which is dropped.
  response.once('finish', () => {
    if (!tooLarge) done(Buffer.concat(chunks));
  });
}

/**
 * @param {import('node:http').OutgoingHttpHeaders} sent
 * @param {boolean} compressible
 * @returns {Record<string, string>}
 */
function keptHeaders(sent, compressible) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [name, value] of Object.entries(sent)) {
    if (value !== undefined && !PER_RESPONSE.has(name)) headers[name] = headerText(value);
  }
  // Kept pages are answered as Next answers its cache hits.
  if (headers['x-nextjs-cache'] !== undefined) headers['x-nextjs-cache'] = 'HIT';
  if (compressible && !/accept-encoding/i.test(headers.vary ?? '')) {
    headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
  }
  return headers;
}

/**
 * The encodings of a captured body to keep, or null when it is not what its headers say (a
 * gzip body that doesn't inflate — cut short —, a length that doesn't match).
 * @param {Buffer} body
 * @param {import('node:http').OutgoingHttpHeaders} sent
 * @param {boolean} compressible
 * @returns {Promise<import('./front-listeners.mjs').Encoded | null>}
 */
async function encodings(body, sent, compressible) {
  if (sent['content-encoding'] === 'gzip') {
    const raw = await gunzip(body);
    return raw ? { raw: null, gzip: body, br: await brotli(raw, BROTLI_QUALITY).catch(() => null) } : null;
  }
  const length = sent['content-length'];
  if (length !== undefined && Number(length) !== body.length) return null;
  if (!compressible) return { raw: body, gzip: null, br: null };
  const [gzipped, br] = await Promise.all([gzip(body).catch(() => null), brotli(body, BROTLI_QUALITY).catch(() => null)]);
  return gzipped ? { raw: body, gzip: gzipped, br } : null;
}

/**
 * A request listener that answers kept public pages itself and hands the rest to `listener`,
 * keeping what it answers that may be kept.
 * @param {import('node:http').RequestListener} listener
 * @param {PageCacheOptions} options
 * @returns {import('node:http').RequestListener}
 */
export function withPageCache(listener, { maxBytes, now = Date.now }) {
  if (maxBytes <= 0) return listener;
  /** @type {Map<string, Page>} in least-recently-used order */
  const pages = new Map();
  let bytes = 0;
  // Bumped by every flush: a capture that began under an older generation is not kept.
  let generation = 0;

  /** @param {string} key */
  const forget = (key) => {
    const page = pages.get(key);
    if (!page) return;
    pages.delete(key);
    bytes -= page.bytes;
  };
  /** @type {any} */ (globalThis)[PAGE_CACHE_FLUSH] = () => {
    generation += 1;
    pages.clear();
    bytes = 0;
  };

  const trim = () => {
    for (const oldest of pages.keys()) {
      if (bytes <= maxBytes) break;
      forget(oldest);
    }
  };
  /** @param {string} key @param {Page} page */
  const keep = (key, page) => {
    forget(key);
    if (page.bytes > maxBytes) return;
    pages.set(key, page);
    bytes += page.bytes;
    trim();
  };

  /** @param {string} key @param {import('node:http').ServerResponse} response */
  const capture = (key, response) => {
    const startedIn = generation;
    const storedAt = now();
    captureBody(response, (body) => {
      let sent;
      try {
        sent = response.getHeaders();
        if (!isShareable(response.statusCode, sent)) return;
      } catch {
        return;
      }
      const compressible = isCompressible(headerText(sent['content-type']));
      void encodings(body, sent, compressible).then((encoded) => {
        if (!encoded || generation !== startedIn) return;
        const headers = keptHeaders(sent, compressible);
        const size = (encoded.raw?.length ?? 0) + (encoded.gzip?.length ?? 0) + (encoded.br?.length ?? 0) + 1024;
        keep(key, { headers, ...encoded, storedAt, bytes: size });
      });
    });
  };

  return (request, response) => {
    if (!mayUseCache(request)) return listener(request, response);
    const key = request.url ?? '/';
    const page = pages.get(key);
    if (page && now() - page.storedAt < MAX_AGE_MS) {
      // Most recently used last.
      pages.delete(key);
      pages.set(key, page);
      const etag = page.headers.etag;
      if (etag !== undefined && request.headers['if-none-match'] === etag) {
        return sendAnswer(request, response, { status: 304, headers: page.headers, body: null });
      }
      const coding = chosenCoding(request.headers['accept-encoding'], page);
      if (coding) return sendBody(request, response, page.headers, /** @type {Buffer} */ (page[coding]), coding);
      if (page.raw) return sendBody(request, response, page.headers, page.raw, null);
      // A gzipped page, first asked for plain: inflated once and kept beside it.
      return void gunzip(/** @type {Buffer} */ (page.gzip)).then((raw) => {
        if (!raw) return listener(request, response);
        if (pages.get(key) === page && !page.raw) {
          page.raw = raw;
          page.bytes += raw.length;
          bytes += raw.length;
          trim();
        }
        sendBody(request, response, page.headers, raw, null);
      });
    }
    if (page) forget(key);
    if (request.method === 'GET') {
      try {
        capture(key, response);
      } catch {
        // Never in the way of Next's answer.
      }
    }
    return listener(request, response);
  };
}
