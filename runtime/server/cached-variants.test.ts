import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CACHED_VARIANT_ANSWER, type VariantLookup, withCachedVariants } from './cached-variants.mjs';

type WithLookup = typeof globalThis & { [CACHED_VARIANT_ANSWER]?: VariantLookup };

describe('withCachedVariants', () => {
  const reachedNext: string[] = [];
  let server: http.Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = http.createServer(
      withCachedVariants((request, response) => {
        reachedNext.push(`${request.method} ${request.url}`);
        response.end('from next');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => {
    delete (globalThis as WithLookup)[CACHED_VARIANT_ANSWER];
    reachedNext.length = 0;
  });

  const offer = (lookup: VariantLookup) => {
    (globalThis as WithLookup)[CACHED_VARIANT_ANSWER] = lookup;
  };
  const bytes = new Uint8Array([1, 2, 3, 4]);
  const known: VariantLookup = (file, ifNoneMatch) => {
    if (file !== 'abc.avif') return undefined;
    const headers = { 'content-type': 'image/avif', etag: '"abc"' };
    return ifNoneMatch === '"abc"' ? { status: 304, headers, body: null } : { status: 200, headers: { ...headers, 'content-length': '4' }, body: bytes };
  };

  it('answers a variant the app knows without reaching Next, query string ignored', async () => {
    offer(known);
    const response = await fetch(`${baseUrl}/media/i/abc.avif?v=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/avif');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    const head = await fetch(`${baseUrl}/media/i/abc.avif`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('4');
    const revalidated = await fetch(`${baseUrl}/media/i/abc.avif`, { headers: { 'if-none-match': '"abc"' } });
    expect(revalidated.status).toBe(304);
    expect(reachedNext).toEqual([]);
  });

  it('hands Next everything else: unknown variants, other paths and methods, no lookup, a failing lookup', async () => {
    offer(known);
    await fetch(`${baseUrl}/media/i/other.avif`);
    await fetch(`${baseUrl}/articles/abc.avif`);
    await fetch(`${baseUrl}/media/i/abc.avif`, { method: 'POST', body: 'x' });
    offer(() => {
      throw new Error('broken');
    });
    expect(await (await fetch(`${baseUrl}/media/i/abc.avif`)).text()).toBe('from next');
    delete (globalThis as WithLookup)[CACHED_VARIANT_ANSWER];
    await fetch(`${baseUrl}/media/i/abc.avif`);
    expect(reachedNext).toEqual(['GET /media/i/other.avif', 'GET /articles/abc.avif', 'POST /media/i/abc.avif', 'GET /media/i/abc.avif', 'GET /media/i/abc.avif']);
  });
});
