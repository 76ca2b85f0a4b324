/**
 * `npm run test:faults` and `npm run soak`: the faults the site must survive, run against
 * throwaway services this script starts itself (a Postgres cluster in a temporary directory,
 * a Redis on its own port) and a production build — never the machine's shared ones.
 *
 *   npm run test:faults                      Postgres restart, Redis outage, then a 60 s soak
 *   npm run test:faults -- --only redis      one scenario (postgres, redis, soak)
 *   npm run soak                             the 10-minute soak alone
 *   npm run soak -- --duration 60            a shorter one
 *   … --reuse-build                          skip the build if the last one was a fault-test build
 *
 * Prints every check and the figures, writes them to .data/faults/results.json, and exits 1
 * if any check failed. Logs of every process are in .data/faults/logs/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { killAllStartedNow } from '../../bench/processes';
import type { RunningServer } from '../../bench/server';
import { type Check, siteContent } from './checks';
import { NewsroomClient } from './newsroom-client';
import { postgresRestart } from './postgres-restart';
import { redisOutage } from './redis-outage';
import { soak } from './soak';
import { ThrowawayPostgres } from './services';
import { LOG_DIR, PORTS, type Stack, startStack } from './stack';

type Scenario = 'postgres' | 'redis' | 'soak';
const SCENARIOS: Scenario[] = ['postgres', 'redis', 'soak'];

const USAGE = `npm run test:faults -- [--only postgres,redis,soak] [--duration <soak seconds, 60>] [--pg-duration 60]
                        [--connections 50] [--reuse-build]
npm run soak -- [--duration 600] [--connections 50] [--reuse-build]`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive whole number, got "${value}"\n${USAGE}`);
  return parsed;
}

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      duration: { type: 'string' },
      'pg-duration': { type: 'string' },
      connections: { type: 'string' },
      'reuse-build': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = (values.only ?? SCENARIOS.join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of only) {
    if (!SCENARIOS.includes(name as Scenario)) throw new Error(`--only: unknown scenario "${name}"\n${USAGE}`);
  }
  return {
    scenarios: new Set(only as Scenario[]),
    soakDurationS: positive('duration', values.duration, 60),
    pgDurationS: positive('pg-duration', values['pg-duration'], 60),
    connections: positive('connections', values.connections, 50),
    reuseBuild: values['reuse-build'] ?? false,
  };
}

const log = (line: string) => console.log(`[faults] ${line}`);

async function main() {
  const settings = options(process.argv.slice(2));
  const started = performance.now();
  const checks: Check[] = [];
  const figures: Record<string, unknown> = {};
  const timings: Record<string, number> = {};
  let stack: Stack | undefined;
  let client: NewsroomClient | undefined;

  // Ctrl-C: no server, Redis or Postgres cluster may outlive the run.
  process.once('SIGINT', () => {
    log('interrupted: stopping everything this run started');
    killAllStartedNow();
    ThrowawayPostgres.destroyAllNow();
    process.exit(130);
  });

  const timed = async (name: string, work: () => Promise<void>) => {
    const t = performance.now();
    try {
      await work();
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      checks.push({ scenario: name, name: 'ran to the end', ok: false, detail: message });
      log(`FAIL ${name}: ${message}`);
    } finally {
      timings[name] = Math.round((performance.now() - t) / 1000);
    }
  };

  try {
    await timed('setup', async () => {
      stack = await startStack({ reuseBuild: settings.reuseBuild, log });
      timings.build = Math.round(stack.buildSeconds);
    });
    const ready = stack;
    if (!ready) throw new Error('setup failed');
    let serverA: RunningServer = await ready.startApp(PORTS.appA, 'app-a');
    log(`instance A at ${serverA.baseUrl} (started in ${serverA.startSeconds.toFixed(1)} s)`);
    const content = await siteContent(ready);
    client = await NewsroomClient.signIn(serverA.baseUrl);
    const signedIn = client;

    if (settings.scenarios.has('postgres')) {
      await timed('postgres', async () => {
        log(`Postgres restart under load: ${settings.pgDurationS} s, publish every 2 s, Postgres down for 5 s halfway`);
        const result = await postgresRestart(ready, serverA, signedIn, content, {
          durationS: settings.pgDurationS,
          outageS: 5,
          publishEveryMs: 2_000,
          readers: 6,
        });
        checks.push(...result.checks.all);
        figures.postgres = result.figures;
      });
    }

    if (settings.scenarios.has('redis')) {
      await timed('redis', async () => {
        log('Redis stopped under load: instances A and B, Redis down for 10 s');
        const serverB = await ready.startApp(PORTS.appB, 'app-b');
        try {
          const result = await redisOutage(ready, serverA, serverB, signedIn, content, { outageS: 10, readers: 6 });
          checks.push(...result.checks.all);
          figures.redis = result.figures;
        } finally {
          await serverB.stop();
        }
      });
    }

    if (settings.scenarios.has('soak')) {
      await timed('soak', async () => {
        // A fresh process, so its memory curve is the soak's alone.
        if (settings.scenarios.size > 1) {
          await serverA.stop();
          serverA = await ready.startApp(PORTS.appA, 'app-a-soak');
        }
        log(`soak: ${settings.soakDurationS} s at ${settings.connections} connections, a publish every 10 s`);
        const result = await soak(serverA, signedIn, content, {
          durationS: settings.soakDurationS,
          connections: settings.connections,
          publishEveryS: 10,
          sampleEveryS: settings.soakDurationS >= 300 ? 10 : 2,
        });
        checks.push(...result.checks.all);
        figures.soak = result.figures;
      });
    }
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    checks.push({ scenario: 'setup', name: 'ran to the end', ok: false, detail: message });
    log(`FAIL: ${message}`);
  } finally {
    await client?.close().catch(() => {});
    await stack?.teardown();
  }

  timings.total = Math.round((performance.now() - started) / 1000);
  const failed = checks.filter((check) => !check.ok);
  const results = { checks, figures, timings };
  const out = path.resolve('.data/faults/results.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${report(checks, figures, timings)}\n\nFigures in ${path.relative(process.cwd(), out)}; logs in ${path.relative(process.cwd(), LOG_DIR)}/`);
  // Exit now: HTTP keep-alive sockets and the cache library's timers in this process would
  // otherwise keep it alive after everything it started has stopped.
  process.exit(failed.length > 0 || checks.length === 0 ? 1 : 0);
}

function report(checks: Check[], figures: Record<string, unknown>, timings: Record<string, number>): string {
  const lines = ['Faults survived', '==============='];
  for (const check of checks) lines.push(`${check.ok ? 'PASS' : 'FAIL'}  [${check.scenario}] ${check.name}\n      ${check.detail}`);
  const soakFigures = figures.soak as { rssCurve?: [number, number][] } | undefined;
  if (soakFigures?.rssCurve) {
    const curve = soakFigures.rssCurve;
    const step = Math.max(1, Math.floor(curve.length / 20));
    lines.push('', 'Soak RSS (s → MiB): ' + curve.filter((_, i) => i % step === 0 || i === curve.length - 1).map(([s, mib]) => `${s}→${mib}`).join('  '));
  }
  lines.push('', `Seconds: ${Object.entries(timings).map(([name, s]) => `${name} ${s}`).join(', ')}`);
  const failed = checks.filter((check) => !check.ok).length;
  lines.push(failed === 0 && checks.length > 0 ? `All ${checks.length} checks passed.` : `${failed} of ${checks.length} checks FAILED.`);
  return lines.join('\n');
}

main().catch((error: unknown) => {
  killAllStartedNow();
  ThrowawayPostgres.destroyAllNow();
  console.error(error);
  process.exit(1);
});
