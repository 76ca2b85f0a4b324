import fs from 'node:fs';

/*
 * `npx playwright install` cannot download here: Debian's Chromium where it exists,
 * Playwright's own browser elsewhere (a developer laptop). Shared by both Playwright
 * configs and the benchmark.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Running as root on a closed network: no sandbox, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function systemChromium(): string | null {
  return fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
}

/** Launch options for Playwright: Debian's Chromium with its flags, or Playwright's defaults. */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  const executablePath = systemChromium();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : {};
}
