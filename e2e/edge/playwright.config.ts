import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { EDGE } from './environment';

/** `npm run test:edge`: Playwright through Varnish (see environment.ts). Serial: tests stop servers. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  timeout: 120_000,
  globalSetup: './setup.ts',
  globalTeardown: './teardown.ts',
  use: {
    baseURL: EDGE,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
  },
});
