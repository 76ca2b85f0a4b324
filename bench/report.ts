import { type EdgeResults, edgeTargets, formatEdge } from './edge';
import type { LighthouseResult } from './lighthouse';
import type { LoadResult } from './load';
import type { MachineInfo } from './machine';
import { formatOrigin, type OriginResults, originTargets } from './origin';
import type { DbMode } from './options';
import type { PageWeight } from './page-weight';
import type { PublishResult } from './publish-to-live';

export interface TargetCheck {
  name: string;
  target: string;
  actual: string;
  pass: boolean;
}

export interface BenchResults {
  machine: MachineInfo;
  options: {
    stories: number;
    db: DbMode;
    duration: number;
    warmup: number;
    connections: number;
    publishes: number;
    articleSpread: number;
    phases: string[];
  };
  database?: {
    description: string;
    demoStories: number;
    syntheticStories: number;
    keyPoints: number;
    seedSeconds: number;
  };
  build?: { seconds: number; serverStartSeconds: number; floorBuildSeconds?: number };
  load: LoadResult[];
  publishToLive?: PublishResult;
  pageWeight?: { floor: PageWeight; pages: PageWeight[] };
  memory?: {
    startMiB: number;
    peakMiB: number;
    endMiB: number;
    samples: number;
    /** Peak and last sample within each phase, in the order they ran. */
    byPhase?: { name: string; peakMiB: number; endMiB: number }[];
    processes: unknown[];
  };
  lighthouse: LighthouseResult[];
  cpuProfile?: { file: string; top: { function: string; selfMs: number; percent: number }[] };
  targets: TargetCheck[];
  /** `--edge varnish` (bench/edge.ts). */
  edge?: EdgeResults;
  /** Fixed cost and payload against a bare Next app (bench/origin.ts). */
  origin?: OriginResults;
  /** Phases that failed, with their error: the other figures are still reported. */
  failures: { phase: string; error: string }[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The checks the Production issue judges the benchmark by; a missing figure fails its check. */
export function checkTargets(results: BenchResults, baseline?: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const load = (name: string) => results.load.find((result) => result.name === name);
  for (const name of ['home', 'article']) {
    const result = load(name);
    checks.push({ name: `${name} req/s`, target: '>= 1500', actual: String(result?.requestsPerSec ?? 'n/a'), pass: (result?.requestsPerSec ?? 0) >= 1500 });
    checks.push({ name: `${name} p99`, target: '< 100 ms', actual: result ? `${result.p99Ms} ms` : 'n/a', pass: result !== undefined && result.p99Ms < 100 });
  }
  const search = load('search');
  checks.push({ name: 'search req/s', target: '>= 300', actual: String(search?.requestsPerSec ?? 'n/a'), pass: (search?.requestsPerSec ?? 0) >= 300 });
  if (results.options.phases.includes('load')) checks.push(...originTargets(results.origin));
  for (const result of results.load) {
    const bad = result.errors + result.non2xx + result.timeouts;
    checks.push({ name: `${result.name} errors`, target: '0', actual: String(bad), pass: bad === 0 });
  }
  const publish = results.publishToLive;
  checks.push({
    name: 'publish-to-live p95 (article and home)',
    target: '< 250 ms',
    actual: publish ? `${publish.both.p95Ms} ms` : 'n/a',
    pass: publish !== undefined && publish.both.p95Ms < 250,
  });
  const weight = results.pageWeight;
  if (weight) {
    for (const page of weight.pages) {
      checks.push({
        name: `${page.name} JS vs bare Next page`,
        target: '<= 110%',
        actual: `${page.jsPercentOfFloor ?? 'n/a'}% (${kb(page.jsGzipBytes)} / ${kb(weight.floor.jsGzipBytes)})`,
        pass: (page.jsPercentOfFloor ?? Infinity) <= 110,
      });
    }
    const home = weight.pages.find((page) => page.name === 'home');
    checks.push({ name: 'home HTML raw', target: '<= 50 KB', actual: home ? kb(home.htmlRawBytes) : 'n/a', pass: home !== undefined && home.htmlRawBytes <= 50 * 1024 });
    const leaks = weight.pages.flatMap((page) => page.editorMarkers.map((leak) => `${page.name}: ${leak.markers.join('+')}`));
    checks.push({ name: 'TipTap/ProseMirror/admin code on public pages', target: 'none', actual: leaks.length ? leaks.join('; ') : 'none', pass: leaks.length === 0 });
  } else {
    checks.push({ name: 'page weight', target: 'measured', actual: 'n/a', pass: false });
  }
  const memoryLimit = results.options.db === 'embedded' ? 600 : 400;
  checks.push({
    name: `server RSS peak and end (${results.options.db})`,
    target: `<= ${memoryLimit} MiB`,
    actual: results.memory ? `${results.memory.peakMiB} / ${results.memory.endMiB} MiB` : 'n/a',
    pass: results.memory !== undefined && results.memory.peakMiB <= memoryLimit,
  });
  for (const name of ['home', 'article']) {
    const lh = results.lighthouse.find((result) => result.name === name);
    checks.push({
      name: `Lighthouse ${name} a11y/best-practices/SEO`,
      target: '100/100/100',
      actual: lh ? `${lh.accessibility}/${lh.bestPractices}/${lh.seo}` : 'n/a',
      pass: lh !== undefined && lh.accessibility === 100 && lh.bestPractices === 100 && lh.seo === 100,
    });
    checks.push({ name: `Lighthouse ${name} performance`, target: '>= 98', actual: String(lh?.performance ?? 'n/a'), pass: (lh?.performance ?? 0) >= 98 });
  }
  checks.push(...edgeTargets(results.edge));
  if (baseline) checks.push(...compareWithBaseline(results, baseline));
  return checks;
}

/** "The same figures at 100,000 stories within 20%", and a build time that doesn't grow. */
function compareWithBaseline(results: BenchResults, baseline: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const label = `vs ${baseline.options.stories.toLocaleString('en-US')} stories`;
  for (const result of results.load) {
    const before = baseline.load.find((b) => b.name === result.name);
    if (!before) continue;
    const ratio = result.requestsPerSec / before.requestsPerSec;
    checks.push({
      name: `${result.name} req/s ${label}`,
      target: '>= 80%',
      actual: `${Math.round(ratio * 100)}% (${result.requestsPerSec} / ${before.requestsPerSec})`,
      pass: ratio >= 0.8,
    });
    if (result.name === 'home' || result.name === 'article') {
      const p99Ratio = result.p99Ms / before.p99Ms;
      checks.push({
        name: `${result.name} p99 ${label}`,
        target: '<= 120%',
        actual: `${Math.round(p99Ratio * 100)}% (${result.p99Ms} / ${before.p99Ms} ms)`,
        pass: p99Ratio <= 1.2,
      });
    }
  }
  if (results.build && baseline.build) {
    const ratio = results.build.seconds / baseline.build.seconds;
    checks.push({
      name: `build time ${label}`,
      target: '<= 120%',
      actual: `${Math.round(ratio * 100)}% (${results.build.seconds.toFixed(0)} / ${baseline.build.seconds.toFixed(0)} s)`,
      pass: ratio <= 1.2,
    });
  }
  return checks;
}

export function formatReport(results: BenchResults): string {
  const { machine, options } = results;
  const out: string[] = [];
  out.push(
    `Newsdesk benchmark — ${options.stories.toLocaleString('en-US')} synthetic stories, ${options.db} database`,
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`,
    `Date: ${machine.date}; commit ${machine.gitCommit}${machine.gitDirty ? ' (with uncommitted changes)' : ''}; load average at start ${machine.loadAverage.join(' ')}`,
    `Browser: ${machine.chromium ?? "Playwright's bundled Chromium"}`,
    `Load: ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s measured per page (${results.load.find((r) => !r.name.endsWith('(first visit)'))?.client ?? 'no load phase'})`,
  );
  if (results.database) {
    const d = results.database;
    out.push(
      `Database: ${d.description}; ${d.syntheticStories.toLocaleString('en-US')} synthetic + ${d.demoStories} demo stories, ${d.keyPoints.toLocaleString('en-US')} key points, seeded in ${d.seedSeconds.toFixed(1)} s`,
    );
  }
  if (results.build) {
    out.push(
      `Build: ${results.build.seconds.toFixed(1)} s; server ready in ${results.build.serverStartSeconds.toFixed(1)} s` +
        (results.build.floorBuildSeconds ? `; bare floor app built in ${results.build.floorBuildSeconds.toFixed(1)} s` : ''),
    );
  }
  if (results.load.length > 0) {
    out.push(
      '',
      table(
        ['page', 'URLs', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'requests', 'non-2xx', 'errors', 'bytes/resp'],
        results.load.map((r) => [r.name, r.distinctUrls, r.connections, r.requestsPerSec, r.p50Ms, r.p99Ms, r.maxMs, r.requests, r.non2xx, r.errors + r.timeouts, r.meanBytes]),
      ),
    );
  }
  if (results.publishToLive) {
    const p = results.publishToLive;
    out.push(
      '',
      `Publish-to-live over ${p.publishes} publishes (from the publish action's response):`,
      table(
        ['served at', 'median ms', 'p95 ms', 'max ms'],
        [
          ['article URL', p.article.medianMs, p.article.p95Ms, p.article.maxMs],
          ['home page', p.home.medianMs, p.home.p95Ms, p.home.maxMs],
          ['both', p.both.medianMs, p.both.p95Ms, p.both.maxMs],
        ],
      ),
    );
  }
  if (results.pageWeight) {
    const { floor, pages } = results.pageWeight;
    out.push(
      '',
      'Page weight (JS gzipped here at zlib default; transfer = what the server sent):',
      table(
        ['page', 'scripts', 'JS gzip', 'JS raw', 'JS transfer', '% of floor', 'HTML raw', 'HTML gzip', 'editor code'],
        [floor, ...pages].map((p) => [
          p === floor ? 'bare Next (floor)' : p.name,
          p.scripts,
          kb(p.jsGzipBytes),
          kb(p.jsRawBytes),
          p.jsTransferBytes === null ? 'n/a' : kb(p.jsTransferBytes),
          p === floor ? '100%' : `${p.jsPercentOfFloor}%`,
          kb(p.htmlRawBytes),
          kb(p.htmlGzipBytes),
          p.editorMarkers.length ? p.editorMarkers.flatMap((m) => m.markers).join(',') : 'none',
        ]),
      ),
    );
  }
  if (results.memory) {
    const m = results.memory;
    out.push('', `Server RSS: start ${m.startMiB} MiB, peak ${m.peakMiB} MiB, end ${m.endMiB} MiB (${m.samples} samples)`);
    if (m.byPhase?.length) {
      out.push(table(['phase', 'peak MiB', 'end MiB'], m.byPhase.map((span) => [span.name, span.peakMiB, span.endMiB])));
    }
  }
  if (results.lighthouse.length > 0) {
    out.push(
      '',
      `Lighthouse ${results.lighthouse[0]?.lighthouseVersion} (mobile), the median of each page's runs:`,
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'each run'],
        results.lighthouse.map((l) => [l.name, l.performance, l.accessibility, l.bestPractices, l.seo, l.lcpMs, l.tbtMs, l.runScores.join(' ')]),
      ),
    );
    for (const l of results.lighthouse) for (const audit of l.failedAudits) out.push(`  ${l.name}: ${audit}`);
  }
  if (results.cpuProfile) {
    out.push(
      '',
      `Server CPU profile (${results.cpuProfile.file}), top self time:`,
      table(['function', 'self ms', '%'], results.cpuProfile.top.map((t) => [t.function, t.selfMs, t.percent])),
    );
  }
  if (results.origin) out.push('', ...formatOrigin(results.origin));
  if (results.edge) out.push('', ...formatEdge(results.edge));
  out.push(
    '',
    'Targets:',
    table(['check', 'target', 'actual', 'result'], results.targets.map((t) => [t.name, t.target, t.actual, t.pass ? 'PASS' : 'FAIL'])),
  );
  for (const failure of results.failures) out.push(`Phase ${failure.phase} FAILED: ${failure.error}`);
  return out.join('\n');
}
