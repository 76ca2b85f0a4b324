import autocannon from 'autocannon';

export interface LoadTarget {
  name: string;
  /** Paths the connections rotate through, so a page kind is measured over many URLs. */
  paths: string[];
}

export interface LoadResult {
  name: string;
  distinctUrls: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Connections used (the first-visit pass uses a few, the steady run the --connections). */
  connections: number;
  /** Mean response body bytes, as a check that real pages (not error pages) were served. */
  meanBytes: number;
}

/** Either a duration in seconds or an exact number of requests. */
type Length = { seconds: number } | { amount: number };

export function run(baseUrl: string, nextPath: () => string, connections: number, length: Length): Promise<autocannon.Result> {
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
            setupRequest: (request) => ({ ...request, path: nextPath() }),
          },
        ],
        // Browsers ask for compressed pages; the server's compression is part of its cost.
        headers: { 'accept-encoding': 'gzip, br', accept: 'text/html,application/xhtml+xml,*/*' },
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
  let next = 0;
  const nextPath = () => target.paths[next++ % target.paths.length] ?? '/';
  let firstVisit: LoadResult | undefined;
  if (target.paths.length > 1) {
    const result = await run(baseUrl, nextPath, FIRST_VISIT_CONNECTIONS, { amount: target.paths.length });
    firstVisit = summarise(`${target.name} (first visit)`, target.paths.length, result);
  }
  if (warmup > 0) await run(baseUrl, nextPath, connections, { seconds: warmup });
  const steady = summarise(target.name, target.paths.length, await run(baseUrl, nextPath, connections, { seconds: duration }));
  return { firstVisit, steady };
}

export function summarise(name: string, distinctUrls: number, result: autocannon.Result): LoadResult {
  return {
    name,
    distinctUrls,
    connections: result.connections,
    // A first-visit pass is short and ends mid-second: total over elapsed time, not the per-second mean.
    requestsPerSec: Math.round(name.endsWith('(first visit)') ? result.requests.total / Math.max(0.001, result.duration) : result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    meanBytes: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}
