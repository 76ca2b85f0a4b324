import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { flushPageCache, isShareable, MAX_AGE_MS, pageCacheBytes, withPageCache } from './page-cache.mjs';
import { listen, rawRequest } from './test-http';

/*
 * A stand-in for Next behind the page cache, answering as Next does: headers set one by one,
 * the body written in pieces, gzipped when the client takes it (Next's compression sits
 * between its pages and the socket, so the cache sees the gzipped bytes).
 */
const SHARED = 'public, max-age=0, s-maxage=31536000, stale-if-error=86400';
const article = `<!DOCTYPE html><html><body><h1>Ferry service resumes</h1>${'<p>Harbour news.</p>'.repeat(400)}</body></html>`;

let version = 1;
let clock = 1_000_000;
const reachedNext: string[] = [];
let release: (() => void) | null = null;

function answer(request: http.IncomingMessage, response: http.ServerResponse, headers: Record<string, string>, body: string | Buffer) {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  const gzip = /gzip/.test(String(request.headers['accept-encoding'] ?? '')) && /^text\//.test(headers['content-type'] ?? '');
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const sent = gzip ? zlib.gzipSync(bytes) : bytes;
  if (gzip) response.setHeader('content-encoding', 'gzip');
  response.write(sent.subarray(0, 100));
  response.end(sent.subarray(100));
}

const pageHeaders = (extra: Record<string, string> = {}) => ({
  'cache-control': SHARED,
  'content-type': 'text/html; charset=utf-8',
  etag: `"v${version}"`,
  vary: 'rsc, next-router-state-tree',
  'x-nextjs-cache': 'MISS',
  'surrogate-key': 'article:ferry',
  ...extra,
});

const next: http.RequestListener = (request, response) => {
  reachedNext.push(`${request.method} ${request.url}`);
  const path = (request.url ?? '').split('?')[0];
  const page = `${article}<!-- v${version} -->`;
  switch (path) {
    case '/private':
      return answer(request, response, pageHeaders({ 'cache-control': 'private, no-store' }), page);
    case '/cookie':
      return answer(request, response, pageHeaders({ 'set-cookie': 'a=b' }), page);
    case '/stale':
      return answer(request, response, pageHeaders({ 'x-nextjs-cache': 'STALE' }), page);
    case '/missing':
      response.statusCode = 404;
      return answer(request, response, pageHeaders(), page);
    case '/broken-gzip': {
      for (const [name, value] of Object.entries(pageHeaders({ 'content-encoding': 'gzip' }))) response.setHeader(name, value);
      const gzipped = zlib.gzipSync(Buffer.from(page));
      return response.end(gzipped.subarray(0, gzipped.length - 20));
    }
    case '/picture':
      return answer(request, response, pageHeaders({ 'content-type': 'image/png' }), Buffer.alloc(5000, 7));
    case '/slow':
      response.setHeader('cache-control', SHARED);
      response.setHeader('content-type', 'text/html');
      response.write(page.slice(0, 1000));
      release = () => response.end(page.slice(1000));
      return;
    default:
      return answer(request, response, pageHeaders(), page);
  }
};

let baseUrl: string;
let close: () => Promise<void>;
async function start(maxBytes: number) {
  ({ baseUrl, close } = await listen(withPageCache(next, { maxBytes, now: () => clock })));
}
const stop = () => close();

