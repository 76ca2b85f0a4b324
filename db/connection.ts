import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type PgDatabase, type PgQueryResultHKT, withReplicas } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the app and tests use, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle: the same query API as the database. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface Connection {
  /** The primary: every write, and the newsroom's reads (it must see what it just wrote). */
  db: Database;
  /** Readers' pages: a replica when there are any (drizzle sends any write to the primary). */
  readDb: Database;
  driver: 'pglite' | 'postgres';
  /** Applies the migrations in `drizzle/`; safe to run again. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), 'drizzle');

/** `dataDir` undefined means an in-memory database (tests). */
export async function openPglite(dataDir?: string): Promise<Connection> {
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const db = drizzlePglite({ client, schema });
  return {
    db,
    readDb: db,
    driver: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

export interface PostgresOptions {
  /** Connections per process; serverless functions want 1–2, a Node host 10. */
  max?: number;
  /**
   * Named prepared statements are faster, but transaction poolers (PgBouncer in
   * transaction mode, Neon's and Supabase's pooled URLs) hand each statement to whichever
   * server connection is free, where the statement was never prepared.
   */
  prepare?: boolean;
  /** Read replicas for readers' pages; empty = read from the primary. */
  replicaUrls?: readonly string[];
}

/**
 * Seconds before a pool connection tries the server again after a failed attempt. postgres-js
 * backs off by 3^n / 100 s up to 20 s, counting failures across the whole pool: in the fault
 * test a 5-second Postgres restart under load left queries waiting up to 17 s and the health
 * check failing 6.6 s after the server was back. Capped at a second (with jitter, so the
 * pool doesn't knock in step), a restart is over for readers within about a second; a
 * refused connection attempt costs the server next to nothing.
 */
export function reconnectDelaySeconds(failures: number): number {
  return (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** failures, 1);
}

function postgresClient(url: string, options: PostgresOptions) {
  return postgres(url, {
    max: options.max ?? 10,
    prepare: options.prepare ?? true,
    backoff: reconnectDelaySeconds,
    // Migrations print NOTICEs ("relation already exists, skipping"): noise, not news.
    onnotice: () => {},
  });
}

export function openPostgres(url: string, options: PostgresOptions = {}): Connection {
  const client = postgresClient(url, options);
  const db = drizzlePostgres({ client, schema });
  const replicaClients = (options.replicaUrls ?? []).map((replicaUrl) => postgresClient(replicaUrl, options));
  const [firstReplica, ...moreReplicas] = replicaClients.map((replica) => drizzlePostgres({ client: replica, schema }));
  return {
    db,
    readDb: firstReplica ? withReplicas(db, [firstReplica, ...moreReplicas]) : db,
    driver: 'postgres',
    migrate: () => migratePostgres(db, { migrationsFolder }),
    close: async () => {
      await Promise.all([client, ...replicaClients].map((each) => each.end({ timeout: 5 })));
    },
  };
}
