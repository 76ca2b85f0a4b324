import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export interface ScriptInfo {
  url: string;
  rawBytes: number;
  gzipBytes: number;
  transferBytes: number | null;
  /** Editor or admin code found in the chunk (should always be empty on readers' pages). */
  markers: string[];
}

export interface PageWeight {
  name: string;
  url: string;
  status: number;
  scripts: number;
  jsRawBytes: number;
  /** Every script body gzipped here at zlib's default level: independent of the server's compression. */
  jsGzipBytes: number;
  /** What actually crossed the wire for the scripts (compressed by the server), when Chromium reports it. */
  jsTransferBytes: number | null;
  htmlRawBytes: number;
  htmlGzipBytes: number;
  /** jsGzipBytes as a percentage of the bare Next page's (filled in by the caller). */
  jsPercentOfFloor?: number;
  editorMarkers: { url: string; markers: string[] }[];
  scriptList: ScriptInfo[];
}

/*
 * What betrays editor or admin code in a minified chunk: library names survive in strings
 * and class names (ProseMirror, TipTap), and the newsroom's own UI strings survive as-is.
 */
const MARKERS: [string, RegExp][] = [
  ['tiptap', /tiptap/i],
  ['prosemirror', /prosemirror/i],
  ['admin route', /\/admin\/articles|app\/admin\//],
  ['editor UI', /Publish now|Create draft|Key point \d|Move key point/],
];

export async function weighPage(browser: Browser, name: string, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<ScriptInfo | null>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => null);
        if (!body) return null;
        const sizes = await response.request().sizes().catch(() => null);
        const text = body.toString('utf8');
        return {
          url: response.url(),
          rawBytes: body.length,
          gzipBytes: gzipSync(body).length,
          transferBytes: sizes ? sizes.responseBodySize : null,
          markers: MARKERS.filter(([, pattern]) => pattern.test(text)).map(([marker]) => marker),
        };
      })(),
    );
  });
  try {
    // networkidle: chunks React or Next load lazily after hydration count too.
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response) throw new Error(`No response for ${url}`);
    const html = await response.body();
    const scriptList = (await Promise.all(pending)).filter((info): info is ScriptInfo => info !== null);
    const sum = (pick: (info: ScriptInfo) => number) => scriptList.reduce((total, info) => total + pick(info), 0);
    const transfers = scriptList.map((info) => info.transferBytes);
    return {
      name,
      url,
      status: response.status(),
      scripts: scriptList.length,
      jsRawBytes: sum((info) => info.rawBytes),
      jsGzipBytes: sum((info) => info.gzipBytes),
      jsTransferBytes: transfers.every((bytes) => typeof bytes === 'number' && bytes > 0)
        ? sum((info) => info.transferBytes ?? 0)
        : null,
      htmlRawBytes: html.length,
      htmlGzipBytes: gzipSync(html).length,
      editorMarkers: scriptList.filter((info) => info.markers.length > 0).map(({ url: u, markers }) => ({ url: u, markers })),
      scriptList,
    };
  } finally {
    await context.close();
  }
}
