import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeQuery, searchRequestFromSegments } from './query';

interface HasRule {
  type: string;
  key: string;
  value: string;
}
interface RewriteRule {
  source: string;
  has: HasRule[];
  destination: string;
}

// next.config.mjs has no types; these tests read only the search rules from it.
const config = (await import('../../next.config.mjs' as string)) as { searchResultRewrites(): RewriteRule[] };
const [withPage, withoutPage] = config.searchResultRewrites();

/** What Next does with a rule's `has` item: anchored, the named groups become the params. */
function capture(rule: HasRule, value: string): Record<string, string> | null {
  return new RegExp(`^${rule.value}$`).exec(value)?.groups ?? null;
}

const queryRule = withoutPage!.has[0]!;

/** The results page a query lands on, as the router builds its path (the URL parser percent-encodes the segment). */
function landing(q: string, page?: string) {
  const query = capture(queryRule, q)?.query;
  if (query === undefined) return null;
  const pageParam = page === undefined ? null : capture(withPage!.has[1]!, page)?.page;
  const segment = new URL(`http://x/search/q-${query}/1`).pathname.split('/')[2]!;
  return searchRequestFromSegments(segment, pageParam ?? '1');
}

describe('search results rewrite (next.config.mjs)', () => {
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
