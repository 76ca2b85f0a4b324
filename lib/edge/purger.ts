import { edgeKey } from './edge-keys.mjs';

/*
 * One interface for every edge: purge these cache tags everywhere the edge keeps them. The
 * tags are Next's (lib/cache-tags.ts); each adapter turns them into the same keys the
 * responses carried (edge-keys.mjs) and batches them to its CDN's limits.
 */

/** Why a purge did not land; stored in the outbox and logged — never the CDN's own words. */
export type PurgeFailureCode = 'edge_unreachable' | 'edge_timeout' | 'edge_refused' | 'edge_rejected_auth';

export class PurgeError extends Error {
  constructor(
    readonly code: PurgeFailureCode,
    readonly status?: number,
  ) {
    super(`edge purge failed: ${code}${status ? ` (HTTP ${status})` : ''}`);
    this.name = 'PurgeError';
  }
}

export interface EdgePurger {
  readonly name: 'varnish' | 'cloudflare' | 'fastly' | 'none';
  /** Resolves once every edge accepted the purge; throws a PurgeError otherwise. */
  purge(tags: readonly string[]): Promise<void>;
}

/** Deployments without a CDN (or on Vercel, which purges by itself): nothing to do. */
export const noPurger: EdgePurger = { name: 'none', purge: async () => {} };

export const PURGE_TIMEOUT_MS = 5_000;

/** Unique edge keys, in the order given. */
export function keysOf(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => edgeKey(tag)))];
}

/** Splits keys into batches of at most `size` keys and `maxChars` characters joined by `separator`. */
export function batches(keys: readonly string[], size: number, maxChars = Infinity, separator = ' '): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const key of keys) {
    const cost = key.length + (current.length > 0 ? separator.length : 0);
    if (current.length > 0 && (current.length >= size || chars + cost > maxChars)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    chars += current.length > 0 ? key.length + separator.length : key.length;
    current.push(key);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** One HTTP request to an edge; a non-2xx answer, a timeout or no answer is a PurgeError. */
export async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(PURGE_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new PurgeError(timedOut ? 'edge_timeout' : 'edge_unreachable');
  }
  if (response.status === 401 || response.status === 403) throw new PurgeError('edge_rejected_auth', response.status);
  if (!response.ok) throw new PurgeError('edge_refused', response.status);
  return response;
}
