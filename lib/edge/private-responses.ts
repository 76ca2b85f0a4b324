import { edgeHeaders, isPrivatePath, PRIVATE_CACHE_CONTROL } from './edge-keys.mjs';

/**
 * The newsroom, sign-in, the API and server-action answers are per person: no shared cache
 * may keep them. proxy.ts marks them on the way in; Next may tighten the header further for
 * pages that read the session (`private, no-cache, no-store, …`), never loosen it.
 */
export function isPrivateRequest(method: string, pathname: string, headers: Headers): boolean {
  if (headers.has('next-action')) return true;
  if (method !== 'GET' && method !== 'HEAD') return true;
  return isPrivatePath(pathname);
}

export function markPrivate(headers: Headers): void {
  headers.set('cache-control', PRIVATE_CACHE_CONTROL);
  headers.delete('surrogate-key');
  headers.delete('cache-tag');
}

/**
 * Edge headers for a route handler that renders per request from `'use cache'` reads (share
 * images, media): given the same tags its cached read carries, so a purge reaches it too.
 * `keepCacheControl` keeps the handler's own (immutable uploads).
 */
export function withEdgeHeaders(response: Response, tags: readonly string[], { keepCacheControl = false } = {}): Response {
  if (!response.ok) return response;
  for (const [name, value] of Object.entries(edgeHeaders(tags))) {
    if (name === 'cache-control' && keepCacheControl) continue;
    response.headers.set(name, value);
  }
  return response;
}
