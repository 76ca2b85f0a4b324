import { parseArgs } from 'node:util';

export type DbMode = 'embedded' | 'postgres';
export type Phase = 'load' | 'publish' | 'weight' | 'lighthouse';
const PHASES: Phase[] = ['load', 'publish', 'weight', 'lighthouse'];

export interface BenchOptions {
  stories: number;
  /** Seconds of measured load per page. */
  duration: number;
  /** Seconds of unmeasured load per page first, so the first renders of the run don't count. */
  warmup: number;
  connections: number;
  db: DbMode;
  port: number;
  publishes: number;
  /** Distinct articles the article load rotates through. */
  articleSpread: number;
  phases: Set<Phase>;
  /** Writes a V8 CPU profile of the server (NODE_OPTIONS=--cpu-prof) into bench/profiles/. */
  cpuProf: boolean;
  resultsPath: string;
  /** An earlier results file (e.g. the 10,000-story run) to compare this run's figures with. */
  baselinePath: string | undefined;
  /** `--edge varnish`: also measure through Varnish on `edgePort` (bench/edge.ts). */
  edge: 'varnish' | undefined;
  edgePort: number;
}

const USAGE = `npm run bench -- [--stories 10000] [--duration 10] [--warmup 3] [--connections 50]
                   [--db embedded|postgres] [--port 3500] [--publishes 20] [--articles 1000]
                   [--skip load,publish,weight,lighthouse] [--cpu-prof] [--out bench/results.json]
                   [--baseline results-of-a-10000-run.json] [--edge varnish] [--edge-port 6206]`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive integer, got "${value}"\n${USAGE}`);
  return parsed;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      stories: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      db: { type: 'string' },
      port: { type: 'string' },
      publishes: { type: 'string' },
      articles: { type: 'string' },
      skip: { type: 'string' },
      'cpu-prof': { type: 'boolean' },
      out: { type: 'string' },
      baseline: { type: 'string' },
      edge: { type: 'string' },
      'edge-port': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const db = values.db ?? 'embedded';
  if (db !== 'embedded' && db !== 'postgres') throw new Error(`--db must be embedded or postgres\n${USAGE}`);
  const skipped = (values.skip ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of skipped) {
    if (!PHASES.includes(name as Phase)) throw new Error(`--skip: unknown phase "${name}" (${PHASES.join(', ')})`);
  }
  if (values.edge !== undefined && values.edge !== 'varnish') throw new Error(`--edge must be varnish\n${USAGE}`);
  const port = positiveInt('port', values.port, 3500);
  // Ports 3500-3599 are this benchmark's on a shared machine; the floor app takes port + 1.
  if (port < 3500 || port > 3598) throw new Error('--port must be within 3500-3598 (the floor app uses port + 1)');
  return {
    stories: positiveInt('stories', values.stories, 10_000),
    duration: positiveInt('duration', values.duration, 10),
    warmup: values.warmup === '0' ? 0 : positiveInt('warmup', values.warmup, 3),
    connections: positiveInt('connections', values.connections, 50),
    db,
    port,
    publishes: positiveInt('publishes', values.publishes, 20),
    articleSpread: positiveInt('articles', values.articles, 1_000),
    phases: new Set(PHASES.filter((phase) => !skipped.includes(phase))),
    cpuProf: values['cpu-prof'] ?? false,
    resultsPath: values.out ?? 'bench/results.json',
    baselinePath: values.baseline,
    edge: values.edge === 'varnish' ? 'varnish' : undefined,
    edgePort: positiveInt('edge-port', values['edge-port'], 6206),
  };
}
