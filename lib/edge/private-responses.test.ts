import { describe, expect, it } from 'vitest';
import { isPrivateRequest, markPrivate, withEdgeHeaders } from './private-responses';

const get = (path: string, headers: Record<string, string> = {}) => isPrivateRequest('GET', path, new Headers(headers));

describe('isPrivateRequest', () => {
  it('is true for the newsroom, its previews, sign-in, the API and every write', () => {
    expect(get('/admin')).toBe(true);
    expect(get('/admin/articles/0b7c6f0e-1d1a-4c55-8a6f-2f9f0e1d2c3b')).toBe(true);
    expect(get('/signin')).toBe(true);
    expect(get('/api/health')).toBe(true);
    expect(get('/articles/a-story', { 'next-action': 'abc123' })).toBe(true);
    expect(isPrivateRequest('POST', '/', new Headers())).toBe(true);
  });

  it('is false for readers’ pages, whatever they are called', () => {
    expect(get('/')).toBe(false);
    expect(get('/articles/admin-pay-rises')).toBe(false);
    expect(get('/administration-news')).toBe(false);
    expect(get('/feed.xml')).toBe(false);
  });
});

describe('markPrivate', () => {
  it('replaces any shared-cache header and drops the edge keys', () => {
    const headers = new Headers({ 'cache-control': 'public, s-maxage=31536000', 'surrogate-key': 'a', 'cache-tag': 'a' });
    markPrivate(headers);
    expect(Object.fromEntries(headers)).toEqual({ 'cache-control': 'private, no-store' });
  });
});

describe('withEdgeHeaders', () => {
  it('tags a successful response, and leaves failures alone', () => {
    const ok = withEdgeHeaders(new Response('png'), ['article:x']);
    expect(ok.headers.get('surrogate-key')).toBe('article:x');
    expect(ok.headers.get('cache-control')).toMatch(/s-maxage=31536000/);
    const kept = withEdgeHeaders(new Response('x', { headers: { 'cache-control': 'public, max-age=31536000, immutable' } }), ['media:1'], { keepCacheControl: true });
    expect(kept.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(kept.headers.get('cache-tag')).toBe('media:1');
    const missing = withEdgeHeaders(new Response('no', { status: 404 }), ['article:x']);
    expect(missing.headers.get('surrogate-key')).toBeNull();
  });
});
