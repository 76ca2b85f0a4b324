import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';
import { onTagsExpired } from '../../lib/edge/tags-expired.mjs';
import { PAGE_CACHE_FLUSH } from '../server/page-cache.mjs';
import FileRouteCacheHandler, { NOT_FOUND_ENTRIES, routeCacheMaxBytes } from './file-route-cache-handler.mjs';

/*
 * A page rendered on demand (an article nobody had asked for since the build) is written to
 * disk; once it falls out of the memory cache, the next request must read it back from there,
 * not render it again. Each handler below is a fresh process's view: no memory cache.
 */

interface CacheHandler {
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  get(key: string, ctx: unknown): Promise<{ value: { html: string; rscData?: Buffer } } | null>;
}
type HandlerClass = new (ctx: Record<string, unknown>) => CacheHandler;
const { areTagsExpired } = tagsManifestModule;

const NextFileSystemCache = ((fileSystemCacheModule as { default?: HandlerClass }).default ??
  fileSystemCacheModule) as HandlerClass;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function handler(Handler: HandlerClass, serverDistDir: string): CacheHandler {
  return new Handler({ fs: nodeFs, dev: false, flushToDisk: true, serverDistDir, revalidatedTags: [] });
}

const staticPage = {
  kind: 'APP_PAGE',
  html: '<html><body><h1>Ferry service resumes</h1></body></html>',
  rscData: Buffer.from('0:{"headline":"Ferry service resumes"}'),
  postponed: undefined,
  headers: { 'x-next-cache-tags': 'article:ferry' },
  status: 200,
  segmentData: new Map([['/_full', Buffer.from('segment')]]),
};
const setContext = { isRoutePPREnabled: true, isFallback: false, cacheControl: { revalidate: 3600, expire: 604800 } };
const getContext = { kind: 'APP_PAGE', isRoutePPREnabled: true, isFallback: false };

async function roundTrip(Handler: HandlerClass) {
  const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-cache-'));
  dirs.push(serverDistDir);
  await handler(Handler, serverDistDir).set('/articles/ferry', staticPage, setContext);
  return handler(Handler, serverDistDir).get('/articles/ferry', getContext);
}

describe('route cache on disk', () => {
  it('reads a page rendered on demand back from disk, flight data included', async () => {
    const entry = await roundTrip(FileRouteCacheHandler as unknown as HandlerClass);
    expect(entry?.value.html).toContain('Ferry service resumes');
    expect(entry?.value.rscData?.toString()).toBe(staticPage.rscData.toString());
  });

  it('is needed: Next’s own handler cannot read that page back (it would render again)', async () => {
    expect(await roundTrip(NextFileSystemCache)).toBeNull();
  });
});

function diskBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** A rendered not-found page as Next hands it to the cache: ~20 KB of HTML and flight data. */
const notFoundPage = {
  ...staticPage,
  html: `<html><body><h1>Page not found</h1>${'<p>filler</p>'.repeat(1_500)}</body></html>`,
  rscData: Buffer.alloc(8_000, 'r'),
  headers: { 'x-next-cache-tags': 'article:unknown' },
  status: 404,
};

describe('revalidating a tag', () => {
  it('empties the page cache in front of Next (runtime/server/page-cache.mjs) as Next expires the tag', async () => {
    const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-cache-'));
    dirs.push(serverDistDir);
    const routeCache = handler(FileRouteCacheHandler as unknown as HandlerClass, serverDistDir) as CacheHandler & {
      revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
    };
    const flushes: string[] = [];
    const global = globalThis as Record<symbol, unknown>;
    global[PAGE_CACHE_FLUSH] = () => flushes.push('flush');
    try {
      await routeCache.revalidateTag(['article:ferry'], { expire: 0 });
    } finally {
      delete global[PAGE_CACHE_FLUSH];
    }
    expect(flushes.length).toBeGreaterThanOrEqual(1);
  });

  it('tells the edge purge (lib/edge/tags-expired.mjs) once the tag is expired, not before', async () => {
    const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-cache-'));
    dirs.push(serverDistDir);
    const routeCache = handler(FileRouteCacheHandler as unknown as HandlerClass, serverDistDir) as CacheHandler & {
      revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
    };
    const renderedBefore = Date.now() - 1000;
    const seen: boolean[] = [];
    onTagsExpired(() => seen.push(areTagsExpired(['article:ferry-announced'], renderedBefore)));
    try {
      expect(areTagsExpired(['article:ferry-announced'], renderedBefore)).toBe(false);
      await routeCache.revalidateTag(['article:ferry-announced'], { expire: 0 });
    } finally {
      onTagsExpired(() => undefined);
    }
    expect(seen).toEqual([true]);
  });
});

