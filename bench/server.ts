import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runToEnd, spawnGroup, stopGroup } from './processes';

/** A production server's environment (the values the e2e server uses, with the bench's own secrets). */
export function productionEnv(port: number, database: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The bench decides the database: never inherit the developer's.
  delete env.DATABASE_URL;
  delete env.PGLITE_DATA_DIR;
  delete env.NODE_OPTIONS;
  return {
    ...env,
    ...database,
    NODE_ENV: 'production',
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    SITE_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: 'bench-only-secret-bench-only-secret-bench',
    AUTH_TRUST_HOST: 'true',
    CRON_SECRET: 'bench-cron-secret-bench-cron-secret',
    DEMO_EDITOR_PASSWORD: 'bench-demo-password',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

/** Runs `npm run build` and returns its wall-clock seconds. */
export async function buildApp(env: NodeJS.ProcessEnv, logFile: string, cwd?: string): Promise<number> {
  const started = performance.now();
  await runToEnd('npm', ['run', 'build'], { env, logFile, cwd });
  return (performance.now() - started) / 1000;
}

export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}) before ${url} answered`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  /** Seconds from spawn until the health check answered. */
  startSeconds: number;
  stop(): Promise<void>;
}

/** Waits until `child` answers at `readyPath`; stops it (and rethrows) if it never does. */
export async function whenServing(
  child: ChildProcess,
  baseUrl: string,
  readyPath: string,
  stopTimeoutMs?: number,
): Promise<RunningServer> {
  const started = performance.now();
  try {
    await waitForHttp(`${baseUrl}${readyPath}`, child);
  } catch (error) {
    await stopGroup(child);
    throw error;
  }
  return {
    child,
    baseUrl,
    startSeconds: (performance.now() - started) / 1000,
    stop: () => stopGroup(child, stopTimeoutMs),
  };
}

/**
 * `npm run start` with PORT and HOSTNAME in the environment: both `next start` and the
 * standalone server read them, so this works whichever `npm start` runs. `nodeFlags` (e.g.
 * --cpu-prof, which Node 20 refuses in NODE_OPTIONS) run the start script's own `node`
 * command line directly, with the flags added.
 */
export function startServer(
  env: NodeJS.ProcessEnv,
  logFile: string,
  options: { cwd?: string; healthPath?: string; nodeFlags?: string[] } = {},
): Promise<RunningServer> {
  const child = options.nodeFlags
    ? spawnGroup(process.execPath, [...options.nodeFlags, ...startScriptArgs(options.cwd)], { env, logFile, cwd: options.cwd })
    : spawnGroup('npm', ['run', 'start'], { env, logFile, cwd: options.cwd });
  return whenServing(child, `http://127.0.0.1:${env.PORT}`, options.healthPath ?? '/api/health', 10_000);
}

/** The arguments after `node` in package.json's start script. */
function startScriptArgs(cwd = process.cwd()): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = manifest.scripts.start.split(/\s+/);
  if (command !== 'node') throw new Error(`npm start runs "${command}", not node: it can't take node flags`);
  return args;
}

export function logPath(name: string): string {
  const dir = path.resolve('.data/bench/logs');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.rmSync(file, { force: true });
  return file;
}
