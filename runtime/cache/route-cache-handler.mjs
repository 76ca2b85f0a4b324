// `cacheHandler` (the route cache: prerendered and regenerated pages), loaded by
// `next start` only when REDIS_URL is set (see redis-cache-config.mjs). Next constructs it
// per request with its own options; the library keeps one Redis client behind them all.
import RedisRouteCacheHandler from '@trieb.work/nextjs-turbo-redis-cache';
import { stampEdgeHeaders } from '../../lib/edge/edge-keys.mjs';
import { expiringTags } from './expiring-tags.mjs';
import { readBuildId, redisHandlerOptions } from './redis-cache-config.mjs';

export default class RouteCacheHandler extends RedisRouteCacheHandler {
  /** @param {{ serverDistDir?: string } & Record<string, unknown>} options */
  constructor(options) {
    super({ ...options, ...redisHandlerOptions(process.env, readBuildId(options.serverDistDir)) });
  }

  /** Edge keys and shared-cache headers on every page served from the cache (lib/edge/edge-keys.mjs). */
  /** @param {Parameters<RedisRouteCacheHandler['get']>} args */
  async get(...args) {
    const entry = await super.get(...args);
    if (entry?.value) stampEdgeHeaders(entry.value, args[0]);
    return entry;
  }

  /** @param {Parameters<RedisRouteCacheHandler['set']>} args */
  async set(...args) {
    stampEdgeHeaders(args[1], args[0]);
    return super.set(...args);
  }

  /**
   * Next invalidates a server action's tags after the action has committed, and a throw here
   * turns the editor's answer into an HTTP 500: with Redis down, a publish that went live
   * was reported as failed (the fault test saw it), and a retry met a version conflict. The
   * library has already logged the error. Nothing stale is served meanwhile: while Redis is
   * unreachable, every read misses and pages render from the database.
   * @param {Parameters<RedisRouteCacheHandler['revalidateTag']>} args
   */
  async revalidateTag(...args) {
    // serve.mjs keeps no page cache with REDIS_URL set; a build for Redis run without it does.
    // The 'use cache' handler expires the same tags in Redis alongside; should a CDN refetch
    // beat it, the edge purge's second pass (after the answer) covers it.
    try {
      return await expiringTags(() => super.revalidateTag(...args));
    } catch {
      return undefined;
    }
  }
}
