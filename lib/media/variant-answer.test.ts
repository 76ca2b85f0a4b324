import { afterEach, describe, expect, it } from 'vitest';
import { cachedVariantAnswer, responseSecurityHeaders } from './variant-answer';
import { variantCache } from './variant-cache';
import { parseVariantFile } from './variant-file';

const FILE = '0123456789abcdef0123456789abcdef.webp';

describe('cachedVariantAnswer', () => {
  const key = parseVariantFile(FILE)?.key ?? '';
  afterEach(() => variantCache().delete(key));

  it('knows nothing the variant cache does not hold, nor names that are no variant', () => {
    expect(cachedVariantAnswer(FILE, undefined, responseSecurityHeaders('https://news.example'))).toBeUndefined();
    variantCache().set(key, new Uint8Array([9]));
    expect(cachedVariantAnswer('../secrets.webp', undefined, responseSecurityHeaders('https://news.example'))).toBeUndefined();
  });

  it('answers a cached variant with the route’s headers and every response’s security headers', () => {
    variantCache().set(key, new Uint8Array([1, 2, 3]));
    const answer = cachedVariantAnswer(FILE, undefined, responseSecurityHeaders('https://news.example'));
    expect(answer?.status).toBe(200);
    expect(answer?.body).toEqual(new Uint8Array([1, 2, 3]));
    expect(answer?.headers).toMatchObject({
      'content-type': 'image/webp',
      'content-length': '3',
      'cache-control': 'public, max-age=31536000, immutable',
      'content-security-policy': "default-src 'none'; sandbox",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'strict-transport-security': expect.stringContaining('max-age='),
      etag: '"0123456789abcdef0123456789abcdef"',
    });
    expect(cachedVariantAnswer(FILE, undefined, responseSecurityHeaders('http://127.0.0.1:3000'))?.headers).not.toHaveProperty('strict-transport-security');
  });

  it('answers 304 without a body when the browser has the same bytes', () => {
    variantCache().set(key, new Uint8Array([1]));
    expect(cachedVariantAnswer(FILE, '"0123456789abcdef0123456789abcdef"', responseSecurityHeaders(undefined))).toMatchObject({ status: 304, body: null });
  });
});
