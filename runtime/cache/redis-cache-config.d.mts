export declare const KEY_PREFIX_PATTERN: RegExp;
export declare const DEFAULT_KEY_PREFIX: string;

/** The variables read; `process.env` fits. */
export type CacheEnv = Readonly<Record<string, string | undefined>>;

export interface RedisCacheConfig {
  cacheHandler?: string;
  cacheHandlers?: { default: string; remote: string };
  cacheMaxMemorySize?: number;
}

export declare function redisCacheConfig(env?: CacheEnv): RedisCacheConfig;
export declare function redisKeyPrefix(env: CacheEnv, buildId: string): string;
export declare function readBuildId(serverDistDir: string | undefined): string;
export declare function redisHandlerOptions(
  env: CacheEnv,
  buildId: string,
): {
  redisUrl: string;
  database: number;
  keyPrefix: string;
  redisGetDeduplication: boolean;
  inMemoryCachingTime: number;
};
export declare function redisDatabase(url: string): number;
