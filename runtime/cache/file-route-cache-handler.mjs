// The route cache on one host (no REDIS_URL): Next's own file-system cache, with three fixes.
//
// 1. With Cache Components, Next 16.4 writes a fully static page's HTML, metadata and
//    prefetch segments to disk but not its flight data (`<page>.rsc`), which its own `get`
//    requires. So a page that falls out of the in-memory cache (50 MB: a few hundred
//    articles) could not be read back from disk and was rendered again on every request:
//    with 1,000 articles in rotation, 16 requests/s instead of ~1,000. This writes the
//    missing file beside the others.
// 2. A 404 for a well-formed but unknown slug (/articles/<anything>) was cached per path on
//    disk: 8 files, ~98 KB per slug (measured on a production build), so a crawler walking
//    made-up slugs filled the disk. 404 answers now live only in a small in-memory LRU.
// 3. The disk cache has a size bound (ROUTE_CACHE_MAX_MB, default 512): past it, the
//    least recently written entries are removed until it is back under 90% of the bound.
import fs from 'node:fs/promises';
import path from 'node:path';
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { stampEdgeHeaders } from '../../lib/edge/edge-keys.mjs';
import { expiringTags } from './expiring-tags.mjs';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const { areTagsExpired } = tagsManifestModule;

/** 404 answers kept in memory; each is one rendered not-found page (~20 KB of HTML + flight). */
export const NOT_FOUND_ENTRIES = 500;
const DEFAULT_MAX_MB = 512;

/** @type {Map<string, { value: any; lastModified: number; cacheControl: any }>} */
const notFoundEntries = new Map();

/** Bytes on disk per cache directory, measured on first write and kept up to date after. */
/** @type {Map<string, number>} */
const diskBytes = new Map();
/** @type {Map<string, Promise<void>>} */
const evictions = new Map();

/** @param {NodeJS.ProcessEnv} env */
export function routeCacheMaxBytes(env = process.env) {
  const mb = Number(env.ROUTE_CACHE_MAX_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_MB) * 1024 * 1024;
}

/** @param {any} data */
export function isNotFoundEntry(data) {
  return (data?.kind === 'APP_PAGE' || data?.kind === 'PAGES') && data.status === 404;
}

export default class FileRouteCacheHandler extends FileSystemCache {
  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const notFound = notFoundEntries.get(key);
    if (notFound) {
      const tags = notFound.value.headers?.['x-next-cache-tags'];
      if (typeof tags === 'string' && areTagsExpired(tags.split(','), notFound.lastModified)) {
        notFoundEntries.delete(key);
        return null;
      }
      // Most recently used last: the Map's order is the LRU order.
      notFoundEntries.delete(key);
      notFoundEntries.set(key, notFound);
      return notFound;
    }
    const entry = await super.get(key, ctx);
    // Edge keys and shared-cache headers (lib/edge/edge-keys.mjs); entries written by the
    // build were never passed through `set` here.
    if (entry?.value) stampEdgeHeaders(entry.value, key);
    return entry;
  }

  /**
   * Next expires the tags here: the page cache and the edge purge follow (expiring-tags.mjs).
   * @param {Parameters<FileSystemCache['revalidateTag']>} args
   */
  async revalidateTag(...args) {
    return expiringTags(() => super.revalidateTag(...args));
  }

  /**
   * @param {string} key
   * @param {any} data a CachedRouteValue (Next's internal type)
   * @param {any} ctx Next's set context
   */
  async set(key, data, ctx) {
    stampEdgeHeaders(data, key);
    if (isNotFoundEntry(data)) {
      notFoundEntries.delete(key);
      notFoundEntries.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl });
      while (notFoundEntries.size > NOT_FOUND_ENTRIES) {
        const oldest = notFoundEntries.keys().next().value;
        if (oldest === undefined) break;
        notFoundEntries.delete(oldest);
      }
      return;
    }
    notFoundEntries.delete(key);
    await super.set(key, data, ctx);
    if (needsFlightData(this.flushToDisk, data, ctx)) {
      await this.fs.writeFile(this.getFilePath(`${key}.rsc`, 'APP_PAGE'), data.rscData);
    }
    if (this.flushToDisk && data && this.serverDistDir) await this.keepWithinBound(approximateBytes(data));
  }

  /** @param {number} written */
  async keepWithinBound(written) {
    const root = path.join(this.serverDistDir, 'route-cache');
    const max = routeCacheMaxBytes();
    if (!diskBytes.has(root)) diskBytes.set(root, await directoryBytes(root));
    const total = (diskBytes.get(root) ?? 0) + written;
    diskBytes.set(root, total);
    if (total <= max || evictions.has(root)) return;
    const eviction = evictOldest(root, Math.floor(max * 0.9))
      .then((remaining) => void diskBytes.set(root, remaining))
      .finally(() => evictions.delete(root));
    evictions.set(root, eviction);
    await eviction;
  }
}

