import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import { E2E_CRON_SECRET, E2E_DEMO_PASSWORD } from './e2e/support/credentials';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: './e2e',
  // Needs two servers of its own, Postgres and Redis: `npm run test:instances`; and Varnish
  // in front of its own build: `npm run test:edge`.
  testIgnore: ['multi-instance/**', 'edge/**'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // A guard against hangs, not a speed check (`npm run bench` is): one newsroom flow — sign in,
  // write, publish, read as a reader — took 31–36 s on a slower two-core machine than 30 s was set on.
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions,
  },
  webServer: {
    // A production build against its own database: a fresh embedded directory, or the
    // Postgres database DATABASE_URL names (migrated and seeded here).
    command: `node e2e/support/prepare-database.mjs && npm run build && npm run start -- -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? '.data/e2e',
      SITE_URL: baseURL,
      // Test-only secrets: the e2e server is a production build, which requires them.
      AUTH_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only',
      AUTH_TRUST_HOST: 'true',
      CRON_SECRET: E2E_CRON_SECRET,
      DEMO_EDITOR_PASSWORD: E2E_DEMO_PASSWORD,
      // Every server action would print a line into the test output; warnings still show.
      LOG_LEVEL: 'warn',
    },
  },
});
