import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acceptance, chosenCoding } from './front-listeners.mjs';
import { withStaticAssets } from './static-assets.mjs';

// A build directory as Next leaves it: static files and the routes manifest with the
// compiled `headers()` rules.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-static-'));
const script = `console.log(${JSON.stringify('newsdesk '.repeat(200))});\n`;
const stylesheet = 'body{color:red}\n';

function write(relative: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  fs.writeFileSync(path.join(root, relative), content);
}

write('static/chunks/app.js', script);
write('static/chunks/page.css', stylesheet);
write('static/media/font.woff2', 'font');
write('secret.js', 'not static');
write(
  'routes-manifest.json',
  JSON.stringify({
    headers: [
      { source: '/:path*', regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      { source: '/admin/:path*', regex: '^/admin(?:/.*)?$', headers: [{ key: 'X-Admin', value: 'yes' }] },
    ],
    rsc: { varyHeader: 'rsc, next-router-state-tree' },
  }),
);

// Route handlers Next prerendered: two never regenerated, one with a revalidation period.
const robots = 'User-Agent: *\nAllow: /\nDisallow: /admin\n'.repeat(20);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(64).fill(7)]);
function prerender(route: string, body: string | Buffer, headers: Record<string, string>) {
  write(`server/app${route}.body`, '');
  fs.writeFileSync(path.join(root, `server/app${route}.body`), body);
  write(`server/app${route}.meta`, JSON.stringify({ status: 200, headers }));
}
prerender('/robots.txt', robots, {
  'cache-control': 'public, max-age=0, must-revalidate',
  'content-type': 'text/plain',
  'x-next-cache-tags': '_N_T_/layout,_N_T_/robots.txt',
});
prerender('/og/site', png, { 'cache-control': 'public, max-age=3600', 'content-type': 'image/png', 'x-next-cache-tags': '_N_T_/og/site,site' });
prerender('/feed.xml', '<rss/>', { 'content-type': 'application/rss+xml', 'x-next-cache-tags': 'stories' });
const staticRoute = { routeType: 'route', renderingMode: 'STATIC', initialRevalidateSeconds: false };
write(
  'prerender-manifest.json',
  JSON.stringify({
    routes: {
      '/robots.txt': staticRoute,
      '/og/site': staticRoute,
      '/feed.xml': { ...staticRoute, initialRevalidateSeconds: 3600 },
      '/about': { routeType: 'page', renderingMode: 'PARTIALLY_STATIC', initialRevalidateSeconds: false },
    },
  }),
);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('withStaticAssets', () => {
  const reachedNext: string[] = [];
  let server: http.Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = http.createServer(
      withStaticAssets((request, response) => {
        reachedNext.push(`${request.method} ${request.url}`);
        response.end('from next');
      }, root),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => {
    reachedNext.length = 0;
  });

  /** A raw request (fetch would decompress and normalise the path). */
  function get(pathname: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET') {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const { hostname, port } = new URL(baseUrl);
      const request = http.request({ hostname, port, path: pathname, method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      request.on('error', reject);
      request.end();
    });
  }

  it('answers a script gzipped, with the headers Next would send and the configured ones', async () => {
    const response = await get('/_next/static/chunks/app.js?dpl=release-1', { 'accept-encoding': 'gzip, deflate' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(response.body).toString()).toBe(script);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(script.length / 5);
    expect(response.headers).toMatchObject({
      'content-type': 'application/javascript; charset=UTF-8',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
      'x-frame-options': 'DENY',
    });
    expect(response.headers['x-admin']).toBeUndefined();
    expect(response.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(reachedNext).toEqual([]);
  });

  it('answers in brotli, smaller than gzip, once it is made', async () => {
    const gzipped = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip' });
    // Brotli at quality 11 is made after the first answer, off the request.
    let brotli = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    for (let tries = 0; brotli.headers['content-encoding'] !== 'br' && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      brotli = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    }
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(brotli.body).toString()).toBe(script);
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
    expect(brotli.body.length).toBeLessThan(gzipped.body.length);
    expect(brotli.headers.etag).toBe(gzipped.headers.etag);
    expect(reachedNext).toEqual([]);
  });

  it('sends the plain bytes to a client that takes no gzip, and a stylesheet as CSS', async () => {
    for (const headers of [{}, { 'accept-encoding': 'gzip;q=0, identity' }]) {
      const response = await get('/_next/static/chunks/app.js', headers);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.toString()).toBe(script);
    }
    const css = await get('/_next/static/chunks/page.css');
    expect(css.headers['content-type']).toBe('text/css; charset=UTF-8');
    expect(css.body.toString()).toBe(stylesheet);
  });

  it('answers HEAD without a body and a matching If-None-Match with 304', async () => {
    const first = await get('/_next/static/chunks/app.js');
    const head = await get('/_next/static/chunks/app.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(script.length));
    const revalidated = await get('/_next/static/chunks/app.js', { 'if-none-match': String(first.headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(reachedNext).toEqual([]);
  });

  it('leaves to Next what it does not hold: other types, unknown names, ranges, writes and escapes from the folder', async () => {
    const paths = [
      '/_next/static/media/font.woff2',
      '/_next/static/chunks/missing.js',
      '/_next/static/../secret.js',
      '/_next/static/%2e%2e/secret.js',
      '/_next/static/%E0%A4%A.js',
      '/_next/data/x.js',
    ];
    for (const pathname of paths) expect((await get(pathname)).body.toString()).toBe('from next');
    expect((await get('/_next/static/chunks/app.js', { range: 'bytes=0-10' })).body.toString()).toBe('from next');
    expect((await get('/_next/static/chunks/app.js', {}, 'POST')).body.toString()).toBe('from next');
    expect(reachedNext).toEqual([...paths.map((p) => `GET ${p}`), 'GET /_next/static/chunks/app.js', 'POST /_next/static/chunks/app.js']);
  });

  describe('route handlers prerendered once', () => {
    /** fetch's view: the body decompressed. */
    function fetchPath(pathname: string, headers: Record<string, string> = {}, method = 'GET') {
      return fetch(`${baseUrl}${pathname}`, { method, headers });
    }

    it('answers robots.txt with the headers Next sends: configured, its own, the route cache\'s lifetime, no tag list', async () => {
      const response = await fetchPath('/robots.txt?utm=x', { 'accept-encoding': 'gzip' });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(robots);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        'content-type': 'text/plain',
        'content-encoding': 'gzip',
        // No edge key to purge it by (only Next's per-path tags): kept a minute at the edge.
        'cache-control': 'public, max-age=0, s-maxage=60, stale-if-error=86400',
        vary: 'rsc, next-router-state-tree, Accept-Encoding',
        'x-frame-options': 'DENY',
      });
      expect(response.headers.get('x-next-cache-tags')).toBeNull();
      expect(response.headers.get('surrogate-key')).toBeNull();
      expect(reachedNext).toEqual([]);
    });

    it('sends a picture as it is, under its edge keys, and revalidates by ETag', async () => {
      const response = await fetchPath('/og/site', { 'accept-encoding': 'gzip' });
      expect(Buffer.from(await response.arrayBuffer())).toEqual(png);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        'content-type': 'image/png',
        'surrogate-key': 'site',
        'cache-tag': 'site',
        'cache-control': 'public, max-age=0, s-maxage=31536000, stale-if-error=86400',
        vary: 'rsc, next-router-state-tree',
      });
      expect(response.headers.get('content-encoding')).toBeNull();
      const revalidated = await fetchPath('/og/site', { 'if-none-match': String(response.headers.get('etag')) });
      expect(revalidated.status).toBe(304);
      expect(reachedNext).toEqual([]);
    });

    it('leaves to Next routes it regenerates, pages, actions, revalidation requests and writes', async () => {
      for (const pathname of ['/feed.xml', '/about', '/robots.txt/', '/robots']) expect(await (await fetchPath(pathname)).text()).toBe('from next');
      expect(await (await fetchPath('/robots.txt', { 'next-action': 'abc' })).text()).toBe('from next');
      expect(await (await fetchPath('/robots.txt', { 'x-prerender-revalidate': 'token' })).text()).toBe('from next');
      expect(await (await fetchPath('/robots.txt', {}, 'POST')).text()).toBe('from next');
      expect(reachedNext).toEqual(['GET /feed.xml', 'GET /about', 'GET /robots.txt/', 'GET /robots', 'GET /robots.txt', 'GET /robots.txt', 'POST /robots.txt']);
    });
  });
});

