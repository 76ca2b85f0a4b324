import fs from 'node:fs';
import path from 'node:path';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
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
  /** Every run's performance score; the figures above are the median run's. */
  runScores: number[];
}

interface LighthouseReport {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string }>;
}

const score = (report: LighthouseReport, id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);

/** How many times each page is measured: Lighthouse's own advice for a figure is the median of several runs. */
export const LIGHTHOUSE_RUNS = 3;

/*
 * Lighthouse's CLI in a child process rather than its ESM API inside the benchmark: the run
 * gets its own Chromium (mobile emulation, simulated throttling — Lighthouse's defaults) and
 * its memory and CPU never mix with the load generator's.
 */
async function lighthouseOnce(name: string, url: string, outputPath: string): Promise<LighthouseReport> {
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
  return JSON.parse(fs.readFileSync(outputPath, 'utf8')) as LighthouseReport;
}

/**
 * `runs` Lighthouse runs of one page; the figures are the median run's, chosen as Lighthouse
 * chooses it (closest to the median first paint and time to interactive). That run's report
 * is kept as `<name>.report.json`.
 */
export async function runLighthouse(name: string, url: string, runs = LIGHTHOUSE_RUNS): Promise<LighthouseResult> {
  const outDir = path.resolve('.data/bench/lighthouse');
  fs.mkdirSync(outDir, { recursive: true });
  const reports: LighthouseReport[] = [];
  for (let run = 1; run <= runs; run++) reports.push(await lighthouseOnce(name, url, path.join(outDir, `${name}.run-${run}.report.json`)));
  // Lighthouse's result type is a global namespace its package declares; ours names the fields read here.
  const report = computeMedianRun(reports as unknown as Parameters<typeof computeMedianRun>[0]) as unknown as LighthouseReport;
  fs.writeFileSync(path.join(outDir, `${name}.report.json`), JSON.stringify(report));
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
    runScores: reports.map((run) => score(run, 'performance')),
  };
}
