// Plain ESM: next.config.mjs imports this at build time and the handler modules import it
// when `next start` loads them, neither of which can load TypeScript.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** What REDIS_KEY_PREFIX may hold: nothing that could run into another app's keys. */
export const KEY_PREFIX_PATTERN = /^[\w.-]+$/;

/** Prefix of every key when REDIS_KEY_PREFIX is unset: keeps ours apart from other apps'. */
export const DEFAULT_KEY_PREFIX = 'newsdesk';

/**
 * The cache settings for several instances sharing one Redis, or nothing without REDIS_URL
 * (then Next keeps its own file-system cache, as on a single host).
 * @param {Readonly<Record<string, string | undefined>>} env
 */
export function redisCacheConfig(env = process.env) {
  if (!env.REDIS_URL) return {};
  const useCacheHandler = path.join(here, 'use-cache-handler.mjs');
  return {
    // Prerendered and regenerated pages and route handlers (the route cache).
    cacheHandler: path.join(here, 'route-cache-handler.mjs'),
    // `'use cache'` entries; `remote` is what `'use cache: remote'` would use.
    cacheHandlers: { default: useCacheHandler, remote: useCacheHandler },
    // Next's in-process copy of the route cache would keep serving a page another
    // instance has invalidated.
    cacheMaxMemorySize: 0,
  };
}

/**
 * Keys are `<REDIS_KEY_PREFIX>:<build id>:`. The build id keeps deployments apart: during
 * a rolling deploy old and new builds run side by side, and an old instance must never
 * serve a page (or a cached read) rendered by code it doesn't have. REDIS_KEY_PREFIX keeps
 * environments (staging, production) or apps sharing one Redis apart.
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {string} buildId
 */
export function redisKeyPrefix(env, buildId) {
  const base = env.REDIS_KEY_PREFIX?.trim() || DEFAULT_KEY_PREFIX;
  if (!KEY_PREFIX_PATTERN.test(base)) {
    throw new Error(`REDIS_KEY_PREFIX may use letters, digits, "_", "-" and "." only; got ${JSON.stringify(base)}`);
  }
  return `${base}:${buildId}:`;
}

/**
 * The build id of the running server. Next passes the route-cache handler its server
 * directory; the `'use cache'` handler gets nothing, so it looks next to its own file
 * (this file is two levels below the app, under `next start` and in standalone output).
 * During `next build` there is no id yet, and the handlers don't connect then anyway.
 * @param {string | undefined} serverDistDir
 */
export function readBuildId(serverDistDir) {
  const candidates = [
    serverDistDir && path.join(serverDistDir, '..', 'BUILD_ID'),
    path.join(here, '..', '..', '.next', 'BUILD_ID'),
    path.join(process.cwd(), '.next', 'BUILD_ID'),
  ];
  for (const file of candidates) {
    if (!file) continue;
    try {
      const id = fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8').trim();
      if (id) return id;
    } catch {
      // Not this one; try the next place.
    }
  }
  return 'unbuilt';
}

/**
 * Options for both handlers of @trieb.work/nextjs-turbo-redis-cache.
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {string} buildId
 */
export function redisHandlerOptions(env, buildId) {
  if (!env.REDIS_URL) throw new Error('REDIS_URL is not set, so the Redis cache handlers must not be loaded');
  return {
    redisUrl: env.REDIS_URL,
    // The library picks DB 1 unless VERCEL_ENV=production and would override the URL's
    // own database; the URL (redis://host:6379/2) is what operators expect to decide.
    database: redisDatabase(env.REDIS_URL),
    keyPrefix: redisKeyPrefix(env, buildId),
    // Both default to caching each Redis read in process memory for 10 s, where an
    // invalidation from another instance reaches it only through Pub/Sub. A publish must be
    // live on every instance at once; a local Redis GET costs well under a millisecond.
    redisGetDeduplication: false,
    inMemoryCachingTime: 0,
  };
}

/** @param {string} url */
export function redisDatabase(url) {
  const db = new URL(url).pathname.replace(/^\//, '');
  if (db === '') return 0;
  const number = Number(db);
  if (!Number.isInteger(number) || number < 0) throw new Error(`REDIS_URL names no valid database: ${JSON.stringify(db)}`);
  return number;
}
