// Plain ESM: the route cache handlers (runtime/cache/*.mjs) stamp responses with these keys,
// and the purgers (lib/edge/*.ts) purge by the same keys, so both sides agree by construction.
import { createHash } from 'node:crypto';

/*
 * The CDNs' limits (checked November 2026; README "Behind a CDN"):
 * - Cloudflare `Cache-Tag`: comma-separated, at most 16 KB for the whole header, one tag
 *   at most 1,024 characters; purge by tag takes 30 tags per API call (100 on current
 *   plans; CLOUDFLARE_PURGE_BATCH).
 * - Fastly `Surrogate-Key`: space-separated, at most 16,384 bytes, one key at most 1,024
 *   bytes; a batch purge takes at most 256 keys.
 * - Varnish (xkey): no key limit of its own, but `http_resp_hdr_len` defaults to 8 KB per
 *   response header — the smallest budget of the three, so it is the one we keep under.
 */
export const MAX_KEY_LENGTH = 128;
export const MAX_HEADER_BYTES = 8000;

/** Characters every CDN accepts in a key, with no separator (space or comma) among them. */
const PLAIN_KEY = /^[A-Za-z0-9:._\-/]+$/;

/**
 * One cache tag as an edge key: itself when it is short and plain (readable in `varnishlog`
 * and CDN dashboards), otherwise `h:` and 22 characters of its SHA-256 — stable, so the
 * header and the purge always name the same key.
 * @param {string} tag
 */
export function edgeKey(tag) {
  if (tag.length <= MAX_KEY_LENGTH && PLAIN_KEY.test(tag)) return tag;
  return `h:${createHash('sha256').update(tag).digest('base64url').slice(0, 22)}`;
}

/** Next's implicit per-path tags (`_N_T_/…`): the app never revalidates by path. */
const IMPLICIT_TAG_PREFIX = '_N_T_';

/**
 * The edge keys for a response from the tags Next recorded for it (`x-next-cache-tags`,
 * comma-separated). `complete` is false when they don't fit the header budget: such a
 * response must not be kept long, since a purge of a dropped key would miss it.
 * @param {readonly string[]} tags
 * @returns {{ keys: string[]; complete: boolean }}
 */
export function edgeKeysFor(tags) {
  const keys = [];
  const seen = new Set();
  let bytes = 0;
  let complete = true;
  for (const tag of tags) {
    const trimmed = tag.trim();
    if (!trimmed || trimmed.startsWith(IMPLICIT_TAG_PREFIX)) continue;
    const key = edgeKey(trimmed);
    if (seen.has(key)) continue;
    seen.add(key);
    const cost = key.length + (keys.length > 0 ? 1 : 0);
    if (bytes + cost > MAX_HEADER_BYTES) {
      complete = false;
      continue;
    }
    bytes += cost;
    keys.push(key);
  }
  return { keys, complete };
}

/**
 * Shared caches keep a page for a year and are purged by tag the moment it changes, and may
 * serve it for a day if the origin is failing. Browsers, which nobody can purge, keep nothing
 * fresh (max-age=0): a reader who follows a link after a correction gets the corrected page
 * from the edge, not a copy their browser kept. No stale-while-revalidate here: a browser
 * would apply it too (to the router's RSC fetches); the shipped VCL sets its own grace.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=31536000, stale-if-error=86400';
/** A response whose keys did not all fit: kept a minute only, since a purge might miss it. */
export const SHORT_SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-if-error=86400';
/** Never stored by a shared cache: the newsroom, sign-in, the API, previews, action answers. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/**
 * Paths whose answers are per person whatever Next made of them (`/signin` is prerendered,
 * yet it must never sit in a shared cache beside a session's pages). proxy.ts marks them
 * private; the route cache leaves them unstamped.
 * @param {string} pathname
 */
export function isPrivatePath(pathname) {
  return pathname === '/signin' || pathname === '/admin' || pathname.startsWith('/admin/') || pathname.startsWith('/api/');
}

/**
 * The page path inside a route-cache key: Next 16 keys entries as
 * `/route-cache/<kind>/<hash>/$/<path>`; older keys are the path itself.
 * @param {string} cacheKey
 */
export function pagePath(cacheKey) {
  const marker = cacheKey.indexOf('/$/');
  return marker === -1 ? cacheKey : cacheKey.slice(marker + 2);
}

/**
 * The headers that tell an edge how long to keep a response and under which keys.
 * @param {readonly string[]} tags
 * @returns {Record<string, string>}
 */
export function edgeHeaders(tags) {
  const { keys, complete } = edgeKeysFor(tags);
  if (keys.length === 0) return { 'cache-control': SHORT_SHARED_CACHE_CONTROL };
  return {
    'surrogate-key': keys.join(' '),
    'cache-tag': keys.join(','),
    'cache-control': complete ? SHARED_CACHE_CONTROL : SHORT_SHARED_CACHE_CONTROL,
  };
}

/**
 * Stamps a route-cache entry (Next's CachedRouteValue) with its edge headers, from the tags
 * Next itself recorded in it. Next copies an entry's `headers` onto every response it serves
 * from the entry, HTML and flight data alike, and keeps a Cache-Control already there.
 * Returns the entry. Left alone: entries without recorded tags (images, redirects), private
 * paths, and partially prerendered pages (their dynamic part, e.g. search results, is per
 * request: Next marks those answers private itself).
 * @template T
 * @param {T} value
 * @param {string} cacheKey the route cache's key: the page's path
 * @returns {T}
 */
export function stampEdgeHeaders(value, cacheKey) {
  /** @type {any} */
  const entry = value;
  if (!entry || (entry.kind !== 'APP_PAGE' && entry.kind !== 'APP_ROUTE')) return value;
  if (isPrivatePath(pagePath(cacheKey)) || entry.postponed != null) return value;
  const headers = entry.headers;
  const recorded = headers?.['x-next-cache-tags'];
  if (typeof recorded !== 'string' || headers['surrogate-key'] !== undefined) return value;
  Object.assign(headers, edgeHeaders(recorded.split(',')));
  return value;
}
