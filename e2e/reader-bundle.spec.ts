import { expect, test } from '@playwright/test';
import { referencePath } from './support/reference-story';

// Strings that only the newsroom's code contains: TipTap/ProseMirror and the editor.
const newsroomMarkers = [/prosemirror/i, /@tiptap/i, /tiptap/i, /autosave/i];

for (const path of ['/', referencePath, '/sources/fox-news', '/sections/world']) {
  test(`${path} loads no editor or admin code`, async ({ page }) => {
    const scripts: { url: string; body: string }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push({ url: response.url(), body: await response.text().catch(() => '') });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      for (const marker of newsroomMarkers) {
        expect(marker.test(script.body), `${script.url} matches ${marker}`).toBe(false);
      }
    }
  });
}
