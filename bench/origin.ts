import fs from 'node:fs';
import path from 'node:path';
import { run, summarise } from './load';
import type { TargetCheck } from './report';

/*
 * The origin's own costs against a bare Next app built in the same run with the project's
 * own `next` (bench/floor.ts): the fixed cost of a request (`/robots.txt`, a static chunk
 * both builds share) and the cost of a page's payload (each reader page against a bare page
 * carrying the same text, written into the floor app from the page itself).
 */

export interface OriginPair {
  name: string;
  ours: string;
  floor: string;
  oursReqPerSec: number;
  floorReqPerSec: number;
  ratio: number;
  target: number;
  oursBytes: number;
  floorBytes: number;
}

export interface OriginResults {
  pairs: OriginPair[];
  /** `/robots.txt` against the floor before it ever rendered at request time (see below). */
  beforeFloorRendered?: OriginPair;
}

/**
 * The floor's page rendered per request (bench/floor/app/rendered). Before the comparisons
 * the floor renders it once, because the first request-time render changes the process for
 * good: Next renders inside AsyncLocalStorage, and on Node 20 the first `run()` of one turns
 * on async_hooks' promise hooks, which stay on and cost every later request (measured here:
 * the floor's /robots.txt 757 → 990 µs of CPU per request). Ours has rendered pages by then;
 * a floor whose pages were all prerendered at build never has. Both figures are reported.
 */
export const FLOOR_RENDERED_PATH = '/rendered';

export async function renderFloorOnce(floorUrl: string): Promise<void> {
  const response = await fetch(`${floorUrl}${FLOOR_RENDERED_PATH}`);
  const html = await response.text();
  if (!response.ok || !html.includes('Rendered at')) throw new Error(`${floorUrl}${FLOOR_RENDERED_PATH} answered ${response.status}`);
}

/** Reader pages whose text the floor app gets a page of (`/sized/<name>`). */
export interface SizedPage {
  name: string;
  path: string;
}

/** The visible text of an HTML page, one string per text run, in order. */
export function visibleText(html: string): string[] {
  const body = html
    .replace(/<head[\s\S]*?<\/head>/i, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '');
  return body
    .split(/<[^>]*>/)
    .map((text) =>
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((text) => text.length > 0);
}

/** What a bare Next page costs around its text (measured: an empty page is ~5 KB). */
const BARE_PAGE_BYTES = 5_000;
/** Each character of a bare page's text is sent about 2.2 times: HTML, and escaped flight data. */
const BYTES_PER_TEXT_BYTE = 2.2;
/** And each run's <p> costs about this much around it, in HTML and flight data together. */
const BYTES_PER_RUN = 50;

/**
 * The page's text, repeated as needed so the bare page comes out about as large as the page
 * itself: ours carries markup, pictures and structured data besides its text, and the
 * comparison is between pages of one size. Each copy after the first has every run's words
 * in another order: verbatim copies within deflate's 32 KB window compress to almost nothing
 * (the home page's floor came out at half our gzip size, and gzip is part of the cost).
 */
export function textOfSize(runs: string[], targetBytes: number): string[] {
  const copyBytes = runs.reduce((sum, run) => sum + Buffer.byteLength(run) * BYTES_PER_TEXT_BYTE + BYTES_PER_RUN, 0);
  if (copyBytes === 0) return runs;
  const copies = Math.max(1, Math.round((targetBytes - BARE_PAGE_BYTES) / copyBytes));
  return Array.from({ length: copies }, (_, copy) => (copy === 0 ? runs : runs.map((run, index) => shuffledWords(run, copy * 7919 + index)))).flat();
}

/** The run's words in an order fixed by `seed` (a small LCG: the same floor app every run). */
export function shuffledWords(run: string, seed: number): string {
  const words = run.split(' ');
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let i = words.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [words[i], words[j]] = [words[j] ?? '', words[i] ?? ''];
  }
  return words.join(' ');
}

/**
 * Writes one floor page per reader page into the floor fixture's copy (before it is built):
 * the same text, each run in its own <p>, as a bare server component renders it, as many
 * times over as makes the page about as large as ours.
 */
export async function writeSizedPages(floorAppDir: string, baseUrl: string, pages: SizedPage[]): Promise<void> {
  for (const page of pages) {
    const html = await (await fetch(`${baseUrl}${page.path}`)).text();
    const dir = path.join(floorAppDir, 'app', 'sized', page.name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'text.json'), JSON.stringify(textOfSize(visibleText(html), Buffer.byteLength(html))));
    fs.writeFileSync(
      path.join(dir, 'page.tsx'),
      [
        "import text from './text.json';",
        '',
        `/** The text of Newsdesk's ${page.name} page (${page.path}), written by bench/origin.ts. */`,
        'export default function Sized() {',
        '  return <main>{text.map((run, index) => <p key={index}>{run}</p>)}</main>;',
        '}',
        '',
      ].join('\n'),
    );
  }
}

