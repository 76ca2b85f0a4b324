import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { buildApp, productionEnv, type RunningServer, startServer } from '../../bench/server';
import { E2E_CRON_SECRET, E2E_DEMO_PASSWORD } from '../support/credentials';
import { ThrowawayPostgres, ThrowawayRedis } from './services';

/*
 * Everything a fault test runs against, all of it started here and stopped at the end: a
 * throwaway Postgres cluster and Redis, the database migrated and seeded with the e2e
 * accounts, one production build, and `npm start` servers on the fault tests' own ports.
 */

export const PORTS = {
  postgres: Number(process.env.FAULTS_POSTGRES_PORT ?? 55433),
  redis: Number(process.env.FAULTS_REDIS_PORT ?? 6390),
  /** Two instances for the Redis scenario; the first is the one every scenario loads. */
  appA: Number(process.env.FAULTS_APP_PORT ?? 3310),
  appB: Number(process.env.FAULTS_APP_PORT ?? 3310) + 1,
} as const;

const DATABASE = 'newsdesk_faults';
const KEY_PREFIX = 'newsdesk-faults';
export const LOG_DIR = path.resolve('.data/faults/logs');
const BUILD_MARKER = path.resolve('.data/faults/build.json');

export function logFile(name: string): string {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const file = path.join(LOG_DIR, name);
  fs.rmSync(file, { force: true });
  return file;
}

export interface Stack {
  pg: ThrowawayPostgres;
  redis: ThrowawayRedis;
  databaseUrl: string;
  /** Seconds the build took; 0 when an earlier fault-test build was reused. */
  buildSeconds: number;
  startApp(port: number, name: string): Promise<RunningServer>;
  /** A short-lived connection to the app's database, for checks the test makes itself. */
  sql<T>(work: (client: postgres.Sql) => Promise<T>): Promise<T>;
  teardown(): Promise<void>;
}

function appEnv(port: number, databaseUrl: string, redisUrl: string): NodeJS.ProcessEnv {
  return {
    ...productionEnv(port, { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl }),
    // Both instances are one site behind a load balancer: one public address.
    SITE_URL: `http://127.0.0.1:${PORTS.appA}`,
    REDIS_KEY_PREFIX: KEY_PREFIX,
    CRON_SECRET: E2E_CRON_SECRET,
    DEMO_EDITOR_PASSWORD: E2E_DEMO_PASSWORD,
    // Warnings and errors only: a minute of load at info level writes tens of megabytes.
    LOG_LEVEL: 'warn',
  };
}

/**
 * The build decides the cache handler (REDIS_URL at build time) and bakes the seeded pages in,
 * so one build serves every scenario: Postgres faults run with the Redis cache in place, as
 * the multi-instance deployment does. `reuseBuild` skips building when the last build was a
 * fault-test build against the same addresses (for running scenarios one by one locally).
 */
export async function startStack(options: { reuseBuild: boolean; log: (line: string) => void }): Promise<Stack> {
  const { log } = options;
  const pg = await ThrowawayPostgres.create(PORTS.postgres, logFile('postgres.log'));
  const redis = new ThrowawayRedis(PORTS.redis, logFile('redis.log'));
  const started: RunningServer[] = [];
  const teardown = async () => {
    for (const server of started) await server.stop().catch(() => {});
    await redis.stop().catch(() => {});
    await pg.destroy().catch(() => {});
  };
  try {
    await redis.start();
    log(`Postgres cluster on port ${pg.port} in ${pg.dir}; Redis on port ${redis.port}`);
    const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${DATABASE}`);
    await admin.end({ timeout: 5 });
    const databaseUrl = pg.databaseUrl(DATABASE);
    const env = appEnv(PORTS.appA, databaseUrl, redis.url);

    log('migrating and seeding (e2e/support/prepare-database.mjs)');
    execFileSync('node', ['e2e/support/prepare-database.mjs'], { env, stdio: ['ignore', 'ignore', 'inherit'] });

    const marker = JSON.stringify({ databaseUrl, redisUrl: redis.url, site: env.SITE_URL });
    const reusable =
      options.reuseBuild &&
      fs.existsSync('.next/standalone/server.js') &&
      fs.existsSync(BUILD_MARKER) &&
      fs.readFileSync(BUILD_MARKER, 'utf8') === marker;
    let buildSeconds = 0;
    if (reusable) {
      log('reusing the previous fault-test build (--reuse-build)');
    } else {
      log('building (npm run build)');
      fs.rmSync(BUILD_MARKER, { force: true });
      buildSeconds = await buildApp(env, logFile('build.log'));
      fs.mkdirSync(path.dirname(BUILD_MARKER), { recursive: true });
      fs.writeFileSync(BUILD_MARKER, marker);
      log(`built in ${buildSeconds.toFixed(0)} s`);
    }

    return {
      pg,
      redis,
      databaseUrl,
      buildSeconds,
      async startApp(port, name) {
        const server = await startServer(appEnv(port, databaseUrl, redis.url), logFile(`${name}.log`));
        started.push(server);
        return server;
      },
      async sql(work) {
        const client = postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
        try {
          return await work(client);
        } finally {
          await client.end({ timeout: 5 });
        }
      },
      teardown,
    };
  } catch (error) {
    await teardown();
    throw error;
  }
}
