/*
 * Readers for the fault tests: a few concurrent fetch loops over a rotation of pages, every
 * response recorded with its time, so a test can ask "what did readers get while Postgres
 * was down?" Plain fetch rather than autocannon: the scenarios need each answer, not totals.
 */

export interface ReaderPath {
  path: string;
  /** Pages a reader has already loaded (cached); the others render per request (search). */
  cached: boolean;
}

export interface ReaderResponse {
  /** Milliseconds since the load began, when the request was sent. */
  at: number;
  path: string;
  cached: boolean;
  /** HTTP status, or 0 when no answer came (refused, reset, timed out). */
  status: number;
  ms: number;
  error?: string;
}

const REQUEST_TIMEOUT_MS = 15_000;

export class Readers {
  readonly responses: ReaderResponse[] = [];
  private running = false;
  private loops: Promise<void>[] = [];
  private next = 0;
  private t0 = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly paths: ReaderPath[],
    private readonly concurrency: number,
  ) {
    if (paths.length === 0) throw new Error('Readers need at least one path');
  }

  start(t0 = performance.now()) {
    this.t0 = t0;
    this.running = true;
    this.loops = Array.from({ length: this.concurrency }, () => this.loop());
  }

  async stop() {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop() {
    while (this.running) {
      const target = this.paths[this.next++ % this.paths.length]!;
      this.responses.push(await fetchOnce(this.baseUrl, target, this.t0));
    }
  }
}

export async function fetchOnce(baseUrl: string, target: ReaderPath, t0: number): Promise<ReaderResponse> {
  const sent = performance.now();
  const base = { at: Math.round(sent - t0), path: target.path, cached: target.cached };
  try {
    const response = await fetch(`${baseUrl}${target.path}`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*', 'accept-encoding': 'gzip' },
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    // Read the whole body: an error can surface mid-stream.
    await response.arrayBuffer();
    return { ...base, status: response.status, ms: Math.round(performance.now() - sent) };
  } catch (error) {
    return { ...base, status: 0, ms: Math.round(performance.now() - sent), error: error instanceof Error ? error.message : String(error) };
  }
}

export interface ReaderSummary {
  requests: number;
  ok: number;
  /** Status code → count, for every answer that was not 200. */
  notOk: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
}

export function summarise(responses: ReaderResponse[]): ReaderSummary {
  const notOk: Record<string, number> = {};
  for (const response of responses) {
    if (response.status !== 200) notOk[String(response.status)] = (notOk[String(response.status)] ?? 0) + 1;
  }
  const times = responses.map((response) => response.ms).sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.max(0, Math.ceil((p / 100) * times.length) - 1))] ?? 0;
  return { requests: responses.length, ok: responses.length - Object.values(notOk).reduce((a, b) => a + b, 0), notOk, p50Ms: at(50), p99Ms: at(99) };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
