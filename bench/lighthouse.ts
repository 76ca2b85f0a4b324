import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from './browser';
import { runToEnd } from './processes';
import { logPath } from './server';

export interface LighthouseResult {
  name: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits that cost points outside performance, so a score below 100 says why. */
  failedAudits: string[];
  lighthouseVersion: string;
}

interface LighthouseReport {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string }>;
}

const score = (report: LighthouseReport, id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);

/*
 * Lighthouse's CLI in a child process rather than its ESM API inside the benchmark: the run
 * gets its own Chromium (mobile emulation, simulated throttling — Lighthouse's defaults) and
 * its memory and CPU never mix with the load generator's.
 */
export async function runLighthouse(name: string, url: string): Promise<LighthouseResult> {
  const outDir = path.resolve('.data/bench/lighthouse');
  fs.mkdirSync(outDir, { recursive: true });
  const outputPath = path.join(outDir, `${name}.report.json`);
  const executable = chromiumPath();
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (executable) env.CHROME_PATH = executable;
  delete env.NODE_OPTIONS;
  await runToEnd(
    process.execPath,
    [
      path.resolve('node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      `--output-path=${outputPath}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--form-factor=mobile',
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
      '--quiet',
    ],
    { env, logFile: logPath(`lighthouse-${name}.log`) },
  );
  const report = JSON.parse(fs.readFileSync(outputPath, 'utf8')) as LighthouseReport;
  const failedAudits = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'notApplicable')
      .map((audit) => `${category}: ${audit?.title}`),
  );
  return {
    name,
    url,
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    bestPractices: score(report, 'best-practices'),
    seo: score(report, 'seo'),
    lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
    tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? Number.NaN),
    failedAudits,
    lighthouseVersion: report.lighthouseVersion,
  };
}
