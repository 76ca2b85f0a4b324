// Puts listeners in front of Next's own on the standalone server, which creates its HTTP
// server inside Next's startServer and offers no hook: the next http.createServer call in
// this process gets its request listener wrapped.
import http from 'node:http';

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
 * A 200 with `body` as it is (gzipped or plain) and its length.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {Record<string, string>} headers
 * @param {Buffer} body
 * @param {boolean} gzipped
 */
export function sendBody(request, response, headers, body, gzipped) {
  const sent = { ...headers, ...(gzipped ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) };
  sendAnswer(request, response, { status: 200, headers: sent, body });
}

/** Whether the client takes gzip (`q=0` refuses it). @param {string | undefined} acceptEncoding */
export function acceptsGzip(acceptEncoding) {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Types Next's compression gzips (the `compressible` list, for what a front listener sends). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|[\w.+-]+\+(json|xml))\b)/i;

/** @param {string} contentType */
export function isCompressible(contentType) {
  return COMPRESSIBLE.test(contentType);
}
