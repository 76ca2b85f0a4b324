import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';
import FileRouteCacheHandler from './file-route-cache-handler.mjs';

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
