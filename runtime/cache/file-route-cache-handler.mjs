// The route cache on one host (no REDIS_URL): Next's own file-system cache, with one fix.
//
// With Cache Components, Next 16.4 writes a fully static page's HTML, metadata and prefetch
// segments to disk but not its flight data (`<page>.rsc`), which its own `get` requires. So
// a page that falls out of the in-memory cache (50 MB: a few hundred articles) could not be
// read back from disk and was rendered again on every request: with 1,000 articles in
// rotation, 16 requests/s instead of ~1,000. This writes the missing file beside the others.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;

export default class FileRouteCacheHandler extends FileSystemCache {
  /**
   * @param {string} key
   * @param {any} data a CachedRouteValue (Next's internal type)
   * @param {any} ctx Next's set context
   */
  async set(key, data, ctx) {
    await super.set(key, data, ctx);
    if (!needsFlightData(this.flushToDisk, data, ctx)) return;
    await this.fs.writeFile(this.getFilePath(`${key}.rsc`, 'APP_PAGE'), data.rscData);
  }
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
