import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Where tests live: beside the code they test (runtime/ holds the cache handlers' tests, app/_server
 * the cached reads'; bench/ its load client's; the project root, eslint.config.test.ts).
 */
const testRoots = ['lib', 'db', 'components', 'runtime', 'app', 'bench'];
const tests = (suffix: string) => [
  `*${suffix}.{ts,tsx}`,
  ...testRoots.map((root) => `${root}/**/*${suffix}.{ts,tsx}`),
];

/*
 * Two tiers, visible in the file name (the third, e2e, is Playwright's):
 * - unit: `*.test.ts` — pure code, no database; runs in milliseconds.
 * - integration: `*.int.test.ts` — opens a real database (in-memory PGlite, or a throwaway
 *   database on the DATABASE_URL / TEST_DATABASE_URL server).
 * `vitest run` runs both; `--project unit` or `--project integration` runs one.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside a React Server Components build; tests import db/ directly.
      'server-only': fileURLToPath(new URL('./lib/testing/empty-module.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: tests('.test'), exclude: [...configDefaults.exclude, ...tests('.int.test')] },
      },
      {
        extends: true,
        test: { name: 'integration', include: tests('.int.test') },
      },
    ],
  },
});
