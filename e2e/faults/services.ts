import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { spawnGroup, stopGroup } from '../../bench/processes';

/*
 * Throwaway services for the fault tests: a Postgres cluster in a temporary directory and a
 * Redis on its own port, both started and stopped by this process. The machine's shared
 * Postgres (5432) and Redis (6379) are never touched: the tests stop and restart these ones.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** initdb and pg_ctl live under /usr/lib/postgresql/<version>/bin on Debian; the newest wins. */
function postgresBin(name: 'initdb' | 'pg_ctl'): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs.readdirSync(root).filter((entry) => /^\d+$/.test(entry)).sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const file = path.join(root, version, 'bin', name);
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`No ${name} under ${root}/*/bin: install PostgreSQL's server package`);
}

/** Postgres refuses to run as root: as root the cluster belongs to the postgres user. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

/** Every cluster this process made, for cleanup on paths that can't await (Ctrl-C). */
const clusters = new Set<ThrowawayPostgres>();

export class ThrowawayPostgres {
  readonly url: string;
  private running = false;

  private constructor(
    readonly dir: string,
    readonly port: number,
    readonly logFile: string,
  ) {
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }

  /** A fresh cluster in a new temporary directory, started on `port`. */
  static async create(port: number, logFile: string): Promise<ThrowawayPostgres> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-faults-pg-'));
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
    const [command, args] = asPostgresUser(postgresBin('initdb'), ['-D', dir, '-U', 'postgres', '-A', 'trust']);
    execFileSync(command, args, { stdio: 'ignore' });
    const cluster = new ThrowawayPostgres(dir, port, logFile);
    clusters.add(cluster);
    await cluster.start();
    return cluster;
  }

  private pgCtl(args: string[]) {
    const [command, fullArgs] = asPostgresUser(postgresBin('pg_ctl'), ['-D', this.dir, ...args]);
    execFileSync(command, fullArgs, { stdio: 'ignore', timeout: 60_000 });
  }

  async start(): Promise<void> {
    // -k: the socket in the cluster's own directory, not /var/run/postgresql (the machine's).
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
    // pg_ctl's log must be writable by the postgres user: it lives in the cluster directory.
    this.pgCtl(['-o', options, '-l', path.join(this.dir, 'server.log'), '-w', 'start']);
    this.running = true;
  }

  /** `fast`: connections are told to end and in-flight transactions roll back, as in a restart. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (!this.running) return;
    this.pgCtl(['-m', mode, '-w', 'stop']);
    this.running = false;
  }

  /** URL of one database on this cluster. */
  databaseUrl(name: string): string {
    const url = new URL(this.url);
    url.pathname = `/${name}`;
    return url.toString();
  }

  /** Stops every cluster this process made and removes its directory, synchronously. */
  static destroyAllNow() {
    for (const cluster of clusters) {
      try {
        cluster.pgCtl(['-m', 'immediate', '-w', 'stop']);
      } catch {
        // Not running.
      }
      fs.rmSync(cluster.dir, { recursive: true, force: true });
    }
    clusters.clear();
  }

  async destroy(): Promise<void> {
    clusters.delete(this);
    try {
      await this.stop('immediate');
    } catch {
      // Already stopped or never started; the directory goes either way.
    }
    // Keep the server log beside the other logs: it says why a fault test failed.
    try {
      fs.copyFileSync(path.join(this.dir, 'server.log'), this.logFile);
    } catch {
      // No log yet.
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export class ThrowawayRedis {
  readonly url: string;
  private child: ReturnType<typeof spawnGroup> | undefined;

  constructor(
    readonly port: number,
    private readonly logFile: string,
  ) {
    this.url = `redis://127.0.0.1:${port}/0`;
  }

  /** Starts redis-server in the foreground (our child, so it is stopped by its pid only). */
  async start(): Promise<void> {
    if (this.child) return;
    this.child = spawnGroup(
      'redis-server',
      [
        '--port', String(this.port),
        '--bind', '127.0.0.1',
        '--save', '',
        '--appendonly', 'no',
        // The cache library wants keyspace expiry events; this Redis is ours to configure.
        '--notify-keyspace-events', 'Exe',
        '--dir', os.tmpdir(),
      ],
      { env: process.env, logFile: this.logFile },
    );
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (await this.ping()) return;
      await sleep(100);
    }
    throw new Error(`redis-server on port ${this.port} did not answer within 10 s; see ${this.logFile}`);
  }

  async ping(): Promise<boolean> {
    const client = createClient({ url: this.url, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
    client.on('error', () => {});
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      if (client.isOpen) await client.quit().catch(() => {});
    }
  }

  /** Keys in this Redis (0 when it doesn't answer): it is ours alone, so all of them are the app's. */
  async keyCount(): Promise<number> {
    const client = createClient({ url: this.url, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
    client.on('error', () => {});
    try {
      await client.connect();
      return await client.dbSize();
    } catch {
      return 0;
    } finally {
      if (client.isOpen) await client.quit().catch(() => {});
    }
  }

  /** Stops Redis as an outage would: gone at once, nothing saved. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    await stopGroup(child, 5_000);
  }
}