/** @param {any} data */
function approximateBytes(data) {
  let bytes = 1024; // metadata
  if (typeof data.html === 'string') bytes += Buffer.byteLength(data.html);
  if (data.rscData) bytes += data.rscData.length;
  if (data.body) bytes += data.body.length;
  if (data.segmentData) for (const segment of data.segmentData.values()) bytes += segment.length;
  return bytes;
}

/** @param {string} dir @returns {Promise<{ file: string; size: number; mtime: number }[]>} */
async function listFiles(dir) {
  /** @type {import('node:fs').Dirent[]} */
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(file);
      try {
        const stat = await fs.stat(file);
        return [{ file, size: stat.size, mtime: stat.mtimeMs }];
      } catch {
        return [];
      }
    }),
  );
  return nested.flat();
}

/** @param {string} dir */
async function directoryBytes(dir) {
  return (await listFiles(dir)).reduce((sum, file) => sum + file.size, 0);
}

/**
 * Removes whole entries (a page's .html, .meta, .rsc and .segments/ together), oldest
 * first, until the directory holds at most `target` bytes. The entry's .html is removed
 * first: Next treats an entry without it as absent, so a reader never gets half an entry.
 * @param {string} root @param {number} target @returns {Promise<number>} bytes left
 */
export async function evictOldest(root, target) {
  const files = await listFiles(root);
  /** @type {Map<string, { files: string[]; size: number; mtime: number }>} */
  const entries = new Map();
  for (const { file, size, mtime } of files) {
    const stem = file.replace(/\.segments\/.*$/, '').replace(/\.(html|meta|rsc|body)$/, '');
    const entry = entries.get(stem) ?? { files: [], size: 0, mtime: 0 };
    entry.files.push(file);
    entry.size += size;
    entry.mtime = Math.max(entry.mtime, mtime);
    entries.set(stem, entry);
  }
  let total = files.reduce((sum, file) => sum + file.size, 0);
  for (const [stem, entry] of [...entries].sort((a, b) => a[1].mtime - b[1].mtime)) {
    if (total <= target) break;
    const ordered = entry.files.sort((a, b) => Number(b.endsWith('.html')) - Number(a.endsWith('.html')));
    for (const file of ordered) await fs.rm(file, { force: true });
    await fs.rm(`${stem}.segments`, { recursive: true, force: true });
    total -= entry.size;
  }
  return total;
}

/**
 * Exactly the entries Next's `get` will look for a `.rsc` file for, and its `set` skipped.
 * @param {boolean} flushToDisk
 * @param {any} data
 * @param {any} ctx
 */
export function needsFlightData(flushToDisk, data, ctx) {
  return Boolean(
    flushToDisk &&
      data?.kind === 'APP_PAGE' &&
      data.rscData &&
      data.postponed == null &&
      ctx?.isRoutePPREnabled &&
      !ctx.isFallback &&
      !ctx.fetchCache,
  );
}
