import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { referencePath } from './support/reference-story';

const pages = {
  home: '/',
  article: referencePath,
  source: '/sources/fox-news',
  section: '/sections/world',
  'not found': '/articles/no-such-story',
  search: '/search?q=north+korea',
  'empty search': '/search?q=zzzzqqqq',
};

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`${colorScheme} mode at ${width}px`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });

      for (const [name, path] of Object.entries(pages)) {
        test(`the ${name} page has no axe violations`, async ({ page }) => {
          await page.goto(path);
          // Relative times replace the exact ones after hydration; audit what readers see.
          await page.waitForLoadState('networkidle');
          const results = await new AxeBuilder({ page }).analyze();
          const summary = results.violations.map(
            (violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
          expect(summary).toEqual([]);
          // Nothing may scroll sideways at 320-375px.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
        });
      }
    });
  }
}
