// The moment Next expires cache tags (the route cache handlers' `revalidateTag`), and what must
// follow it in this process: the page cache in front of Next (runtime/server/page-cache.mjs)
// forgets its pages, before and after, so no request in between keeps a page from before;
// and the edge purge is told it may go out (lib/edge/tags-expired.mjs).
import { announceTagsExpired } from '../../lib/edge/tags-expired.mjs';
import { flushPageCache } from '../server/page-cache.mjs';

/**
 * Runs Next's own `revalidateTag` with both of the above around it.
 * @template T
 * @param {() => Promise<T>} expire
 * @returns {Promise<T>}
 */
export async function expiringTags(expire) {
  flushPageCache();
  try {
    return await expire();
  } finally {
    flushPageCache();
    announceTagsExpired();
  }
}
