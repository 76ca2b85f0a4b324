import { describe, expect, it } from 'vitest';

// next.config.mjs has no types; this test reads one function from it.
const { cacheMemoryBytes } = (await import('../../next.config.mjs' as string)) as {
  cacheMemoryBytes(env: Record<string, string | undefined>): number;
};

describe('CACHE_MEMORY_MB (next.config.mjs cacheMaxMemorySize)', () => {
  it('keeps 16 MB per in-process cache unless told otherwise', () => {
    expect(cacheMemoryBytes({})).toBe(16 * 1024 * 1024);
    expect(cacheMemoryBytes({ CACHE_MEMORY_MB: '64' })).toBe(64 * 1024 * 1024);
  });

  it('takes 0 (every read from disk or Redis) and ignores what is not a size', () => {
    expect(cacheMemoryBytes({ CACHE_MEMORY_MB: '0' })).toBe(0);
    expect(cacheMemoryBytes({ CACHE_MEMORY_MB: 'lots' })).toBe(16 * 1024 * 1024);
    expect(cacheMemoryBytes({ CACHE_MEMORY_MB: '-5' })).toBe(16 * 1024 * 1024);
  });
});