const get = (path: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET') => rawRequest(baseUrl, path, headers, method);
/** The page is kept a beat after Next's answer ends (compression runs off the request). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
/** /slow answers half its page, then the rest when the test calls `release`. */
const slow = () => get('/slow');

async function visit(path: string, headers: http.OutgoingHttpHeaders = {}) {
  const response = await get(path, headers);
  await settle();
  return response;
}

beforeEach(() => {
  reachedNext.length = 0;
  flushPageCache();
  version += 1;
});

describe('withPageCache', () => {
  beforeAll(() => start(16 * 1024 * 1024));
  afterAll(stop);

  it('answers a page Next has answered from memory: same bytes, same headers, in brotli, gzip or plain', async () => {
    const first = await visit('/articles/ferry', { 'accept-encoding': 'gzip' });
    const gzipped = await get('/articles/ferry', { 'accept-encoding': 'gzip' });
    const brotli = await get('/articles/ferry', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const plain = await get('/articles/ferry');
    expect(reachedNext).toEqual(['GET /articles/ferry']);
    const page = zlib.gunzipSync(first.body).toString();
    expect(zlib.gunzipSync(gzipped.body).toString()).toBe(page);
    expect(zlib.brotliDecompressSync(brotli.body).toString()).toBe(page);
    expect(plain.body.toString()).toBe(page);
    expect(brotli.body.length).toBeLessThan(gzipped.body.length);
    const shared = {
      'cache-control': SHARED,
      'content-type': 'text/html; charset=utf-8',
      etag: `"v${version}"`,
      'surrogate-key': 'article:ferry',
      vary: 'rsc, next-router-state-tree, Accept-Encoding',
      'x-nextjs-cache': 'HIT',
    };
    expect(gzipped.headers).toMatchObject({ ...shared, 'content-encoding': 'gzip', 'content-length': String(gzipped.body.length) });
    expect(brotli.headers).toMatchObject({ ...shared, 'content-encoding': 'br', 'content-length': String(brotli.body.length) });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-length']).toBe(String(plain.body.length));
    expect((await get('/articles/ferry')).body.toString()).toBe(plain.body.toString());
  });

  it('answers in the coding the client wants most, and never in one it refuses', async () => {
    await visit('/articles/ferry', { 'accept-encoding': 'gzip' });
    const coding = async (acceptEncoding: string) => (await get('/articles/ferry', { 'accept-encoding': acceptEncoding })).headers['content-encoding'];
    expect(await coding('br;q=0.5, gzip')).toBe('gzip');
    expect(await coding('gzip;q=0.5, br')).toBe('br');
    expect(await coding('br;q=0, *')).toBe('gzip');
    expect(await coding('gzip;q=0, br;q=0')).toBeUndefined();
    expect(reachedNext).toEqual(['GET /articles/ferry']);
  });

  it('does not keep a gzipped answer that does not inflate (cut short by Next)', async () => {
    await visit('/broken-gzip', { 'accept-encoding': 'gzip' });
    await visit('/broken-gzip', { 'accept-encoding': 'gzip' });
    expect(reachedNext).toEqual(['GET /broken-gzip', 'GET /broken-gzip']);
  });

  it('keeps a page first asked for without gzip, and compresses it for the next clients', async () => {
    const first = await visit('/articles/ferry');
    const gzipped = await get('/articles/ferry', { 'accept-encoding': 'gzip' });
    const brotli = await get('/articles/ferry', { 'accept-encoding': 'br' });
    expect(reachedNext).toEqual(['GET /articles/ferry']);
    expect(zlib.gunzipSync(gzipped.body).toString()).toBe(first.body.toString());
    expect(zlib.brotliDecompressSync(brotli.body).toString()).toBe(first.body.toString());
  });

  it('keeps each URL apart, query included', async () => {
    await visit('/sections/world');
    await visit('/sections/world?utm_source=x');
    await get('/sections/world');
    await get('/sections/world?utm_source=x');
    expect(reachedNext).toEqual(['GET /sections/world', 'GET /sections/world?utm_source=x']);
  });

  it('answers HEAD without a body and a matching If-None-Match with 304', async () => {
    await visit('/articles/ferry');
    const head = await get('/articles/ferry', {}, 'HEAD');
    const revalidated = await get('/articles/ferry', { 'if-none-match': `"v${version}"` });
    expect([head.status, head.body.length]).toEqual([200, 0]);
    expect([revalidated.status, revalidated.body.length]).toEqual([304, 0]);
    expect(reachedNext).toEqual(['GET /articles/ferry']);
  });

  it('keeps nothing Next did not declare shareable: private, Set-Cookie, stale copies, errors', async () => {
    for (const path of ['/private', '/cookie', '/stale', '/missing']) {
      await visit(path);
      await visit(path);
    }
    expect(reachedNext).toEqual(['/private', '/cookie', '/stale', '/missing'].flatMap((path) => [`GET ${path}`, `GET ${path}`]));
  });

  it('sends every request that could get another answer to Next, even for a kept page', async () => {
    await visit('/articles/ferry');
    const others: http.OutgoingHttpHeaders[] = [
      { cookie: 'authjs.session-token=x' },
      { authorization: 'Basic eDp5' },
      { rsc: '1' },
      { 'next-router-prefetch': '1' },
      { 'next-router-state-tree': '%5B%5D' },
      { 'next-url': '/articles/ferry' },
      { 'next-action': 'abc' },
      { range: 'bytes=0-10' },
      { 'x-prerender-revalidate': 'token' },
    ];
    for (const headers of others) await get('/articles/ferry', headers);
    await get('/articles/ferry', {}, 'POST');
    expect(reachedNext).toHaveLength(1 + others.length + 1);
  });

  it('forgets every page when Next revalidates a tag, and a page asked for before that is not kept', async () => {
    await visit('/articles/ferry');
    const before = slow();
    await pause();
    flushPageCache();
    version += 1;
    release?.();
    await before;
    await settle();
    const after = await get('/articles/ferry');
    expect(after.body.toString()).toContain(`<!-- v${version} -->`);
    const again = slow();
    await pause();
    release?.();
    await again;
    expect(reachedNext).toEqual(['GET /articles/ferry', 'GET /slow', 'GET /articles/ferry', 'GET /slow']);
  });

  it(`asks Next again once a page is ${MAX_AGE_MS / 1000} s old`, async () => {
    await visit('/articles/ferry');
    clock += MAX_AGE_MS - 1;
    await get('/articles/ferry');
    clock += 1;
    await visit('/articles/ferry');
    await get('/articles/ferry');
    expect(reachedNext).toEqual(['GET /articles/ferry', 'GET /articles/ferry']);
  });

  it('keeps a picture as it is, without gzipping it', async () => {
    await visit('/picture');
    const kept = await get('/picture', { 'accept-encoding': 'gzip' });
    expect(kept.headers['content-encoding']).toBeUndefined();
    expect(kept.body).toEqual(Buffer.alloc(5000, 7));
    expect(reachedNext).toEqual(['GET /picture']);
  });

  it('does not keep a page whose client went away before the end', async () => {
    await new Promise<void>((resolve) => {
      const { hostname, port } = new URL(baseUrl);
      const request = http.request({ hostname, port, path: '/slow', agent: false }, (response) => {
        response.once('data', () => {
          request.destroy();
          void pause().then(() => {
            release?.();
            resolve();
          });
        });
      });
      request.on('error', () => undefined);
      request.end();
    });
    await settle();
    const second = slow();
    await pause();
    release?.();
    await second;
    expect(reachedNext).toEqual(['GET /slow', 'GET /slow']);
  });
});

describe('withPageCache within its memory', () => {
  beforeAll(() => start(150 * 1024));
  afterAll(stop);

  it('forgets the least recently used page first', async () => {
    // Each page keeps ~10 KB raw + gzip; 150 KB holds about a dozen.
    for (let i = 0; i < 20; i++) await visit(`/articles/story-${i}`);
    reachedNext.length = 0;
    await get('/articles/story-19');
    await get('/articles/story-0');
    expect(reachedNext).toEqual(['GET /articles/story-0']);
  });
});

describe('pageCacheBytes', () => {
  it.each([
    [{}, 16 * 1024 * 1024],
    [{ PAGE_CACHE_MB: '64' }, 64 * 1024 * 1024],
    [{ PAGE_CACHE_MB: '0' }, 0],
    [{ PAGE_CACHE_MB: 'lots' }, 16 * 1024 * 1024],
    [{ REDIS_URL: 'redis://127.0.0.1:6379' }, 0],
  ])('%j → %d bytes', (env, bytes) => {
    expect(pageCacheBytes(env)).toBe(bytes);
  });

  it('turns the cache off at 0: every request reaches Next', () => {
    const listener: http.RequestListener = () => undefined;
    expect(withPageCache(listener, { maxBytes: 0 })).toBe(listener);
  });
});

describe('isShareable', () => {
  it.each([
    [200, { 'cache-control': SHARED }, true],
    [200, { 'cache-control': 'public, max-age=0, s-maxage=60, stale-if-error=86400' }, true],
    [200, { 'cache-control': SHARED, 'content-encoding': 'gzip' }, true],
    [200, { 'cache-control': SHARED, 'content-encoding': 'br' }, false],
    [200, { 'cache-control': 'public, max-age=31536000, immutable' }, false],
    [200, { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }, false],
    [200, { 'cache-control': 's-maxage=1, stale-while-revalidate' }, false],
    [200, {}, false],
    [200, { 'cache-control': SHARED, 'x-nextjs-cache': 'STALE' }, false],
    [200, { 'cache-control': SHARED, 'set-cookie': ['a=b'] }, false],
    [404, { 'cache-control': SHARED }, false],
    [308, { 'cache-control': SHARED }, false],
  ])('%d %j → %s', (status, headers, expected) => {
    expect(isShareable(status, headers)).toBe(expected);
  });
});
