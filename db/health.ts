import { sql } from 'drizzle-orm';
import { logger } from '@/lib/log/logger';
import type { Database } from './connection';

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; error: string };

/** A load balancer waits for an answer; a database that doesn't answer in time is down. */
const TIMEOUT_MS = 3_000;

/** One round trip to the database; failures (and silence) are reported, never thrown. */
export async function checkDatabase(database: () => Promise<Database>, timeoutMs = TIMEOUT_MS): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([database().then((db) => db.execute(sql`select 1`)), timeout]);
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    // The reason goes to the log; the response only says the database is down.
    logger.error({ err: error }, 'health check: database unreachable');
    return { ok: false, error: 'database unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

/** 200 with the round-trip time, or 503 so a load balancer takes the instance out. */
export function healthResponse(database: DatabaseHealth): Response {
  return Response.json(
    { status: database.ok ? 'ok' : 'unavailable', database },
    { status: database.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