describe('404 answers for unknown slugs', () => {
  const scopedKey = (slug: string) => `/route-cache/APP_PAGE/0123abcd/$/articles/${slug}`;

  it('10,000 unknown slugs add nothing to the disk (they used to add ~98 KB each)', async () => {
    const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-cache-'));
    dirs.push(serverDistDir);
    const cache = handler(FileRouteCacheHandler as unknown as HandlerClass, serverDistDir);
    for (let index = 0; index < 10_000; index++) await cache.set(scopedKey(`no-such-story-${index}`), notFoundPage, setContext);
    expect(diskBytes(serverDistDir)).toBe(0);
  });

  it('keeps recent 404s in a bounded memory LRU, so a repeated unknown slug is not rendered again', async () => {
    const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-cache-'));
    dirs.push(serverDistDir);
    const cache = handler(FileRouteCacheHandler as unknown as HandlerClass, serverDistDir);
    await cache.set(scopedKey('gone'), notFoundPage, setContext);
    expect((await cache.get(scopedKey('gone'), getContext))?.value.html).toContain('Page not found');
    for (let index = 0; index < NOT_FOUND_ENTRIES; index++) await cache.set(scopedKey(`filler-${index}`), notFoundPage, setContext);
    expect(await cache.get(scopedKey('gone'), getContext)).toBeNull();
  });

  it('a real page still goes to disk', async () => {
    const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-cache-'));
    dirs.push(serverDistDir);
    await handler(FileRouteCacheHandler as unknown as HandlerClass, serverDistDir).set(scopedKey('ferry'), staticPage, setContext);
    expect(diskBytes(serverDistDir)).toBeGreaterThan(0);
  });
});

describe('the size bound on disk', () => {
  it('reads ROUTE_CACHE_MAX_MB, 512 MB by default', () => {
    expect(routeCacheMaxBytes({})).toBe(512 * 1024 * 1024);
    expect(routeCacheMaxBytes({ ROUTE_CACHE_MAX_MB: '2' })).toBe(2 * 1024 * 1024);
    expect(routeCacheMaxBytes({ ROUTE_CACHE_MAX_MB: 'lots' })).toBe(512 * 1024 * 1024);
  });

  it('evicts the oldest pages once the route cache passes the bound, and keeps the newest readable', async () => {
    const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-cache-'));
    dirs.push(serverDistDir);
    const previous = process.env.ROUTE_CACHE_MAX_MB;
    process.env.ROUTE_CACHE_MAX_MB = '1';
    try {
      const page = { ...staticPage, html: `<html><body>${'x'.repeat(100_000)}</body></html>` };
      const key = (index: number) => `/route-cache/APP_PAGE/0123abcd/$/articles/story-${index}`;
      for (let index = 0; index < 30; index++) {
        await handler(FileRouteCacheHandler as unknown as HandlerClass, serverDistDir).set(key(index), page, setContext);
      }
      expect(diskBytes(path.join(serverDistDir, 'route-cache'))).toBeLessThanOrEqual(1024 * 1024);
      expect(fs.existsSync(path.join(serverDistDir, 'route-cache/APP_PAGE/0123abcd/$/articles/story-0.html'))).toBe(false);
      const newest = await handler(FileRouteCacheHandler as unknown as HandlerClass, serverDistDir).get(key(29), getContext);
      expect(newest?.value.html.length).toBeGreaterThan(100_000);
    } finally {
      if (previous === undefined) delete process.env.ROUTE_CACHE_MAX_MB;
      else process.env.ROUTE_CACHE_MAX_MB = previous;
    }
  });
});
