// Where `/search?q=…&page=…` is answered: one cached page per (query, page),
// app/(site)/search/[query]/[page], rendered on its first request, then served from the route
// cache and refreshed by the tag of the results it shows.
//
// Two routes lead there, from this one rule:
// - next.config.mjs's rewrites (searchResultRewrites), which `next dev`, Vercel and any host
//   running Next's own server use;
// - on `npm start` and the Docker image, serve.mjs rewrites the request's URL before Next's
//   router sees it (withSearchResultsRoute). Next applies a matched rewrite twice per request
//   (in its router, then again in the page's route module to recover the params, compiling
//   every rule each time): ~130 µs of CPU per search request here, 13% of the page. The same
//   URL arriving as the page's own path skips both.
//
// The rule copies the query into the path as it is, so it takes only queries with nothing a
// path would read differently (`/ ? # % \`), no control characters (no file name may hold
// NUL), and short enough to name a file in the route cache on disk (80 UTF-16 units: at most
// 240 bytes of UTF-8). Those few, and queries with no word in them, are answered by /search
// itself, per request. (A proxy.ts rewrite could encode any query, but running the proxy
// halved the throughput.)

const SEARCH_QUERY_PATTERN = String.raw`(?<query>(?=.{1,80}$)[^/?#%\\\x00-\x1f\x7f]*[^/?#%\\\s\x00-\x1f\x7f][^/?#%\\\x00-\x1f\x7f]*)`;
const SEARCH_PAGE_PATTERN = String.raw`(?<page>[1-9]\d?)`;

/** next.config.mjs `rewrites().beforeFiles`: the page named, else page 1. */
export function searchResultRewrites() {
  const query = { type: 'query', key: 'q', value: SEARCH_QUERY_PATTERN };
  const page = { type: 'query', key: 'page', value: SEARCH_PAGE_PATTERN };
  return [
    { source: '/search', has: [query, page], destination: '/search/q-:query/:page' },
    { source: '/search', has: [query], destination: '/search/q-:query/1' },
  ];
}

// Anchored as Next anchors a `has` value.
const queryValue = new RegExp(`^${SEARCH_QUERY_PATTERN}$`);
const pageValue = new RegExp(`^${SEARCH_PAGE_PATTERN}$`);

/**
 * The results page's URL for a request URL the rewrites above would send there, the query
 * string kept; otherwise undefined. As Next reads a query: `+` is a space, and of a repeated
 * parameter the last counts.
 * @param {string} url a request's URL (path and query)
 * @returns {string | undefined}
 */
export function searchResultsUrl(url) {
  if (!url.startsWith('/search?')) return undefined;
  const search = url.slice('/search'.length);
  const params = new URLSearchParams(search);
  const query = params.getAll('q').at(-1);
  if (query === undefined || !queryValue.test(query)) return undefined;
  const page = params.getAll('page').at(-1);
  const pageNumber = page !== undefined && pageValue.test(page) ? page : '1';
  // The segment as a URL parser writes it (spaces and quotes percent-encoded), which is
  // how Next's rewrite hands it to the page.
  const { pathname } = new URL(`http://localhost/search/q-${query}/${pageNumber}`);
  return `${pathname}${search}`;
}

/**
 * A request listener that sends search URLs to their results page's path, then on to `listener`.
 * @param {import('node:http').RequestListener} listener
 * @returns {import('node:http').RequestListener}
 */
export function withSearchResultsRoute(listener) {
  return (request, response) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && request.url) {
      const url = searchResultsUrl(request.url);
      if (url) request.url = url;
    }
    return listener(request, response);
  };
}
