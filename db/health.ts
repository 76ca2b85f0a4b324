import { sql } from 'drizzle-orm';
import { getDb } from './client';

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; error: string };

/** One round trip to the database; failures are reported, never thrown. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    // The reason goes to the log; the response only says the database is down.
    console.error('[newsdesk] health check failed', error);
    return { ok: false, error: 'database unreachable' };
  }
}
