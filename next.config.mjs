import { fileURLToPath } from 'node:url';
import { redisCacheConfig } from './runtime/cache/redis-cache-config.mjs';
import { searchResultRewrites } from './runtime/server/search-results-route.mjs';
import { securityHeaderRules } from './lib/http/security-headers.mjs';

// Embedded mode keeps its database in one directory that only one process may open; build
// workers would each open it, so an embedded build runs on a single worker.
const embedded = !process.env.DATABASE_URL;

/** Must equal CURSOR_PATTERN in lib/paging/cursor.ts (a test checks); TS can't be imported here. */
export const STORY_CURSOR_PATTERN = String.raw`\d{1,16}_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;

/**
 * Older pages of the home, section and source lists (`?before=` / `?after=` cursors) are
 * served by /stories, which reads its search params at request time. The lists' first pages
 * stay fully prerendered and cached: reading searchParams there would make every visit to
 * the front page dynamic. Only well-formed cursors are routed; anything else gets the first
 * page. These run before the filesystem, or the prerendered first page would answer.
 */
function pagedListRewrites() {
  const lists = [
    { source: '/', destination: '/stories?list=latest' },
    { source: '/sections/:slug', destination: '/stories?list=section&slug=:slug' },
    { source: '/sources/:slug', destination: '/stories?list=source&slug=:slug' },
    { source: '/authors/:slug', destination: '/stories?list=person&slug=:slug' },
  ];
  return lists.flatMap(({ source, destination }) =>
    ['before', 'after'].map((key) => ({
      source,
      has: [{ type: 'query', key, value: STORY_CURSOR_PATTERN }],
      destination,
    })),
  );
}

/**
 * `CACHE_MEMORY_MB`, default 16: memory kept for each of Next's two in-process caches.
 * @param {Readonly<Record<string, string | undefined>>} env
 */
export function cacheMemoryBytes(env) {
  const mb = Number(env.CACHE_MEMORY_MB ?? 16);
  return (Number.isFinite(mb) && mb >= 0 ? mb : 16) * 1024 * 1024;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server in .next/standalone: `npm start` and the Docker image run it
  // with only the files it needs, no full node_modules.
  output: 'standalone',
  // The embedded database migrates itself on first start; tracing can't see a folder read
  // at run time, so it is named here.
  // The demo seed's pictures (db/seed/demo-images) are read the same way.
  outputFileTracingIncludes: { '/*': ['./drizzle/**/*', './db/seed/demo-images/**/*'] },
  // The same id on every instance of one release: a browser still on the previous release
  // is told to reload instead of fetching chunks or calling actions that no longer exist.
  // Vercel sets its own. NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (read by Next itself, at build
  // and at start) lets separately built instances of one release read each other's actions.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  cacheComponents: true,
  // Article, source and section pages resolve their slug before anything streams, so a
  // missing story answers a real 404 and a renamed one a real 308; a shared App Shell
  // served first would answer 200 for both.
  partialPrefetching: false,
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package directory at run time.
  // rate-limiter-flexible imports drizzle-orm by a computed name, which bundling breaks;
  // drizzle-orm stays external with it so both share one copy.
  serverExternalPackages: ['@electric-sql/pglite', 'rate-limiter-flexible', 'drizzle-orm'],
  // `npm run typecheck` checks the whole project (tests included) in CI and before commits;
  // checking again inside every build only adds time.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    ...(embedded ? { cpus: 1 } : {}),
    // Unmatched URLs get app/global-not-found.tsx, a document of its own, instead of a root
    // not-found boundary that every page carried in its flight data.
    globalNotFound: true,
    // A logo may be 512 KB (lib/media/logo.ts). With Next's default 1 MB, a 2 MB photo never
    // reached the action, and Next answered the over-limit body with a 500; at 4 MB the
    // action sees it and answers with a field error. Bodies past 4 MB get a 413 from
    // proxy.ts (lib/http/action-request.ts, ACTION_BODY_LIMIT_BYTES, must match).
    serverActions: { bodySizeLimit: '4mb' },
    // Pictures are uploaded to the /api/media/images route (not a server action, so the
    // library can show progress): 20 MB per file plus form fields (lib/media/limits.ts,
    // UPLOAD_BODY_LIMIT_BYTES), which the route enforces while reading. proxy.ts runs for
    // /api/*, and Next cuts a body the proxy sees at 10 MB unless told otherwise.
    proxyClientMaxBodySize: '21mb',
  },
  // Frame, sniffing, referrer, permissions, opener and (https) HSTS headers on every
  // response, and the readers' CSP: static, so cached pages carry them without a proxy run.
  async headers() {
    return securityHeaderRules(process.env.SITE_URL);
  },
  async rewrites() {
    // Search URLs to their cached results pages (runtime/server/search-results-route.mjs).
    return { beforeFiles: [...pagedListRewrites(), ...searchResultRewrites()], afterFiles: [], fallback: [] };
  },
  // The in-memory part of the route cache and of the 'use cache' entries, each (Next's
  // default is 50 MB): past it, pages are read back from disk. Read at build time.
  cacheMaxMemorySize: cacheMemoryBytes(process.env),
  // One host: Next's file-system route cache, fixed to read on-demand pages back from disk
  // (runtime/cache/file-route-cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL('./runtime/cache/file-route-cache-handler.mjs', import.meta.url)),
  // Several instances share one cache in Redis when REDIS_URL is set (replaces the above).
  ...redisCacheConfig(),
};

export default nextConfig;
