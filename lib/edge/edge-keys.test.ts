import { describe, expect, it } from 'vitest';
import { tags } from '@/lib/cache-tags';
import {
  edgeHeaders,
  edgeKey,
  edgeKeysFor,
  MAX_HEADER_BYTES,
  MAX_KEY_LENGTH,
  PRIVATE_CACHE_CONTROL,
  SHARED_CACHE_CONTROL,
  SHORT_SHARED_CACHE_CONTROL,
  stampEdgeHeaders,
} from './edge-keys.mjs';

describe('edgeKey', () => {
  it('keeps the app’s own tag names as they are', () => {
    for (const tag of [tags.article('a-story'), tags.latest, tags.sectionList('world'), tags.globalWebLinks, tags.feeds]) {
      expect(edgeKey(tag)).toBe(tag);
    }
  });

  it('hashes a tag too long or holding a separator, the same way every time', () => {
    const long = tags.article('a'.repeat(200));
    expect(edgeKey(long)).toMatch(/^h:[\w-]{22}$/);
    expect(edgeKey(long)).toBe(edgeKey(long));
    expect(edgeKey('a b')).not.toBe(edgeKey('a,b'));
    expect(edgeKey('a b')).toMatch(/^h:/);
    expect(edgeKey(long).length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
  });
});

describe('edgeKeysFor', () => {
  it('drops Next’s implicit path tags and duplicates', () => {
    const recorded = ['_N_T_/layout', '_N_T_/articles/x', 'article:x', 'list:latest', 'article:x'];
    expect(edgeKeysFor(recorded)).toEqual({ keys: ['article:x', 'list:latest'], complete: true });
  });

  it('stays under the header budget and says when keys were left out', () => {
    const many = Array.from({ length: 400 }, (_, i) => tags.article(`story-number-${i}-with-a-long-slug`));
    const { keys, complete } = edgeKeysFor(many);
    expect(complete).toBe(false);
    expect(keys.join(' ').length).toBeLessThanOrEqual(MAX_HEADER_BYTES);
    expect(keys.length).toBeGreaterThan(100);
  });
});

describe('edgeHeaders', () => {
  it('names the keys for Varnish/Fastly (spaces) and Cloudflare (commas), kept a year at the edge', () => {
    expect(edgeHeaders(['article:x', 'list:latest'])).toEqual({
      'surrogate-key': 'article:x list:latest',
      'cache-tag': 'article:x,list:latest',
      'cache-control': SHARED_CACHE_CONTROL,
    });
    expect(SHARED_CACHE_CONTROL).toMatch(/s-maxage=31536000/);
    expect(SHARED_CACHE_CONTROL).toMatch(/stale-if-error=\d+/);
    expect(SHARED_CACHE_CONTROL).toMatch(/(^|, )max-age=0(,|$)/);
    expect(PRIVATE_CACHE_CONTROL).toBe('private, no-store');
  });

  it('keeps a response a minute only when not every key fits (a purge could miss it)', () => {
    const many = Array.from({ length: 400 }, (_, i) => `article:story-number-${i}-with-a-long-slug`);
    expect(edgeHeaders(many)['cache-control']).toBe(SHORT_SHARED_CACHE_CONTROL);
    expect(edgeHeaders([])['cache-control']).toBe(SHORT_SHARED_CACHE_CONTROL);
  });
});

describe('stampEdgeHeaders', () => {
  it('adds the edge headers to a cached page from the tags Next recorded in it', () => {
    const entry = { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': '_N_T_/layout,article:x,list:latest' } };
    stampEdgeHeaders(entry, '/route-cache/APP_PAGE/1528b8/$/articles/x');
    expect(entry.headers).toMatchObject({ 'surrogate-key': 'article:x list:latest', 'cache-control': SHARED_CACHE_CONTROL });
  });

  it('leaves entries without recorded tags alone', () => {
    const image = { kind: 'IMAGE', headers: { 'x-next-cache-tags': 'a' } };
    const untagged = { kind: 'APP_ROUTE', headers: {} };
    stampEdgeHeaders(image, '/');
    stampEdgeHeaders(untagged, '/feed.xml');
    expect(image.headers).toEqual({ 'x-next-cache-tags': 'a' });
    expect(untagged.headers).toEqual({});
    expect(stampEdgeHeaders(null, '/')).toBeNull();
  });
});

describe('stampEdgeHeaders on pages no shared cache may keep', () => {
  it('leaves sign-in, the newsroom, the API and partially prerendered pages unstamped', () => {
    const nextKey = (path: string) => `/route-cache/APP_PAGE/c3a0e155b3b4ff24c37811a0232b01a6/$${path}`;
    for (const key of ['/signin', '/admin', '/admin/articles/1', '/api/health', nextKey('/signin'), nextKey('/admin/articles/1')]) {
      const entry = { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': 'sections' } };
      stampEdgeHeaders(entry, key);
      expect(entry.headers).not.toHaveProperty('cache-control');
    }
    const search = { kind: 'APP_PAGE', postponed: 'state', headers: { 'x-next-cache-tags': 'sections' } };
    stampEdgeHeaders(search, '/search');
    expect(search.headers).not.toHaveProperty('surrogate-key');
  });
});
