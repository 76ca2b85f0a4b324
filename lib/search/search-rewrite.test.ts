import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SearchRewrite, searchResultRewrites, searchResultsUrl, withSearchResultsRoute } from '@/runtime/server/search-results-route.mjs';
import { normalizeQuery, searchRequestFromSegments } from './query';

type HasRule = SearchRewrite['has'][number];

const [withPage, withoutPage] = searchResultRewrites();

/** What Next does with a rule's `has` item: anchored, the named groups become the params. */
function capture(rule: HasRule, value: string): Record<string, string> | null {
  return new RegExp(`^${rule.value}$`).exec(value)?.groups ?? null;
}

const queryRule = withoutPage!.has[0]!;

/** The results page's path Next's rewrite gives a query (the URL parser percent-encodes the segment). */
function rewrittenPath(q: string, page?: string): string | null {
  const query = capture(queryRule, q)?.query;
  if (query === undefined) return null;
  const pageParam = page === undefined ? null : capture(withPage!.has[1]!, page)?.page;
  return new URL(`http://x/search/q-${query}/${pageParam ?? '1'}`).pathname;
}

/** The request the results page stands for, from that path's segments as Next hands them over. */
function landing(q: string, page?: string) {
  const path = rewrittenPath(q, page);
  if (path === null) return null;
  const [, , segment, pageSegment] = path.split('/');
  return searchRequestFromSegments(segment!, pageSegment!);
}

describe('search results rewrite (next.config.mjs)', () => {
  it('is among the rewrites Next is configured with', async () => {
    const config = (await import('../../next.config.mjs' as string)) as { default: { rewrites(): Promise<{ beforeFiles: unknown[] }> } };
    const { beforeFiles } = await config.default.rewrites();
    expect(beforeFiles).toEqual(expect.arrayContaining(searchResultRewrites()));
  });

  it('sends /search?q=…&page=… to the cached results page', () => {
    expect(withPage).toMatchObject({ source: '/search', destination: '/search/q-:query/:page' });
    expect(withoutPage).toMatchObject({ source: '/search', destination: '/search/q-:query/1' });
  });

  it.each(['treaty', 'north korea troops', 'U.S. election', 'café', '朝鲜 条约', '"exact phrase"', 'a&b=c', '<script>', '.', '..', 'x:y'])(
    'takes %j and the page shows that query',
    (q) => {
      expect(landing(q)).toEqual({ query: normalizeQuery(q), page: 1 });
    },
  );

  it.each(['', '   ', 'a/b', '100%', 'x?y', 'x#y', 'a\\b', 'treaty\u0000troops', 'a\u007fb', 'x'.repeat(81), '🦊'.repeat(41)])(
    'leaves %j to /search, which answers it per request',
    (q) => {
      expect(capture(queryRule, q)).toBeNull();
    },
  );

  it('reads the page from 1 to 99 and nothing else', () => {
    expect(landing('treaty', '2')).toEqual({ query: 'treaty', page: 2 });
    for (const page of ['0', '100', '-1', 'abc', '2x']) expect(capture(withPage!.has[1]!, page)).toBeNull();
  });

  it('never makes a path segment the route cache cannot write as a file name (255 bytes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (q) => {
        const query = capture(queryRule, q)?.query;
        if (query === undefined) return;
        expect(Buffer.byteLength(`q-${query}`)).toBeLessThanOrEqual(255);
        expect(query).not.toMatch(/[/?#%\\\u0000-\u001f\u007f]/);
      }),
    );
  });

  it('hands the page the query the reader typed, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (q) => {
        const request = landing(q);
        if (request) expect(request.query).toBe(normalizeQuery(q));
      }),
    );
  });
});

describe('search URLs routed before Next (searchResultsUrl)', () => {
  const url = (params: Record<string, string>) => `/search?${new URLSearchParams(params)}`;

  it('lands where the rewrite lands, the query string kept', () => {
    expect(searchResultsUrl('/search?q=treaty')).toBe('/search/q-treaty/1?q=treaty');
    expect(searchResultsUrl('/search?q=treaty&page=3')).toBe('/search/q-treaty/3?q=treaty&page=3');
    expect(searchResultsUrl('/search?q=north+korea&page=x')).toBe('/search/q-north%20korea/1?q=north+korea&page=x');
    expect(searchResultsUrl('/search?q=a&q=b')).toBe('/search/q-b/1?q=a&q=b');
  });

  it('leaves alone what the rewrite leaves alone', () => {
    for (const other of ['/search', '/search?', '/search?page=2', '/search?q=', '/search?q=a%2Fb', '/searching?q=a', '/search/q-a/1', '/?q=a']) {
      expect(searchResultsUrl(other)).toBeUndefined();
    }
  });

  it('agrees with the rewrite for any query and page', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 90 }), fc.option(fc.string({ maxLength: 3 }), { nil: undefined }), (q, page) => {
        const routed = searchResultsUrl(url(page === undefined ? { q } : { q, page }));
        expect(routed?.split('?')[0] ?? null).toBe(rewrittenPath(q, page));
      }),
    );
  });

  it('rewrites the URL of GET and HEAD requests before the next listener sees it', async () => {
    const seen: string[] = [];
    const server = http.createServer(
      withSearchResultsRoute((request, response) => {
        seen.push(`${request.method} ${request.url}`);
        response.end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await fetch(`${base}/search?q=treaty`);
      await fetch(`${base}/search?q=treaty&page=2`, { method: 'HEAD' });
      await fetch(`${base}/search?q=treaty`, { method: 'POST', body: '' });
      await fetch(`${base}/articles/a?q=treaty`);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(seen).toEqual(['GET /search/q-treaty/1?q=treaty', 'HEAD /search/q-treaty/2?q=treaty&page=2', 'POST /search?q=treaty', 'GET /articles/a?q=treaty']);
  });
});
