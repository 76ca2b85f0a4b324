import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KEY_PREFIX,
  readBuildId,
  redisCacheConfig,
  redisDatabase,
  redisHandlerOptions,
  redisKeyPrefix,
} from './redis-cache-config.mjs';

describe('redisCacheConfig', () => {
  it('configures no cache handler without REDIS_URL, so Next keeps its own cache', () => {
    expect(redisCacheConfig({ NODE_ENV: 'production' })).toEqual({});
    expect(redisCacheConfig({ NODE_ENV: 'production', REDIS_URL: '' })).toEqual({});
  });

  it('with REDIS_URL puts the route cache and every `use cache` kind in Redis, and no copy in memory', () => {
    const config = redisCacheConfig({ NODE_ENV: 'production', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(path.basename(config.cacheHandler ?? '')).toBe('route-cache-handler.mjs');
    expect(path.basename(config.cacheHandlers?.default ?? '')).toBe('use-cache-handler.mjs');
    expect(config.cacheHandlers?.remote).toBe(config.cacheHandlers?.default);
    expect(config.cacheMaxMemorySize).toBe(0);
    // Next resolves these paths itself; they must exist where the config says.
    for (const file of [config.cacheHandler, config.cacheHandlers?.default]) expect(fs.existsSync(file!)).toBe(true);
  });
});

describe('redisKeyPrefix', () => {
  it('keeps builds apart, so old and new instances of a rolling deploy never read each other’s entries', () => {
    expect(redisKeyPrefix({}, 'build-1')).toBe(`${DEFAULT_KEY_PREFIX}:build-1:`);
    expect(redisKeyPrefix({}, 'build-1')).not.toBe(redisKeyPrefix({}, 'build-2'));
  });

  it('keeps environments sharing one Redis apart with REDIS_KEY_PREFIX', () => {
    expect(redisKeyPrefix({ REDIS_KEY_PREFIX: 'staging' }, 'b1')).toBe('staging:b1:');
    expect(redisKeyPrefix({ REDIS_KEY_PREFIX: '  ' }, 'b1')).toBe(`${DEFAULT_KEY_PREFIX}:b1:`);
  });

  it('refuses a prefix that could reach into other keys through a pattern', () => {
    expect(() => redisKeyPrefix({ REDIS_KEY_PREFIX: 'news*' }, 'b1')).toThrow(/REDIS_KEY_PREFIX/);
    expect(() => redisKeyPrefix({ REDIS_KEY_PREFIX: 'a:b' }, 'b1')).toThrow(/REDIS_KEY_PREFIX/);
  });
});

describe('readBuildId', () => {
  it('reads the id Next wrote next to the server directory it passes the handler', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-build-'));
    fs.mkdirSync(path.join(dist, 'server'));
    fs.writeFileSync(path.join(dist, 'BUILD_ID'), 'abc123\n');
    expect(readBuildId(path.join(dist, 'server'))).toBe('abc123');
    fs.rmSync(dist, { recursive: true });
  });
});

describe('redisHandlerOptions', () => {
  const env = { NODE_ENV: 'production', REDIS_URL: 'redis://cache.internal:6379' } as const;

  it('turns off the in-memory read caches, which would serve other instances’ invalidated entries', () => {
    const options = redisHandlerOptions(env, 'b1');
    expect(options.redisGetDeduplication).toBe(false);
    expect(options.inMemoryCachingTime).toBe(0);
    expect(options.keyPrefix).toBe(`${DEFAULT_KEY_PREFIX}:b1:`);
    expect(options.redisUrl).toBe(env.REDIS_URL);
  });

  it('uses the database the URL names, not the library’s own choice', () => {
    expect(redisHandlerOptions(env, 'b1').database).toBe(0);
    expect(redisDatabase('redis://cache.internal:6379/3')).toBe(3);
    expect(redisDatabase('rediss://user:secret@cache.internal:6380/')).toBe(0);
    expect(() => redisDatabase('redis://cache.internal:6379/x')).toThrow(/database/);
  });

  it('fails loudly when loaded without REDIS_URL', () => {
    expect(() => redisHandlerOptions({ NODE_ENV: 'production' }, 'b1')).toThrow(/REDIS_URL/);
  });
});
