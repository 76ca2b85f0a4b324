// The production entry point, copied into .next/standalone/runtime/server by
// assemble-standalone.mjs: `npm start` (start.mjs) and the Docker image both run it. Before
// Next's router: cached picture variants are answered from memory (cached-variants.mjs) and
// search URLs are sent to their results page's path (search-results-route.mjs). Then it starts
// Next's own standalone server.
import { withCachedVariants } from './cached-variants.mjs';
import { wrapNextRequestListener } from './front-listeners.mjs';
import { withSearchResultsRoute } from './search-results-route.mjs';

wrapNextRequestListener((next) => withCachedVariants(withSearchResultsRoute(next)));
await import(new URL('../../server.js', import.meta.url).href);
