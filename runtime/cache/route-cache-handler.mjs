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
}
