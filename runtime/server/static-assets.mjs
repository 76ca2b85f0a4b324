// Build output answered from memory, compressed once, before Next's router: the scripts and
// stylesheets (/_next/static/…, content-hashed, immutable), and the route handlers Next
// prerendered at build and never regenerates (robots.txt, the icon, the site's share card).
// Through Next each request is routed, read from disk and gzipped again: on two cores the
// page's stylesheet arrived after its scripts, so the first paint waited for them, and
// /robots.txt cost ~830 µs of CPU where these cost ~20. Anything this does not hold (other
// file types, Range requests, unknown names, every page) goes to Next, which answers as before.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stampEdgeHeaders } from '../../lib/edge/edge-keys.mjs';
import { brotli, chosenCoding, gzip, isCompressible, sendAnswer, sendBody } from './front-listeners.mjs';

const STATIC_PREFIX = '/_next/static/';
const TYPES = new Map([
  ['.js', 'application/javascript; charset=UTF-8'],
  ['.css', 'text/css; charset=UTF-8'],
]);

/**
 * @typedef {import('./front-listeners.mjs').Encoded & { headers: Record<string, string>; etag: string; raw: Buffer }} Asset
 * @typedef {{ key: string; value: string }} Header
 * @typedef {{ regex: string; headers: Header[]; has?: unknown[]; missing?: unknown[] }} HeaderRule
 * @typedef {{ headers?: HeaderRule[]; rsc?: { varyHeader?: string } }} RoutesManifest
 * @typedef {{ routeType?: string; renderingMode?: string; initialRevalidateSeconds?: number | false }} PrerenderedRoute
 * @typedef {{ status?: number; headers?: Record<string, string> }} RouteMeta
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

/** @param {string} file @returns {any} */
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Route handlers whose one answer was made at build and is never made again: static, with no
 * revalidation period (Next's prerender manifest). The app never revalidates by path, so
 * nothing replaces them until the next build. Their SITE_URL is the build's, as it is when
 * Next serves them (README: set SITE_URL at build time too).
 * @param {string} root
 * @returns {Set<string>}
 */
function neverRegeneratedRoutes(root) {
  /** @type {{ routes?: Record<string, PrerenderedRoute> } | null} */
  const manifest = readJson(path.join(root, 'prerender-manifest.json'));
  return new Set(
    Object.entries(manifest?.routes ?? {})
      .filter(([, route]) => route.routeType === 'route' && route.renderingMode === 'STATIC' && route.initialRevalidateSeconds === false)
      .map(([pathname]) => pathname),
  );
}

/**
 * A file with its gzip, answered from the moment that is made; brotli at its best quality
 * follows (the largest script takes ~0.4 s), and clients get it once it is there.
 * @param {{ headers: Record<string, string>; etag: string; raw: Buffer }} file
 * @param {boolean} compressible
 * @returns {Promise<Asset>}
 */
async function compressed(file, compressible) {
  /** @type {Asset} */
  const asset = { ...file, gzip: compressible ? await gzip(file.raw) : null, br: null };
  if (compressible) {
    brotli(file.raw, 11).then(
      (br) => (asset.br = br),
      () => {},
    );
  }
  return asset;
}

/** @param {Buffer} raw */
function strongEtag(raw) {
  return `"${crypto.createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`;
}

/**
 * @param {string} root the build directory (`.next`): its `static` folder, `server/app`
 *   prerenders, routes-manifest.json and prerender-manifest.json
 */
function buildFiles(root) {
  const staticDir = path.join(root, 'static');
  const appDir = path.join(root, 'server', 'app');
  /** @type {RoutesManifest | null} */
  const manifest = readJson(path.join(root, 'routes-manifest.json'));
  // Rules with `has`/`missing` conditions (next.config.mjs has none) depend on the request:
  // with any of them, or no manifest, every request is left to Next rather than answered
  // with headers that might be wrong.
  const rules = manifest && !manifest.headers?.some((rule) => rule.has?.length || rule.missing?.length) ? (manifest.headers ?? []) : null;
  const routes = rules ? neverRegeneratedRoutes(root) : new Set();
  const routeVary = manifest?.rsc?.varyHeader;
  /** @type {Map<string, Promise<Asset | null>>} */
  const assets = new Map();

  /** @param {string} pathname @returns {Promise<Asset | null>} */
  async function loadStatic(pathname) {
    const type = TYPES.get(path.extname(pathname));
    if (!type || !rules) return null;
    const file = path.join(staticDir, decodeURIComponent(pathname.slice(STATIC_PREFIX.length)));
    if (!file.startsWith(staticDir + path.sep)) return null;
    const raw = await fs.promises.readFile(file).catch(() => null);
    if (!raw) return null;
    const etag = strongEtag(raw);
    const headers = {
      ...configuredHeaders(rules, pathname),
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': type,
      etag,
      vary: 'Accept-Encoding',
    };
    return compressed({ headers, etag, raw }, true);
  }

  /**
   * A prerendered route's body and the headers Next sends with it: the configured ones, the
   * route's own, and the edge keys and shared-cache lifetime the route cache stamps on it
   * (lib/edge/edge-keys.mjs, the same function). Next drops the tag list it recorded.
   * @param {string} pathname @returns {Promise<Asset | null>}
   */
  async function loadRoute(pathname) {
    if (!rules || !routeVary) return null;
    const base = path.join(appDir, pathname);
    const [metaText, raw] = await Promise.all([fs.promises.readFile(`${base}.meta`, 'utf8'), fs.promises.readFile(`${base}.body`)]);
    /** @type {RouteMeta} */
    const meta = JSON.parse(metaText);
    if (meta.status !== 200 || !meta.headers?.['content-type']) return null;
    const stamped = stampEdgeHeaders({ kind: 'APP_ROUTE', headers: { ...meta.headers } }, pathname).headers;
    delete stamped['x-next-cache-tags'];
    const compressible = isCompressible(stamped['content-type']);
    const etag = strongEtag(raw);
    const headers = {
      ...configuredHeaders(rules, pathname),
      ...stamped,
      etag,
      vary: compressible ? `${routeVary}, Accept-Encoding` : routeVary,
    };
    return compressed({ headers, etag, raw }, compressible);
  }

  return {
    /** Whether `pathname` may be one of these files (a route, or under /_next/static/). @param {string} pathname */
    covers(pathname) {
      return pathname.startsWith(STATIC_PREFIX) || routes.has(pathname);
    },
    /**
     * The file for a request path, or null when Next should answer. Only files that exist
     * are kept (the build's own, a fixed set); a miss is not remembered.
     * @param {string} pathname
     */
    get(pathname) {
      let asset = assets.get(pathname);
      if (!asset) {
        asset = (routes.has(pathname) ? loadRoute(pathname) : loadStatic(pathname)).catch(() => null);
        assets.set(pathname, asset);
        void asset.then((loaded) => loaded || assets.delete(pathname));
      }
      return asset;
    },
  };
}

/**
 * A request listener that answers the build's scripts, stylesheets and never-regenerated
 * routes and hands the rest to `listener`. Server actions and on-demand revalidation
 * (`next-action`, `x-prerender-revalidate`) always reach Next.
 * @param {import('node:http').RequestListener} listener
 * @param {string} root
 * @returns {import('node:http').RequestListener}
 */
export function withStaticAssets(listener, root) {
  const files = buildFiles(root);
  return (request, response) => {
    const url = request.url ?? '';
    const end = url.indexOf('?');
    const pathname = end === -1 ? url : url.slice(0, end);
    const { headers } = request;
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      !files.covers(pathname) ||
      headers.range ||
      headers['next-action'] ||
      headers['x-prerender-revalidate']
    ) {
      return listener(request, response);
    }
    files.get(pathname).then(
      (asset) => {
        if (!asset) return listener(request, response);
        if (headers['if-none-match'] === asset.etag) return sendAnswer(request, response, { status: 304, headers: asset.headers, body: null });
        const coding = chosenCoding(headers['accept-encoding'], asset);
        sendBody(request, response, asset.headers, coding ? /** @type {Buffer} */ (asset[coding]) : asset.raw, coding);
      },
      () => listener(request, response),
    );
  };
}
