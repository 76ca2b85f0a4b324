import type http from 'node:http';

export declare const PAGE_CACHE_FLUSH: unique symbol;
export declare const MAX_AGE_MS: number;
export declare function pageCacheBytes(env: Readonly<Record<string, string | undefined>>): number;
export declare function flushPageCache(): void;
export declare function isShareable(status: number, headers: http.OutgoingHttpHeaders): boolean;
export declare function withPageCache(
  listener: http.RequestListener,
  options: { maxBytes: number; now?: () => number },
): http.RequestListener;
