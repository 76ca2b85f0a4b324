import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_CRON_SECRET, E2E_DEMO_PASSWORD } from '../support/credentials';

/*
 * `npm run test:edge`: a production build behind Varnish started with the shipped VCL
 * (deploy/varnish/newsdesk.vcl), each on its own ports, with its own data and Varnish
 * working directories. Every process is started here and stopped by its pid.
 */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ORIGIN_PORT = Number(process.env.E2E_PORT ?? 3206);
export const EDGE_PORT = Number(process.env.EDGE_PORT ?? 6206);
export const EDGE_ADMIN_PORT = Number(process.env.EDGE_ADMIN_PORT ?? 6207);
export const ORIGIN = `http://127.0.0.1:${ORIGIN_PORT}`;
export const EDGE = `http://127.0.0.1:${EDGE_PORT}`;
export const PURGE_SECRET = 'e2e-edge-purge-secret-0123456789';
/** Varnish's working directory (-n) and everything else this run keeps: under .data/. */
export const WORK_DIR = path.join(ROOT, '.data', `edge-${EDGE_PORT}`);
const ORIGIN_PID = path.join(WORK_DIR, 'origin.pid');
const VARNISH_PID = path.join(WORK_DIR, 'varnish', 'varnishd.pid');

export function originEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? `.data/e2e-edge-${ORIGIN_PORT}`,
    // Readers and crawlers know the site by the edge's address.
    SITE_URL: EDGE,
    AUTH_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only',
    AUTH_TRUST_HOST: 'true',
    CRON_SECRET: E2E_CRON_SECRET,
    DEMO_EDITOR_PASSWORD: E2E_DEMO_PASSWORD,
    LOG_LEVEL: 'warn',
    // The tests call the publishing cron themselves, as the timer would every 30 s.
    PUBLISH_TIMER: 'off',
    EDGE_PURGER: 'varnish',
    EDGE_VARNISH_URLS: EDGE,
    EDGE_PURGE_SECRET: PURGE_SECRET,
    PORT: String(ORIGIN_PORT),
    HOSTNAME: '127.0.0.1',
  };
}

async function waitFor(url: string, timeoutMs: number, ok: (status: number) => boolean = (status) => status === 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (ok(response.status)) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopPid(pid: number | null) {
  if (!pid || !alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

export async function startOrigin() {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const log = fs.openSync(path.join(WORK_DIR, 'origin.log'), 'a');
  const child = spawn(process.execPath, ['runtime/server/start.mjs'], { cwd: ROOT, env: originEnv(), stdio: ['ignore', log, log], detached: true });
  child.unref();
  fs.writeFileSync(ORIGIN_PID, String(child.pid));
  await waitFor(`${ORIGIN}/api/health`, 60_000);
}

export async function stopOrigin() {
  await stopPid(readPid(ORIGIN_PID));
}

/** The shipped VCL with this run's origin port and purge secret filled in. */
function renderVcl(): string {
  const shipped = fs.readFileSync(path.join(ROOT, 'deploy', 'varnish', 'newsdesk.vcl'), 'utf8');
  const file = path.join(WORK_DIR, 'newsdesk.vcl');
  fs.writeFileSync(file, shipped.replaceAll('__ORIGIN_PORT__', String(ORIGIN_PORT)).replaceAll('__PURGE_SECRET__', PURGE_SECRET));
  return file;
}

export async function startEdge() {
  fs.mkdirSync(path.join(WORK_DIR, 'varnish'), { recursive: true });
  execFileSync('varnishd', [
    '-a', `127.0.0.1:${EDGE_PORT}`,
    '-T', `127.0.0.1:${EDGE_ADMIN_PORT}`,
    '-f', renderVcl(),
    '-n', path.join(WORK_DIR, 'varnish'),
    '-s', 'malloc,256m',
    '-P', VARNISH_PID,
    '-p', 'thread_pool_min=100',
    '-p', 'thread_pools=1',
  ], { stdio: 'inherit' });
  await waitFor(`${EDGE}/`, 30_000);
}

export async function stopEdge() {
  await stopPid(readPid(VARNISH_PID));
}

/** Varnish's manager and its cache child: frozen, the edge keeps its cache but answers nothing. */
function varnishPids(): number[] {
  const manager = readPid(VARNISH_PID);
  if (!manager) throw new Error('Varnish is not running');
  const children = execFileSync('pgrep', ['-P', String(manager)], { encoding: 'utf8' }).trim().split('\n').map(Number).filter(Boolean);
  return [manager, ...children];
}

export function freezeEdge() {
  for (const pid of varnishPids()) process.kill(pid, 'SIGSTOP');
}

export function thawEdge() {
  for (const pid of varnishPids().reverse()) process.kill(pid, 'SIGCONT');
}

/** What the in-process timer does every 30 s: publish due stories, retry edge purges. */
export async function runPublishingCron() {
  const response = await fetch(`${ORIGIN}/api/cron/publish`, { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  if (!response.ok) throw new Error(`cron answered ${response.status}`);
}
