import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type Connection, openPglite, openPostgres } from './connection';

export interface TestDatabase extends Connection {
  /** Closes the connection and drops the throwaway database. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated, empty database for one test file: in-memory PGlite by default, or a
 * new database on the server named by TEST_DATABASE_URL / DATABASE_URL (dropped afterwards).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    const connection = await openPglite();
    await connection.migrate();
    return { ...connection, destroy: connection.close };
  }

  const name = `newsdesk_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = openPostgres(url.toString(), { max: 4 });
  const destroy = async () => {
    await connection.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  try {
    await connection.migrate();
  } catch (error) {
    await destroy();
    throw error;
  }
  return { ...connection, destroy };
}
