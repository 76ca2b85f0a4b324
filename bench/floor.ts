import fs from 'node:fs';
import path from 'node:path';
import { runToEnd, spawnGroup } from './processes';
import { logPath, type RunningServer, whenServing } from './server';

const FIXTURE = path.resolve('bench/floor');
// Inside the work tree so `next`, `react` and `typescript` resolve from the project's own
// node_modules by walking up (Turbopack refuses a symlinked node_modules outside its root).
const APP_DIR = path.resolve('.data/bench/floor-app');

/**
 * Builds the bare fixture app with the project's own Next and serves it on `port`.
 * `prepare` may add pages to the copy before it is built (bench/origin.ts).
 */
export async function startFloorApp(
  port: number,
  prepare?: (appDir: string) => Promise<void>,
): Promise<RunningServer & { buildSeconds: number; appDir: string }> {
  fs.rmSync(APP_DIR, { recursive: true, force: true });
  fs.cpSync(FIXTURE, APP_DIR, { recursive: true, filter: (source) => !source.endsWith('README.md') });
  await prepare?.(APP_DIR);
  const nextBin = path.resolve('node_modules/next/dist/bin/next');
  // Next finds instrumentation.ts and proxy.ts at the workspace root (this project's) and
  // builds them into the floor app too: server-side only, so the floor's JavaScript is
  // unaffected, but the start-up check wants the settings a production server needs.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_SECRET: 'bench-floor-secret-bench-floor-secret-bench',
    PUBLISH_TIMER: 'off',
  };
  delete env.NODE_OPTIONS;
  const started = performance.now();
  await runToEnd(process.execPath, [nextBin, 'build'], { cwd: APP_DIR, env, logFile: logPath('floor-build.log') });
  const buildSeconds = (performance.now() - started) / 1000;
  const child = spawnGroup(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: APP_DIR,
    env,
    logFile: logPath('floor-server.log'),
  });
  return { ...(await whenServing(child, `http://127.0.0.1:${port}`, '/')), buildSeconds, appDir: APP_DIR };
}
