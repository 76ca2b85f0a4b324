import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { INSTANCE_A, INSTANCE_B, requiredServices, serverEnv } from './environment';

// Fails here, before anything is built, when DATABASE_URL or REDIS_URL is missing.
requiredServices();

const launchOptions = chromiumLaunchOptions();

/** `next start` (or the standalone server) reads its address from PORT and HOSTNAME. */
function instance(url: string, command: string) {
  const { port, hostname } = new URL(url);
  return {
    command,
    url: `${url}/api/health`,
    timeout: 300_000,
    // Locally, servers already running on these ports are used as they are (no build).
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe' as const,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...serverEnv(INSTANCE_A), PORT: port, HOSTNAME: hostname },
  };
}

/**
 * Two production servers built once, sharing the Postgres database and the Redis cache, as
 * instances behind a load balancer do. Playwright starts them in order, so the second only
 * starts once the first has built and answers.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  timeout: 120_000,
  globalTeardown: './teardown.ts',
  use: {
    baseURL: INSTANCE_A,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions,
  },
  webServer: [
    instance(INSTANCE_A, 'npx tsx e2e/multi-instance/prepare.ts && npm run build && npm run start'),
    instance(INSTANCE_B, 'npm run start'),
  ],
});
