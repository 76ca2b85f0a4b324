import { afterEach, describe, expect, it, vi } from 'vitest';

// The library's handler as it behaves with Redis down: invalidation throws after logging.
const revalidateTag = vi.fn<(tags: string | string[]) => Promise<void>>();
vi.mock('@trieb.work/nextjs-turbo-redis-cache', () => ({
  default: class {
    revalidateTag(tags: string | string[]) {
      return revalidateTag(tags);
    }
  },
}));

const { default: RouteCacheHandler } = await import('./route-cache-handler.mjs');

afterEach(() => {
  revalidateTag.mockReset();
  vi.unstubAllEnvs();
});

describe('RouteCacheHandler', () => {
  it('answers an invalidation even when Redis is unreachable, so a committed publish is not reported as a 500', async () => {
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:6390');
    revalidateTag.mockRejectedValue(new Error('assertClientIsReady: Redis client is not ready yet or connection is lost.'));
    const handler = new RouteCacheHandler({});
    await expect(handler.revalidateTag(['article:some-story'])).resolves.toBeUndefined();
    expect(revalidateTag).toHaveBeenCalledWith(['article:some-story']);
  });

  it('passes a working invalidation through', async () => {
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:6390');
    revalidateTag.mockResolvedValue(undefined);
    await new RouteCacheHandler({}).revalidateTag('latest');
    expect(revalidateTag).toHaveBeenCalledWith('latest');
  });
});
