import fs from 'node:fs';
import path from 'node:path';
import { EnvError, parseEnv } from '../../lib/env';
import { type Connection, openPglite, openPostgres } from '../../db/connection';
import { acquireDataDirLock, DatabaseLockedError } from '../../db/embedded-lock';

/** Opens the database a CLI script should work on, with a plain message instead of a stack trace. */
export async function openTarget(): Promise<{
  connection: Connection;
  description: string;
  /** Where the embedded database keeps its files; undefined on a server. */
  dataRoot?: string;
  close: () => Promise<void>;
}> {
  try {
    const { DATABASE_URL, PGLITE_DATA_DIR, DATABASE_PREPARED_STATEMENTS } = parseEnv(process.env);
    if (DATABASE_URL) {
      const connection = openPostgres(DATABASE_URL, { max: 1, prepare: DATABASE_PREPARED_STATEMENTS });
      return { connection, description: 'the Postgres server', close: connection.close };
    }
    const dataDir = path.resolve(PGLITE_DATA_DIR);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    const release = acquireDataDirLock(dataDir);
    const connection = await openPglite(dataDir);
    await connection.migrate();
    return {
      connection,
      description: `the embedded database at ${dataDir}`,
      dataRoot: path.dirname(dataDir),
      close: async () => {
        await connection.close();
        release();
      },
    };
  } catch (error) {
    if (error instanceof EnvError || error instanceof DatabaseLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
