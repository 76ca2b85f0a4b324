import type http from 'node:http';

export interface VariantAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}
export type VariantLookup = (file: string, ifNoneMatch: string | undefined) => VariantAnswer | undefined;

export declare const CACHED_VARIANT_ANSWER: unique symbol;
export declare const VARIANT_PATH_PREFIX: string;
export declare function cachedVariantAnswer(request: http.IncomingMessage): VariantAnswer | undefined;
export declare function withCachedVariants(listener: http.RequestListener): http.RequestListener;
