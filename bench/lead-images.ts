import fs from 'node:fs';
import path from 'node:path';
import { REFERENCE_STORY_SLUG } from '../db/seed/demo-content';
import { type LighthouseResult, runLighthouse } from './lighthouse';
import { type LoadResult, loadTest } from './load';
import type { TargetCheck } from './report';

/*
 * Pictures in `npm run bench` (issue 10): an article page with a lead image under
 * Lighthouse mobile (performance, CLS, LCP), and one of its variants served from cache by
 * the variant route under autocannon. The demo seed gives the reference story a picture.
 */

export const LEAD_IMAGE_PAGE = 'article with lead image';
export const VARIANT_LOAD = 'image variant (cached)';

export interface LeadImageFigures {
  path: string;
  variantPath: string | null;
  lighthouse?: LighthouseResult & { cls: number };
  variantLoad?: LoadResult;
}

/** The first variant the page's lead image offers (its <source>/<img> srcset), site-relative. */
export function firstVariantPath(html: string): string | null {
  const figure = html.match(/<figure[^>]*class="lead-image"[\s\S]*?<\/figure>/)?.[0] ?? '';
  const srcset = figure.match(/srcSet="([^"]+)"|srcset="([^"]+)"/i);
  const first = (srcset?.[1] ?? srcset?.[2] ?? '').split(',')[0]?.trim().split(/\s+/)[0];
  return first ? first.replace(/&amp;/g, '&') : null;
}

function readCls(name: string): number {
  // runLighthouse keeps the full report; CLS is read from it rather than widening its result.
  const report = JSON.parse(fs.readFileSync(path.resolve(`.data/bench/lighthouse/${name}.report.json`), 'utf8')) as {
    audits: Record<string, { numericValue?: number }>;
  };
  return report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
}

export async function benchLeadImages(
  baseUrl: string,
  options: { connections: number; duration: number; warmup: number; lighthouse: boolean; load: boolean },
  log: (line: string) => void,
): Promise<LeadImageFigures> {
  const pagePath = `/articles/${REFERENCE_STORY_SLUG}`;
  const html = await (await fetch(`${baseUrl}${pagePath}`)).text();
  const variantPath = firstVariantPath(html);
  const figures: LeadImageFigures = { path: pagePath, variantPath };
  if (!variantPath) throw new Error(`${pagePath} shows no lead image: was the demo seed's picture ingested?`);

  if (options.load) {
    log(`load: ${VARIANT_LOAD} ${variantPath}`);
    const { steady } = await loadTest(baseUrl, { name: VARIANT_LOAD, paths: [variantPath] }, options);
    figures.variantLoad = steady;
    log(`  ${steady.requestsPerSec} req/s, p99 ${steady.p99Ms} ms, non-2xx ${steady.non2xx}`);
  }
  if (options.lighthouse) {
    log(`lighthouse: ${LEAD_IMAGE_PAGE}`);
    const name = 'article-lead-image';
    const result = await runLighthouse(name, `${baseUrl}${pagePath}`);
    figures.lighthouse = { ...result, name: LEAD_IMAGE_PAGE, cls: readCls(name) };
    log(`  performance ${result.performance}, LCP ${result.lcpMs} ms, CLS ${figures.lighthouse.cls}`);
  }
  return figures;
}

/** The targets: performance ≥ 98, CLS 0, LCP ≤ 2.0 s, a cached variant ≥ 1,500 req/s. */
export function leadImageChecks(figures: LeadImageFigures | undefined): TargetCheck[] {
  const lh = figures?.lighthouse;
  const load = figures?.variantLoad;
  return [
    { name: `Lighthouse ${LEAD_IMAGE_PAGE} performance`, target: '>= 98', actual: String(lh?.performance ?? 'n/a'), pass: (lh?.performance ?? 0) >= 98 },
    { name: `Lighthouse ${LEAD_IMAGE_PAGE} CLS`, target: '0', actual: lh ? String(Math.round(lh.cls * 1000) / 1000) : 'n/a', pass: lh !== undefined && lh.cls === 0 },
    { name: `Lighthouse ${LEAD_IMAGE_PAGE} LCP`, target: '<= 2000 ms', actual: lh ? `${lh.lcpMs} ms` : 'n/a', pass: lh !== undefined && lh.lcpMs <= 2000 },
    { name: `${VARIANT_LOAD} req/s`, target: '>= 1500', actual: String(load?.requestsPerSec ?? 'n/a'), pass: (load?.requestsPerSec ?? 0) >= 1500 },
  ];
}
