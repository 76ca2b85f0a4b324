import autocannon from 'autocannon';
import { RssSampler } from '../../bench/processes';
import type { RunningServer } from '../../bench/server';
import { Checks, runId, type SiteContent } from './checks';
import type { NewsroomClient } from './newsroom-client';
import { sleep } from './readers';

/*
 * Soak: readers at full tilt (autocannon, 50 connections over every kind of page) and a
 * publish every 10 s, for minutes. No request may fail, and the server's memory must level
 * off: over the second half of the run its RSS may grow by less than 10%.
 */

export interface SoakOptions {
  durationS: number;
  connections: number;
  publishEveryS: number;
  /** RSS sample interval. */
  sampleEveryS: number;
}

export interface SoakFigures {
  durationS: number;
  connections: number;
  requests: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  publishes: { attempted: number; acknowledged: number };
  /** midMiB and endMiB: means over the first and last tenth of the run's second half. */
  rss: { startMiB: number; midMiB: number; endMiB: number; peakMiB: number; lastHalfGrowthPercent: number };
  /** [seconds since start, MiB] */
  rssCurve: [number, number][];
}

const MAX_LAST_HALF_GROWTH_PERCENT = 10;
/*
 * Below this, the memory check only reports: in the first minutes under load V8 is still
 * growing its heap towards its working size (a 60 s run went 190 → 660 MiB and kept
 * climbing), so "flat over the second half" says nothing about a leak until the run is long
 * enough for the heap to settle. The 10-minute soak checks it.
 */
const MIN_SECONDS_FOR_MEMORY_CHECK = 300;

export async function soak(
  server: RunningServer,
  client: NewsroomClient,
  content: SiteContent,
  options: SoakOptions,
): Promise<{ checks: Checks; figures: SoakFigures }> {
  const checks = new Checks('soak');
  if (server.child.pid === undefined) throw new Error('The soak server has no pid');
  const sampler = new RssSampler(server.child.pid);
  // Search terms vary so searches are real queries, not one cached answer.
  const paths = [
    ...content.readerPaths.map((target) => target.path),
    ...['bridge', 'election', 'storm', 'ferry', 'rates'].map((term) => `/search?q=${term}`),
  ];
  let next = 0;

  sampler.start(options.sampleEveryS * 1000);
  const t0 = performance.now();
  let attempted = 0;
  let acknowledged = 0;
  let publishing = true;
  const publisher = (async () => {
    // Bounded by the duration: one publish per interval at most.
    for (let i = 0; publishing && i < Math.ceil(options.durationS / options.publishEveryS) + 1; i++) {
      const due = (i + 1) * options.publishEveryS * 1000;
      await sleep(Math.max(0, due - (performance.now() - t0)));
      if (!publishing) break;
      attempted++;
      try {
        const id = await client.createDraft();
        const answer = await client.publish({
          id,
          version: 1,
          headline: `Soak ${runId} story ${i} published under load`,
          slug: `soak-${runId}-${i}`,
          sourceId: content.sourceIds[i % content.sourceIds.length]!,
          sectionId: content.sectionIds[i % content.sectionIds.length]!,
          bylineIds: content.bylineIds,
        });
        if (answer.httpStatus === 200 && answer.status === 'success') acknowledged++;
        else console.log(`[faults] soak publish ${i}: ${answer.httpStatus} ${answer.code ?? answer.status} ${answer.message ?? ''}`);
      } catch (error) {
        console.log(`[faults] soak publish ${i} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.baseUrl,
        connections: options.connections,
        duration: options.durationS,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }) }],
        headers: { 'accept-encoding': 'gzip, br', accept: 'text/html,application/xhtml+xml,*/*' },
        timeout: 10,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    const stop = () => instance.stop();
    process.once('SIGINT', stop);
    instance.once('done', () => process.off('SIGINT', stop));
  });
  publishing = false;
  await publisher;
  sampler.stop();

  const samples = sampler.samples;
  // RSS swings ±10% between garbage collections (810-1000 MiB in a steady 10-minute run),
  // so the second half is judged on means: its first tenth of the run against its last.
  const durationMs = options.durationS * 1000;
  const half = durationMs / 2;
  const window = durationMs / 10;
  const endAt = samples.at(-1)?.atMs ?? durationMs;
  const mean = (values: number[]) => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const midMiB = mean(samples.filter((sample) => sample.atMs >= half && sample.atMs < half + window).map((sample) => sample.serverMiB));
  const endMiB = mean(samples.filter((sample) => sample.atMs > endAt - window).map((sample) => sample.serverMiB));
  const growth = midMiB > 0 ? ((endMiB - midMiB) / midMiB) * 100 : Number.NaN;
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stats.count ?? 0;
  const figures: SoakFigures = {
    durationS: options.durationS,
    connections: options.connections,
    requests: result.requests.total,
    requestsPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    publishes: { attempted, acknowledged },
    rss: {
      startMiB: round(samples[0]?.serverMiB ?? 0),
      midMiB: round(midMiB),
      endMiB: round(endMiB),
      peakMiB: round(Math.max(0, ...samples.map((sample) => sample.serverMiB))),
      lastHalfGrowthPercent: round(growth),
    },
    rssCurve: samples.map((sample) => [round(sample.atMs / 1000), round(sample.serverMiB)]),
  };

  checks.add(
    '0 errors under load',
    result.errors === 0 && result.non2xx === 0 && result.timeouts === 0,
    `${result.requests.total} requests (${figures.requestsPerSec}/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms), ` +
      `${result.errors} errors, ${result.timeouts} timeouts, status codes ${JSON.stringify(statusCodes)}`,
  );
  checks.add(
    'every publish under load is acknowledged',
    attempted > 0 && acknowledged === attempted,
    `${acknowledged} of ${attempted}`,
  );
  const judged = options.durationS >= MIN_SECONDS_FOR_MEMORY_CHECK;
  checks.add(
    judged
      ? `RSS grows less than ${MAX_LAST_HALF_GROWTH_PERCENT}% over the second half`
      : `RSS reported (checked only in runs of ${MIN_SECONDS_FOR_MEMORY_CHECK} s or more)`,
    !judged || (Number.isFinite(growth) && growth < MAX_LAST_HALF_GROWTH_PERCENT),
    `mean ${figures.rss.midMiB} MiB from ${(half / 1000).toFixed(0)} s → mean ${figures.rss.endMiB} MiB over the last ${(window / 1000).toFixed(0)} s ` +
      `(${figures.rss.lastHalfGrowthPercent}%); ` +
      `start ${figures.rss.startMiB} MiB, peak ${figures.rss.peakMiB} MiB`,
  );
  checks.add('the server process lives on', server.child.exitCode === null, server.child.exitCode === null ? 'running' : 'exited');
  return { checks, figures };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
