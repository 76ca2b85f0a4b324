import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luaString, parseWrkOutput, runWrk, wrkAvailable } from './wrk';

describe('luaString', () => {
  it('escapes quotes, backslashes and every byte outside printable ASCII', () => {
    expect(luaString('/a"b\\c')).toBe('"/a\\034b\\092c"');
    expect(luaString('/search?q=café')).toBe('"/search?q=caf\\195\\169"');
  });
});

describe('parseWrkOutput', () => {
  it('reads the summary line among wrk’s own report, times in milliseconds', () => {
    const out = 'Running 1s test\n  2 threads\nWRK_SUMMARY {"requests":10,"duration":2000000,"bytes":500,"status":1,"socket":2,"timeout":0,"p50":1500,"p99":20000,"max":31000}\n';
    expect(parseWrkOutput(out)).toEqual({
      requests: 10, durationSec: 2, bytes: 500, badStatus: 1, socketErrors: 2, timeouts: 0, p50Ms: 1.5, p99Ms: 20, maxMs: 31,
    });
  });

  it('fails loudly when wrk printed no summary', () => {
    expect(() => parseWrkOutput('unable to connect')).toThrow(/no summary/);
  });
});

// The real wrk against a server that records what it was asked (CI installs wrk).
describe.skipIf(!wrkAvailable())('runWrk', () => {
  const seen = new Map<string, number>();
  let server: http.Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      seen.set(request.url ?? '', (seen.get(request.url ?? '') ?? 0) + 1);
      seen.set(`encoding:${request.headers['accept-encoding']}`, 1);
      response.statusCode = request.url === '/broken' ? 500 : 200;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('asks for every path in turn with the given headers, and counts what the server answered', async () => {
    const paths = ['/one', '/search?q=caf%C3%A9', '/broken'];
    const summary = await runWrk(baseUrl, paths, 4, 1, { 'accept-encoding': 'gzip, br' });
    const answered = paths.reduce((sum, path) => sum + (seen.get(path) ?? 0), 0);
    for (const path of paths) expect(seen.get(path) ?? 0, path).toBeGreaterThan(10);
    expect(seen.has('encoding:gzip, br')).toBe(true);
    // wrk counts the requests it finished; the server may have answered a few more as it stopped.
    expect(summary.requests).toBeGreaterThan(30);
    expect(summary.requests).toBeLessThanOrEqual(answered);
    expect(summary.badStatus).toBeGreaterThan(summary.requests / 5);
    expect(summary.badStatus).toBeLessThan(summary.requests / 2);
    expect(summary.p99Ms).toBeGreaterThanOrEqual(summary.p50Ms);
  });

  it('asks for a single path with wrk’s own request', async () => {
    const before = seen.get('/only') ?? 0;
    const summary = await runWrk(baseUrl, ['/only'], 2, 1, {});
    expect(summary.requests).toBeGreaterThan(10);
    expect((seen.get('/only') ?? 0) - before).toBeGreaterThanOrEqual(summary.requests);
    expect(summary.badStatus).toBe(0);
  });
});
