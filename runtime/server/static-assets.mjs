// The build's scripts and stylesheets (/_next/static/…, content-hashed, immutable) from
// memory, gzipped once, before Next's router. Through Next each request is routed, read from
// disk and gzipped again: on two cores the page's stylesheet arrived after its scripts, so
// the first paint waited for them. Anything this does not hold (other file types, Range
// requests, unknown names) goes to Next, which answers as before.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { sendAnswer } from './front-listeners.mjs';

const gzip = promisify(zlib.gzip);

const STATIC_PREFIX = '/_next/static/';
const TYPES = new Map([
  ['.js', 'application/javascript; charset=UTF-8'],
  ['.css', 'text/css; charset=UTF-8'],
]);

/**
 * @typedef {{ headers: Record<string, string>; etag: string; raw: Buffer; gzipped: Buffer }} Asset
 * @typedef {{ key: string; value: string }} Header
 * @typedef {{ regex: string; headers: Header[]; has?: unknown[]; missing?: unknown[] }} HeaderRule
 */

/**
 * The headers next.config.mjs gives a path, from the build's routes manifest (its `headers()`
 * rules, compiled), so a file answered here carries what Next would have sent.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 */
function configuredHeaders(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    if (new RegExp(rule.regex).test(pathname)) for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
  }
  return headers;
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

/**
 * @param {string} root the directory holding the build's `static` folder and routes-manifest.json (`.next`)
 */
function staticAssets(root) {
  const staticDir = path.join(root, 'static');
  // Rules with `has`/`missing` conditions (next.config.mjs has none) depend on the request:
  // with any of them, or no manifest, every file is left to Next rather than answered with
  // headers that might be wrong.
  /** @type {Promise<HeaderRule[] | null>} */
  const rules = fs
    .readFile(path.join(root, 'routes-manifest.json'), 'utf8')
    .then((text) => /** @type {{ headers?: HeaderRule[] }} */ (JSON.parse(text)).headers ?? [])
    .then((list) => (list.some((rule) => rule.has?.length || rule.missing?.length) ? null : list))
    .catch(() => null);
  /** @type {Map<string, Promise<Asset | null>>} */
  const assets = new Map();

  /** @param {string} pathname @returns {Promise<Asset | null>} */
  async function load(pathname) {
    const type = TYPES.get(path.extname(pathname));
    const headerRules = await rules;
    if (!type || !headerRules) return null;
    const file = path.join(staticDir, decodeURIComponent(pathname.slice(STATIC_PREFIX.length)));
    if (!file.startsWith(staticDir + path.sep)) return null;
    const raw = await fs.readFile(file).catch(() => null);
    if (!raw) return null;
    const etag = `"${crypto.createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`;
    return {
      headers: {
        ...configuredHeaders(headerRules, pathname),
        'cache-control': 'public, max-age=31536000, immutable',
        'content-type': type,
        etag,
        vary: 'Accept-Encoding',
      },
      etag,
      raw,
      gzipped: await gzip(raw),
    };
  }

  return {
    /**
     * The asset for a request path, or null when Next should answer. Only files that
     * exist are kept (the build's own, a fixed set); a miss is not remembered.
     * @param {string} pathname
     */
    get(pathname) {
      let asset = assets.get(pathname);
      if (!asset) {
        asset = load(pathname).catch(() => null);
        assets.set(pathname, asset);
        void asset.then((loaded) => loaded || assets.delete(pathname));
      }
      return asset;
    },
  };
}

/**
 * A request listener that answers the build's scripts and stylesheets and hands the rest to `listener`.
 * @param {import('node:http').RequestListener} listener
 * @param {string} root
 * @returns {import('node:http').RequestListener}
 */
export function withStaticAssets(listener, root) {
  const store = staticAssets(root);
  return (request, response) => {
    const url = request.url ?? '';
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !url.startsWith(STATIC_PREFIX) || request.headers.range) {
      return listener(request, response);
    }
    const end = url.indexOf('?');
    const pathname = end === -1 ? url : url.slice(0, end);
    store.get(pathname).then(
      (asset) => {
        if (!asset) return listener(request, response);
        if (request.headers['if-none-match'] === asset.etag) return sendAnswer(request, response, { status: 304, headers: asset.headers, body: null });
        const gzipped = acceptsGzip(request.headers['accept-encoding']);
        const body = gzipped ? asset.gzipped : asset.raw;
        const headers = { ...asset.headers, ...(gzipped ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) };
        sendAnswer(request, response, { status: 200, headers, body });
      },
      () => listener(request, response),
    );
  };
}
