import { baseSecurityHeaders } from '@/lib/http/security-headers.mjs';
import { CACHED_VARIANT_ANSWER, type VariantAnswer, type VariantLookup } from '@/runtime/server/cached-variants.mjs';
import { variantCache } from './variant-cache';
import { parseVariantFile, type VariantFile } from './variant-file';

/*
 * A picture variant's answer, one definition for both ways it is served: the route
 * (app/media/i/[file]) and, once the route has cached the bytes, the listener in front of
 * Next (runtime/server/cached-variants.mjs), which Next's header rules never see — so the
 * security headers every response carries are part of the answer here.
 */

/** The headers of a variant's answer; the name is the hash of the bytes, so they never change. */
function variantHeaders(variant: Pick<VariantFile, 'hash' | 'contentType'>): Record<string, string> {
  return {
    'content-type': variant.contentType,
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    // Opened on its own, the file can't run anything, whatever it turned out to contain.
    'content-security-policy': "default-src 'none'; sandbox",
    etag: `"${variant.hash}"`,
  };
}

/** 200 with the bytes, or 304 when the browser already has them. */
export function variantAnswer(variant: VariantFile, bytes: Uint8Array, ifNoneMatch: string | null | undefined): VariantAnswer {
  const headers = variantHeaders(variant);
  if (ifNoneMatch === headers.etag) return { status: 304, headers, body: null };
  return { status: 200, headers: { ...headers, 'content-length': String(bytes.byteLength) }, body: bytes };
}

/** The headers next.config.mjs puts on every response, as one record. */
export function responseSecurityHeaders(siteUrl: string | undefined): Record<string, string> {
  return Object.fromEntries(baseSecurityHeaders(siteUrl).map(({ key, value }) => [key.toLowerCase(), value]));
}

/** The answer for `file` if its bytes are in this process's variant cache, with every header. */
export function cachedVariantAnswer(
  file: string,
  ifNoneMatch: string | undefined,
  securityHeaders: Readonly<Record<string, string>>,
): VariantAnswer | undefined {
  const variant = parseVariantFile(file);
  const bytes = variant ? variantCache().get(variant.key) : undefined;
  if (!variant || !bytes) return undefined;
  const answer = variantAnswer(variant, bytes, ifNoneMatch);
  return { ...answer, headers: { ...securityHeaders, ...answer.headers } };
}

/** Lets the listener in front of Next answer the variants this process has cached. */
export function offerCachedVariants(siteUrl: string | undefined): void {
  // Worked out once: the lookup runs on every picture request.
  const securityHeaders = responseSecurityHeaders(siteUrl);
  const lookup: VariantLookup = (file, ifNoneMatch) => cachedVariantAnswer(file, ifNoneMatch, securityHeaders);
  (globalThis as typeof globalThis & { [CACHED_VARIANT_ANSWER]?: VariantLookup })[CACHED_VARIANT_ANSWER] = lookup;
}
