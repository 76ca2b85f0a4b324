import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * wrk, when installed (`apt-get install wrk`), is the load client: the issues' figures were
 * taken with it (`wrk -t2 -c50`), and being C it takes far less of the two cores it shares
 * with the server than autocannon does (autocannon capped Varnish at ~9,000 req/s here,
 * wrk reaches ~27,000 through the same VCL). Paths rotate per connection thread from a Lua
 * script; the script's `done` prints the summary as one JSON line.
 */

export interface WrkSummary {
  requests: number;
  durationSec: number;
  bytes: number;
  /** Responses with a status of 400 or more. */
  badStatus: number;
  socketErrors: number;
  timeouts: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const MARKER = 'WRK_SUMMARY ';

let available: boolean | undefined;
/** Whether `wrk` runs here (looked up once). `BENCH_CLIENT=autocannon` turns it off. */
export function wrkAvailable(): boolean {
  if (process.env.BENCH_CLIENT === 'autocannon') return false;
  available ??= spawnSync('wrk', ['--version']).error === undefined;
  return available;
}

/** A Lua string literal holding exactly `value` (bytes outside printable ASCII escaped). */
export function luaString(value: string): string {
  let out = '"';
  for (const byte of Buffer.from(value, 'utf8')) {
    const printable = byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c;
    out += printable ? String.fromCharCode(byte) : `\\${byte.toString(10).padStart(3, '0')}`;
  }
  return `${out}"`;
}

/**
 * The script. One path: wrk's own static request, the cheapest. Several: each thread formats
 * every request once, starts at its own offset and takes the next one per request (a
 * `request()` that formatted anew each time cost a fifth of Varnish's throughput).
 */
export function wrkScript(paths: readonly string[], headers: Record<string, string>): string {
  const headerLines = Object.entries(headers).map(([name, value]) => `wrk.headers[${luaString(name)}] = ${luaString(value)}`);
  const rotation = [
    `local paths = { ${paths.map(luaString).join(', ')} }`,
    'local threads = 0',
    'function setup(thread) thread:set("offset", threads); threads = threads + 1 end',
    'local formatted = {}',
    'local index = 0',
    'function init(args)',
    '  for i, path in ipairs(paths) do formatted[i] = wrk.format("GET", path) end',
    '  index = (offset or 0) * 7919',
    'end',
    'function request()',
    '  index = index % #formatted + 1',
    '  return formatted[index]',
    'end',
  ];
  return [
    ...headerLines,
    ...(paths.length === 1 ? [`wrk.path = ${luaString(paths[0] ?? '/')}`] : rotation),
    'function done(summary, latency, requests)',
    '  local e = summary.errors',
    `  io.write(string.format('${MARKER}{"requests":%d,"duration":%d,"bytes":%d,"status":%d,"socket":%d,"timeout":%d,"p50":%d,"p99":%d,"max":%d}\\n',`,
    '    summary.requests, summary.duration, summary.bytes, e.status, e.connect + e.read + e.write, e.timeout,',
    '    latency:percentile(50), latency:percentile(99), latency.max))',
    'end',
    '',
  ].join('\n');
}

/** Reads the summary line the script's `done` printed (times in µs) into milliseconds. */
export function parseWrkOutput(stdout: string): WrkSummary {
  const line = stdout.split('\n').find((l) => l.startsWith(MARKER));
  if (!line) throw new Error(`wrk printed no summary:\n${stdout.slice(-2000)}`);
  const raw = JSON.parse(line.slice(MARKER.length)) as Record<string, number>;
  const ms = (micros: number | undefined) => Math.round((micros ?? 0) / 10) / 100;
  return {
    requests: raw.requests ?? 0,
    durationSec: (raw.duration ?? 0) / 1e6,
    bytes: raw.bytes ?? 0,
    badStatus: raw.status ?? 0,
    socketErrors: raw.socket ?? 0,
    timeouts: raw.timeout ?? 0,
    p50Ms: ms(raw.p50),
    p99Ms: ms(raw.p99),
    maxMs: ms(raw.max),
  };
}

/** `wrk -t<≤2> -c<connections> -d<seconds>s` against `baseUrl`, rotating through `paths`. */
export async function runWrk(
  baseUrl: string,
  paths: readonly string[],
  connections: number,
  seconds: number,
  headers: Record<string, string>,
): Promise<WrkSummary> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-wrk-'));
  const script = path.join(dir, 'paths.lua');
  fs.writeFileSync(script, wrkScript(paths, headers));
  const threads = Math.max(1, Math.min(2, connections));
  const args = [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, baseUrl];
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      // Stopped with the benchmark on Ctrl-C, like autocannon.
      const stop = () => child.kill('SIGINT');
      process.once('SIGINT', stop);
      child.once('error', reject);
      child.once('close', (code) => {
        process.off('SIGINT', stop);
        if (code === 0) resolve(out);
        else reject(new Error(`wrk exited with ${code}: ${err.slice(-1000)}`));
      });
    });
    return parseWrkOutput(stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
