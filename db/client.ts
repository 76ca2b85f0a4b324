import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { type Connection, type Database, openPglite, openPostgres } from './connection';
import { acquireDataDirLock } from './embedded-lock';
import { seedIfEmpty } from './seed';
import { ensureDemoEditor, printDemoLogin } from './seed/demo-editor';

export type { Database } from './connection';

// Dev reloads re-evaluate this module; keeping the connection on globalThis stops them from
// opening the embedded database again (one opener per directory, and ~300 MB each).
const globalForDb = globalThis as typeof globalThis & { __newsdeskDb?: Promise<Connection> };

async function openEmbedded(dataDir: string): Promise<Connection> {
  const absolute = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  acquireDataDirLock(absolute);
  const connection = await openPglite(absolute);
  // Embedded mode is for trying Newsdesk with no steps by hand: bring it up to date and
  // give it demo content on first start.
  await connection.migrate();
  const log = (line: string) => console.log(`[newsdesk] ${line}`);
  await seedIfEmpty(connection.db, { log });
  const login = await ensureDemoEditor(connection.db, {
    password: env().DEMO_EDITOR_PASSWORD,
    dataRoot: path.dirname(absolute),
    production: env().NODE_ENV === 'production',
    log,
  });
  if (login) printDemoLogin(login, log);
  return connection;
}

function connect(): Promise<Connection> {
  const settings = env();
  if (!settings.DATABASE_URL) return openEmbedded(settings.PGLITE_DATA_DIR);
  return Promise.resolve(
    openPostgres(settings.DATABASE_URL, {
      // A serverless function serves one request at a time: a big pool per function
      // would exhaust the database's connections.
      max: settings.DATABASE_POOL_MAX ?? (settings.VERCEL ? 1 : 10),
      prepare: settings.DATABASE_PREPARED_STATEMENTS,
      replicaUrls: settings.DATABASE_REPLICA_URLS,
    }),
  );
}

export function getConnection(): Promise<Connection> {
  globalForDb.__newsdeskDb ??= connect().catch((error: unknown) => {
    // Let the next request try again instead of caching the failure forever.
    globalForDb.__newsdeskDb = undefined;
    throw error;
  });
  return globalForDb.__newsdeskDb;
}

/** The primary database: writes, and reads that must see them (the newsroom, sign-in). */
export async function getDb(): Promise<Database> {
  return (await getConnection()).db;
}

/** For readers' pages: a read replica when DATABASE_REPLICA_URLS names any. */
export async function getReadDb(): Promise<Database> {
  return (await getConnection()).readDb;
}