describe('acceptance', () => {
  it.each([
    ['gzip', 'gzip', 1],
    ['gzip, deflate, br', 'br', 1],
    ['br;q=1.0, gzip;q=0.8', 'gzip', 0.8],
    ['*', 'br', 1],
    ['GZIP', 'gzip', 1],
    ['gzip;q=0', 'gzip', 0],
    ['*;q=0.3, br', 'br', 1],
    ['br;q=0, *', 'br', 0],
    ['br', 'gzip', 0],
    ['identity', 'br', 0],
    ['', 'gzip', 0],
    [undefined, 'gzip', 0],
  ] as const)('%j takes %s at %s', (header, coding, expected) => {
    expect(acceptance(header, coding)).toBe(expected);
  });
});

describe('chosenCoding', () => {
  const both = { raw: null, gzip: Buffer.from('g'), br: Buffer.from('b') };
  it.each([
    ['gzip, deflate, br, zstd', both, 'br'],
    ['br;q=0.5, gzip', both, 'gzip'],
    ['gzip, br', { ...both, br: null }, 'gzip'],
    ['br', { ...both, br: null }, null],
    ['identity', both, null],
    [undefined, both, null],
  ] as const)('%j with %o → %s', (header, encoded, expected) => {
    expect(chosenCoding(header, encoded)).toBe(expected);
  });
});

describe('withStaticAssets with header rules that depend on the request', () => {
  it('leaves every file to Next, whose headers it could not reproduce', async () => {
    const conditional = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-static-'));
    fs.mkdirSync(path.join(conditional, 'static/chunks'), { recursive: true });
    fs.writeFileSync(path.join(conditional, 'static/chunks/app.js'), script);
    const rule = { regex: '^/.*$', headers: [{ key: 'X-Only-For-Some', value: '1' }], has: [{ type: 'header', key: 'x-some' }] };
    fs.writeFileSync(path.join(conditional, 'routes-manifest.json'), JSON.stringify({ headers: [rule] }));
    const server = http.createServer(withStaticAssets((_request, response) => response.end('from next'), conditional));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/_next/static/chunks/app.js`);
      expect(await response.text()).toBe('from next');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(conditional, { recursive: true, force: true });
    }
  });
});
