/**
 * `npm run bench -- --edge varnish`: the same server behind Varnish started with the shipped
 * VCL (deploy/varnish/newsdesk.vcl), purged through the app's outbox. Measures cached home
 * and article through the edge, and publish-to-live as a reader at the edge sees it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { VARIANT_LOAD } from './lead-images';
import { type LoadResult, type LoadTarget, loadTest } from './load';
import { spawnGroup, stopGroup } from './processes';
import { measurePublishToLive, type PublishResult } from './publish-to-live';
import type { TargetCheck } from './report';
import { type RunningServer, whenServing } from './server';

export type EdgeKind = 'varnish';

const PURGE_SECRET = 'bench-edge-purge-secret-0123456789';

export interface EdgeResults {
  kind: EdgeKind;
  url: string;
  load: LoadResult[];
  publishToLive?: PublishResult;
}

/** The app's settings for purging this Varnish. */
export function edgeEnv(edgePort: number): Record<string, string> {
  return { EDGE_PURGER: 'varnish', EDGE_VARNISH_URLS: `http://127.0.0.1:${edgePort}`, EDGE_PURGE_SECRET: PURGE_SECRET };
}

/** varnishd in the foreground (-F) in its own process group, stopped with the bench. */
export async function startVarnish(originPort: number, edgePort: number, logFile: string): Promise<RunningServer> {
  const workDir = path.resolve(`.data/bench/varnish-${edgePort}`);
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  const vcl = path.join(workDir, 'newsdesk.vcl');
  const shipped = fs.readFileSync('deploy/varnish/newsdesk.vcl', 'utf8');
  fs.writeFileSync(vcl, shipped.replaceAll('__ORIGIN_PORT__', String(originPort)).replaceAll('__PURGE_SECRET__', PURGE_SECRET));
  const child = spawnGroup(
    'varnishd',
    ['-F', '-a', `127.0.0.1:${edgePort}`, '-T', `127.0.0.1:${edgePort + 1}`, '-f', vcl, '-n', workDir, '-s', 'malloc,256m',
      // Thread pools grown up front: the first seconds otherwise measure pool growth.
      '-p', 'thread_pool_min=200', '-p', 'thread_pools=1'],
    { env: process.env, logFile },
  );
  return whenServing(child, `http://127.0.0.1:${edgePort}`, '/', 5_000);
}

export async function runEdgePhases(
  edge: RunningServer,
  originUrl: string,
  targets: LoadTarget[],
  options: { connections: number; duration: number; warmup: number; publishes: number },
  browser: Browser | undefined,
  log: (line: string) => void,
): Promise<EdgeResults> {
  const results: EdgeResults = { kind: 'varnish', url: edge.baseUrl, load: [] };
  try {
    for (const target of targets) {
      // At least 5 s of warm-up: Varnish fills its cache and grows its thread pools.
      const { steady } = await loadTest(edge.baseUrl, { ...target, name: `edge ${target.name}` }, { ...options, warmup: Math.max(options.warmup, 5) });
      results.load.push(steady);
      log(`  ${steady.name}: ${steady.requestsPerSec} req/s, p50 ${steady.p50Ms} ms, p99 ${steady.p99Ms} ms, non-2xx ${steady.non2xx}, errors ${steady.errors}`);
    }
    if (browser) {
      log(`edge publish-to-live: ${options.publishes} publishes, read through Varnish`);
      results.publishToLive = await measurePublishToLive(browser, originUrl, options.publishes, edge.baseUrl);
      log(`  both live at the edge: median ${results.publishToLive.both.medianMs} ms, p95 ${results.publishToLive.both.p95Ms} ms`);
    }
  } finally {
    // Also when a phase fails: a Varnish left running holds the port for the next run.
    await stopGroup(edge.child);
  }
  return results;
}

export function edgeTargets(edge: EdgeResults | undefined): TargetCheck[] {
  if (!edge) return [];
  const checks: TargetCheck[] = [];
  for (const name of ['edge home', 'edge article']) {
    const result = edge.load.find((r) => r.name === name);
    checks.push({ name: `${name} req/s`, target: '>= 20000', actual: String(result?.requestsPerSec ?? 'n/a'), pass: (result?.requestsPerSec ?? 0) >= 20_000 });
    checks.push({ name: `${name} p99`, target: '<= 20 ms', actual: result ? `${result.p99Ms} ms` : 'n/a', pass: result !== undefined && result.p99Ms <= 20 });
    const bad = result ? result.errors + result.non2xx + result.timeouts : NaN;
    checks.push({ name: `${name} errors`, target: '0', actual: String(bad), pass: bad === 0 });
  }
  const variant = edge.load.find((r) => r.name === `edge ${VARIANT_LOAD}`);
  if (variant) {
    const bad = variant.errors + variant.non2xx + variant.timeouts;
    checks.push({ name: `edge ${VARIANT_LOAD} req/s`, target: '>= 1500', actual: String(variant.requestsPerSec), pass: variant.requestsPerSec >= 1500 && bad === 0 });
  }
  const publish = edge.publishToLive;
  checks.push({
    name: 'edge publish-to-live p95 (article and home)',
    target: '<= 300 ms',
    actual: publish ? `${publish.both.p95Ms} ms` : 'n/a',
    pass: publish !== undefined && publish.both.p95Ms <= 300,
  });
  return checks;
}

export function formatEdge(edge: EdgeResults | undefined): string[] {
  if (!edge) return [];
  const lines = [`Through ${edge.kind} (${edge.url}), shipped VCL:`];
  for (const r of edge.load) lines.push(`  ${r.name}: ${r.requestsPerSec} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, errors ${r.errors + r.non2xx + r.timeouts}`);
  if (edge.publishToLive) lines.push(`  publish-to-live at the edge: median ${edge.publishToLive.both.medianMs} ms, p95 ${edge.publishToLive.both.p95Ms} ms`);
  return lines;
}
