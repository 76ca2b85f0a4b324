import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../e2e/support/chromium';

/** The e2e flags, plus --headless for Lighthouse, which starts Chromium itself. */
export const CHROMIUM_FLAGS = ['--headless', ...CHROMIUM_ARGS];

export { systemChromium as chromiumPath };

export function launchBrowser(): Promise<Browser> {
  const executablePath = systemChromium();
  return chromium.launch(executablePath ? { executablePath, args: CHROMIUM_FLAGS } : {});
}
