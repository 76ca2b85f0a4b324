// Embedded mode keeps its database in one directory that only one process may open; build
// workers would each open it, so an embedded build runs on a single worker.
const embedded = !process.env.DATABASE_URL;

/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  // Article, source and section pages resolve their slug before anything streams, so a
  // missing story answers a real 404 and a renamed one a real 308; a shared App Shell
  // served first would answer 200 for both.
  partialPrefetching: false,
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package directory at run time.
  // rate-limiter-flexible imports drizzle-orm by a computed name, which a bundle can't
  // resolve ("Cannot find module as expression is too dynamic" at sign-in); drizzle-orm
  // stays external with it so both share one copy.
  serverExternalPackages: ['@electric-sql/pglite', 'rate-limiter-flexible', 'drizzle-orm'],
  experimental: embedded ? { cpus: 1 } : {},
};

export default nextConfig;
