// `cacheHandler` (the route cache: prerendered and regenerated pages), loaded by
// `next start` only when REDIS_URL is set (see redis-cache-config.mjs). Next constructs it
// per request with its own options; the library keeps one Redis client behind them all.
import RedisRouteCacheHandler from '@trieb.work/nextjs-turbo-redis-cache';
import { readBuildId, redisHandlerOptions } from './redis-cache-config.mjs';

export default class RouteCacheHandler extends RedisRouteCacheHandler {
  /** @param {{ serverDistDir?: string } & Record<string, unknown>} options */
  constructor(options) {
    super({ ...options, ...redisHandlerOptions(process.env, readBuildId(options.serverDistDir)) });
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
    try {
      return await super.revalidateTag(...args);
    } catch {
      return undefined;
    }
  }
}
