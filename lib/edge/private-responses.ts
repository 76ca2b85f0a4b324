import { isPrivatePath, PRIVATE_CACHE_CONTROL } from './edge-keys.mjs';

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
