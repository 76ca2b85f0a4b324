import autocannon from 'autocannon';
import { runWrk, wrkAvailable } from './wrk';

export interface LoadTarget {
  name: string;
  /** Paths the connections rotate through, so a page kind is measured over many URLs. */
  paths: string[];
}

/** A run's figures as reported: the raw ones, named, with the mean size instead of the total. */
export interface LoadResult extends Omit<RawLoad, 'bytes'> {
  name: string;
  distinctUrls: number;
  /** Mean response body bytes, as a check that real pages (not error pages) were served. */
  meanBytes: number;
}

/** Either a duration in seconds or an exact number of requests. */
type Length = { seconds: number } | { amount: number };

/** One run's figures, whichever client took them. */
export interface RawLoad {
  /** The load client that took the figures (bench/wrk.ts). */
  client: 'wrk' | 'autocannon';
  /** Connections used (the first-visit pass uses a few, the steady run the --connections). */
  connections: number;
  requests: number;
  requestsPerSec: number;
  bytes: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

// Browsers ask for compressed pages; the server's compression is part of its cost.
const HEADERS = { 'accept-encoding': 'gzip, br', accept: 'text/html,application/xhtml+xml,*/*' };

/**
 * Requests `paths` in turn for a duration (wrk when installed) or an exact number of times
 * (always autocannon: wrk has no request count).
 */
export async function run(baseUrl: string, paths: readonly string[], connections: number, length: Length): Promise<RawLoad> {
  if ('seconds' in length && wrkAvailable()) {
    const wrk = await runWrk(baseUrl, paths, connections, length.seconds, HEADERS);
    return {
      client: 'wrk',
      connections,
      requests: wrk.requests,
      requestsPerSec: Math.round(wrk.requests / Math.max(0.001, wrk.durationSec)),
      bytes: wrk.bytes,
      p50Ms: wrk.p50Ms,
      p99Ms: wrk.p99Ms,
      maxMs: wrk.maxMs,
      non2xx: wrk.badStatus,
      errors: wrk.socketErrors,
      timeouts: wrk.timeouts,
    };
  }
  const result = await runAutocannon(baseUrl, paths, connections, length);
  return {
    client: 'autocannon',
    connections: result.connections,
    requests: result.requests.total,
    // A counted run is short and ends mid-second: total over elapsed time, not the per-second mean.
    requestsPerSec: Math.round('amount' in length ? result.requests.total / Math.max(0.001, result.duration) : result.requests.average),
    bytes: result.throughput.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

function runAutocannon(baseUrl: string, paths: readonly string[], connections: number, length: Length): Promise<autocannon.Result> {
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        ...('seconds' in length ? { duration: length.seconds } : { amount: length.amount }),
        // One shared counter across connections: each request takes the next path in turn.
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }),
          },
        ],
        headers: HEADERS,
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // Without this, autocannon keeps running past a Ctrl-C of the benchmark.
    const stop = () => instance.stop();
    process.once('SIGINT', stop);
    instance.once('done', () => process.off('SIGINT', stop));
  });
}

// Connections for the first-visit pass: a handful of readers arriving at pages nobody has
// asked for yet, not a stampede (50 concurrent first renders measure queueing, not rendering).
const FIRST_VISIT_CONNECTIONS = 4;

/**
 * A page kind with more than one URL is measured twice: first every URL once (a first visit:
 * the server renders it and caches it), then the usual warm-up and timed run rotating through
 * all of them (each connection takes the next URL in turn), which is the steady state of a
 * site whose many pages are all in its cache. Both figures are reported.
 */
export async function loadTest(
  baseUrl: string,
  target: LoadTarget,
  { connections, duration, warmup }: { connections: number; duration: number; warmup: number },
): Promise<{ firstVisit?: LoadResult; steady: LoadResult }> {
  let firstVisit: LoadResult | undefined;
  if (target.paths.length > 1) {
    const result = await run(baseUrl, target.paths, FIRST_VISIT_CONNECTIONS, { amount: target.paths.length });
    firstVisit = summarise(`${target.name} (first visit)`, target.paths.length, result);
  }
  if (warmup > 0) await run(baseUrl, target.paths, connections, { seconds: warmup });
  const steady = summarise(target.name, target.paths.length, await run(baseUrl, target.paths, connections, { seconds: duration }));
  return { firstVisit, steady };
}

export function summarise(name: string, distinctUrls: number, raw: RawLoad): LoadResult {
  const { bytes, ...figures } = raw;
  return { name, distinctUrls, ...figures, meanBytes: figures.requests > 0 ? Math.round(bytes / figures.requests) : 0 };
}
