// Puts listeners in front of Next's own on the standalone server, which creates its HTTP
// server inside Next's startServer and offers no hook: the next http.createServer call in
// this process gets its request listener wrapped.
import http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * @param {(listener: http.RequestListener) => http.RequestListener} wrap
 */
export function wrapNextRequestListener(wrap) {
  const createServer = http.createServer;
  /** @param {any[]} args */
  const wrapped = function (...args) {
    http.createServer = createServer;
    const last = args.length - 1;
    if (typeof args[last] === 'function') args[last] = wrap(args[last]);
    return /** @type {any} */ (createServer).apply(http, args);
  };
  http.createServer = /** @type {typeof http.createServer} */ (wrapped);
}

/**
 * Writes an answer a front listener gives instead of Next: HEAD gets the headers only.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {{ status: number; headers: Record<string, string>; body: Uint8Array | null }} answer
 */
export function sendAnswer(request, response, answer) {
  response.writeHead(answer.status, answer.headers);
  response.end(request.method === 'HEAD' || !answer.body ? undefined : answer.body);
}

/**
 * A body in the content codings the front listeners keep. Brotli is about a sixth smaller
 * than gzip on our pages: enough to bring an article's HTML, headers included, within the
 * first round trip of a new connection (TCP's initial window, about 14 KB), where gzip
 * needed a second.
 * @typedef {'br' | 'gzip'} Coding
 * @typedef {{ raw: Buffer | null; gzip: Buffer | null; br: Buffer | null }} Encoded
 */

/**
 * A 200 with `body` in `coding` (null: plain) and its length.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {Record<string, string>} headers
 * @param {Buffer} body
 * @param {Coding | null} coding
 */
export function sendBody(request, response, headers, body, coding) {
  const sent = { ...headers, ...(coding ? { 'content-encoding': coding } : {}), 'content-length': String(body.length) };
  sendAnswer(request, response, { status: 200, headers: sent, body });
}

/**
 * How much the client wants `coding` (its q-value, `*` counting), 0 when it refuses it.
 * @param {string | undefined} acceptEncoding
 * @param {Coding} coding
 */
export function acceptance(acceptEncoding, coding) {
  let best = 0;
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== coding && name !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    // The coding named outright wins over `*`.
    if (name === coding) return Number.isFinite(value) ? value : 0;
    best = Number.isFinite(value) ? value : 0;
  }
  return best;
}

/**
 * The kept coding to answer with: the one the client wants most, brotli on a tie; null
 * when it takes neither (the plain bytes).
 * @param {string | undefined} acceptEncoding
 * @param {Encoded} encoded
 * @returns {Coding | null}
 */
export function chosenCoding(acceptEncoding, encoded) {
  /** @type {Coding | null} */
  let chosen = null;
  let wanted = 0;
  for (const coding of /** @type {const} */ (['br', 'gzip'])) {
    const q = encoded[coding] ? acceptance(acceptEncoding, coding) : 0;
    if (q > wanted) [chosen, wanted] = [coding, q];
  }
  return chosen;
}

/** Gzip on libuv's thread pool, as the front listeners keep it beside brotli. */
export const gzip = promisify(zlib.gzip);

const inflate = promisify(zlib.gunzip);
/** The plain bytes of a gzip body, or null when it doesn't inflate (cut short). @param {Buffer} body */
export const gunzip = (body) => inflate(body).catch(() => null);

const brotliCompress = promisify(zlib.brotliCompress);

/**
 * Brotli on libuv's thread pool, off the request thread: quality 11 for build files, made
 * once; a lower one for pages, made again after every publish (on an article, 6 costs
 * ~2 ms and 11 ~90 ms for 11 % fewer bytes).
 * @param {Buffer} raw
 * @param {number} quality
 */
export function brotli(raw, quality) {
  return brotliCompress(raw, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
}

/** Types Next's compression gzips (the `compressible` list, for what a front listener sends). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|[\w.+-]+\+(json|xml))\b)/i;

/** @param {string} contentType */
export function isCompressible(contentType) {
  return COMPRESSIBLE.test(contentType);
}

/**
 * The bytes of a chunk Next hands `response.write` or `end`, or null for none (a callback in
 * its place).
 * @param {unknown} chunk
 * @param {unknown} encoding
 * @returns {Buffer | null}
 */
export function chunkBytes(chunk, encoding) {
  if (chunk == null || typeof chunk === 'function') return null;
  return typeof chunk === 'string'
    ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'))
    : Buffer.from(/** @type {Uint8Array} */ (chunk));
}

/** A header's value as one string, as it would be sent. @param {unknown} value @returns {string} */
export function headerText(value) {
  return Array.isArray(value) ? value.join(', ') : String(value ?? '');
}

/**
 * Whether Next declared its answer the same for everyone, from its status and headers: a
 * 200 that is `public` with `s-maxage` (the route cache's stamp, lib/edge/edge-keys.mjs),
 * with no Set-Cookie, plain or in the gzip Next's compression makes.
 * @param {number} status
 * @param {http.OutgoingHttpHeaders} headers
 */
export function isSharedAnswer(status, headers) {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false;
  const cacheControl = headerText(headers['cache-control']).toLowerCase();
  if (!/(^|,)\s*public\s*(,|$)/.test(cacheControl) || !/s-maxage=\d+/.test(cacheControl)) return false;
  if (/no-store|private|no-cache/.test(cacheControl)) return false;
  const encoding = headers['content-encoding'];
  return encoding === undefined || encoding === 'gzip';
}
