// `cacheHandlers.default` / `.remote` (the `'use cache'` entries), loaded by `next start`
// only when REDIS_URL is set (see redis-cache-config.mjs). Next uses this object as is.
import { getRedisCacheComponentsHandler } from '@trieb.work/nextjs-turbo-redis-cache';
import { readBuildId, redisHandlerOptions } from './redis-cache-config.mjs';

export default getRedisCacheComponentsHandler(redisHandlerOptions(process.env, readBuildId(undefined)));