/** A chunk file both builds serve: the same bytes at the same name (Next's own runtime). */
export function sharedChunk(oursStaticDir: string, floorStaticDir: string): string | null {
  const chunks = (dir: string) => new Set(fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.js')) : []);
  const floor = chunks(path.join(floorStaticDir, 'chunks'));
  const shared = [...chunks(path.join(oursStaticDir, 'chunks'))]
    .filter((name) => floor.has(name))
    .map((name) => ({ name, size: fs.statSync(path.join(oursStaticDir, 'chunks', name)).size }))
    .sort((a, b) => a.size - b.size);
  // The smallest: a request's fixed cost shows most where the body is least.
  return shared[0] ? `/_next/static/chunks/${shared[0].name}` : null;
}

async function measureOne(baseUrl: string, urlPath: string, connections: number, seconds: number) {
  const result = summarise(urlPath, 1, await run(baseUrl, [urlPath], connections, { seconds }));
  if (result.errors + result.non2xx + result.timeouts > 0) throw new Error(`${baseUrl}${urlPath}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result;
}

/**
 * Each pair is measured ours, floor, ours, floor (after a warm-up of both) and averaged, so
 * a noisy second on a small machine doesn't decide a ratio.
 */
export async function measurePairs(
  oursUrl: string,
  floorUrl: string,
  pairs: { name: string; ours: string; floor: string; target: number }[],
  { connections, duration, warmup }: { connections: number; duration: number; warmup: number },
  log: (line: string) => void,
): Promise<OriginResults> {
  const measured: OriginPair[] = [];
  const seconds = Math.max(2, Math.round(duration / 2));
  for (const pair of pairs) {
    if (warmup > 0) {
      await run(oursUrl, [pair.ours], connections, { seconds: warmup });
      await run(floorUrl, [pair.floor], connections, { seconds: warmup });
    }
    const ours: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round < 2; round++) {
      ours.push((await measureOne(oursUrl, pair.ours, connections, seconds)).requestsPerSec);
      floor.push((await measureOne(floorUrl, pair.floor, connections, seconds)).requestsPerSec);
    }
    const rawBytes = async (url: string) => (await (await fetch(url)).arrayBuffer()).byteLength;
    const oursBytes = await rawBytes(`${oursUrl}${pair.ours}`);
    const floorBytes = await rawBytes(`${floorUrl}${pair.floor}`);
    const mean = (values: number[]) => Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
    const result = {
      ...pair,
      oursReqPerSec: mean(ours),
      floorReqPerSec: mean(floor),
      ratio: Math.round((mean(ours) / Math.max(1, mean(floor))) * 100) / 100,
      oursBytes,
      floorBytes,
    };
    measured.push(result);
    log(`  ${pair.name}: ${result.oursReqPerSec} req/s vs bare Next ${result.floorReqPerSec} (${result.ratio}×), ${oursBytes} / ${floorBytes} bytes raw`);
  }
  return { pairs: measured };
}

export function originTargets(origin: OriginResults | undefined): TargetCheck[] {
  if (!origin) return [{ name: 'origin vs bare Next', target: 'measured', actual: 'n/a', pass: false }];
  return origin.pairs.map((pair) => ({
    name: `${pair.name} vs bare Next`,
    target: `>= ${pair.target}×`,
    actual: `${pair.ratio}× (${pair.oursReqPerSec} / ${pair.floorReqPerSec} req/s)`,
    pass: pair.ratio >= pair.target,
  }));
}

export function formatOrigin(origin: OriginResults): string[] {
  const line = (pair: OriginPair, target: string) =>
    `  ${pair.name.padEnd(22)} ${String(pair.oursReqPerSec).padStart(6)} req/s  bare ${String(pair.floorReqPerSec).padStart(6)} req/s  ${pair.ratio}×${target}  ${pair.oursBytes} / ${pair.floorBytes} bytes`;
  const before = origin.beforeFloorRendered;
  return [
    'Origin against a bare Next app built in the same run (gzip, same connections; ours, floor, ours, floor, averaged):',
    ...(before ? [line(before, ' (for information: the floor had not yet rendered at request time)')] : []),
    ...origin.pairs.map((pair) => line(pair, ` (target ${pair.target}×)`)),
  ];
}
