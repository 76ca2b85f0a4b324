// The production entry point, copied into .next/standalone/runtime/server by
// assemble-standalone.mjs: `npm start` (start.mjs) and the Docker image both run it. Before
// Next's router: the build's scripts, stylesheets and never-regenerated routes (robots.txt)
// are answered from memory (static-assets.mjs), cached picture variants too
// (cached-variants.mjs), then readers' public pages Next has already answered
// (page-cache.mjs), readers' pages lose the framework's scripts (script-free-pages.mjs), and
// search URLs are sent to their results page's path (search-results-route.mjs). Then it
// starts Next's own standalone server.
import { fileURLToPath } from 'node:url';
import { withCachedVariants } from './cached-variants.mjs';
import { wrapNextRequestListener } from './front-listeners.mjs';
import { pageCacheBytes, withPageCache } from './page-cache.mjs';
import { withScriptFreePages } from './script-free-pages.mjs';
import { withSearchResultsRoute } from './search-results-route.mjs';
import { withStaticAssets } from './static-assets.mjs';

const buildDir = fileURLToPath(new URL('../../.next', import.meta.url));
const pages = { maxBytes: pageCacheBytes(process.env) };
wrapNextRequestListener((next) =>
  withStaticAssets(withCachedVariants(withPageCache(withScriptFreePages(withSearchResultsRoute(next)), pages)), buildDir),
);
await import(new URL('../../server.js', import.meta.url).href);
