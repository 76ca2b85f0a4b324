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
