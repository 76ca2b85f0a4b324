import { and, asc, count, desc, isNotNull, isNull, lte, min, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/db/connection';
import { edgePurges } from '@/db/schema';
import { logger } from '@/lib/log/logger';
import { type EdgePurger, PurgeError, type PurgeFailureCode } from './purger';

/*
 * The edge purge outbox. A write's cache tags are queued here, then delivered to the CDN;
 * the write never waits on the CDN and never fails because of it. Rows go out in id order:
 * a row that fails holds back the ones after it (so an older purge can't land after a newer
 * one for the same tag) and is retried with backoff by the next delivery — each server
 * action's, and the publishing timer / cron's every 30 s — until it lands.
 */

/**
 * Seconds before retry n (1-based): 1, 2, 4 … capped at 30 s — the timer's own period. Kept
 * short because a failing row holds back every later one: once the CDN is back, purges flow
 * again within 30 s. A retry costs one small request.
 */
export function backoffSeconds(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 30);
}

/** Queues one write's tags; call it with the write's own transaction where there is one. */
export async function enqueuePurge(db: Database | Tx, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  await db.insert(edgePurges).values({ tags: [...new Set(tags)] });
}

export interface DeliveryReport {
  delivered: number;
  /** The code of the row that failed and holds back the rest, if one did. */
  failed: PurgeFailureCode | null;
}

/**
 * Sends the due rows, oldest first, until one fails or `limit` are done. Several instances
 * may deliver at once: a purge is idempotent, so a row purged twice costs one extra request.
 */
export async function deliverPurges(db: Database, purger: EdgePurger, { now = new Date(), limit = 100 } = {}): Promise<DeliveryReport> {
  const pending = await db
    .select()
    .from(edgePurges)
    .where(isNull(edgePurges.doneAt))
    .orderBy(asc(edgePurges.id))
    .limit(limit);
  let delivered = 0;
  for (const row of pending) {
    // Order first: a row not yet due holds back everything after it.
    if (row.nextAttemptAt > now) return { delivered, failed: null };
    try {
      await purger.purge(row.tags);
    } catch (error) {
      const code: PurgeFailureCode = error instanceof PurgeError ? error.code : 'edge_unreachable';
      const attempts = row.attempts + 1;
      await db
        .update(edgePurges)
        .set({ attempts, error: code, nextAttemptAt: new Date(now.getTime() + backoffSeconds(attempts) * 1000) })
        .where(sql`${edgePurges.id} = ${row.id}`);
      logger.warn({ purgeId: row.id, code, status: error instanceof PurgeError ? error.status : undefined, attempts, edge: purger.name }, 'edge purge failed; will retry');
      return { delivered, failed: code };
    }
    await db.update(edgePurges).set({ doneAt: new Date(), error: null, attempts: row.attempts + 1 }).where(sql`${edgePurges.id} = ${row.id}`);
    if (row.attempts > 0) logger.info({ purgeId: row.id, attempts: row.attempts + 1, edge: purger.name }, 'edge purge landed after retry');
    delivered += 1;
  }
  return { delivered, failed: null };
}

/** Delivered rows older than this are deleted by `pruneDelivered`. */
const KEEP_DELIVERED_MS = 24 * 3600 * 1000;

export async function pruneDelivered(db: Database, now = new Date()): Promise<void> {
  await db.delete(edgePurges).where(and(isNotNull(edgePurges.doneAt), lte(edgePurges.doneAt, new Date(now.getTime() - KEEP_DELIVERED_MS))));
}

export interface PurgeHealth {
  pending: number;
  oldestPendingAt: Date | null;
  /** The failing row's code, when the oldest pending row has failed at least once. */
  lastError: PurgeFailureCode | null;
  attempts: number;
  lastDeliveredAt: Date | null;
}

export async function purgeHealth(db: Database): Promise<PurgeHealth> {
  const [[backlog], [head], [last]] = await Promise.all([
    db.select({ pending: count(), oldest: min(edgePurges.createdAt) }).from(edgePurges).where(isNull(edgePurges.doneAt)),
    db.select().from(edgePurges).where(isNull(edgePurges.doneAt)).orderBy(asc(edgePurges.id)).limit(1),
    db.select({ doneAt: edgePurges.doneAt }).from(edgePurges).where(isNotNull(edgePurges.doneAt)).orderBy(desc(edgePurges.doneAt)).limit(1),
  ]);
  return {
    pending: backlog?.pending ?? 0,
    oldestPendingAt: backlog?.oldest ?? null,
    lastError: (head?.error as PurgeFailureCode | null | undefined) ?? null,
    attempts: head?.attempts ?? 0,
    lastDeliveredAt: last?.doneAt ?? null,
  };
}

const failureText: Record<PurgeFailureCode, string> = {
  edge_unreachable: 'the CDN could not be reached',
  edge_timeout: 'the CDN did not answer in time',
  edge_refused: 'the CDN refused the purge',
  edge_rejected_auth: 'the CDN rejected our credentials (check the purge secret or API token)',
};

/** Safe words for a stored code, whatever the row holds. */
export function purgeErrorText(code: string): string {
  return Object.hasOwn(failureText, code) ? failureText[code as PurgeFailureCode] : 'the details are in the server log';
}
