import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { after } from 'next/server';
import { getDb } from '@/db/client';
import { deliverPurges, type DeliveryReport, enqueuePurge, pruneDelivered } from '@/lib/edge/outbox';
import { purgerFromEnv } from '@/lib/edge/purger-from-env';
import { onTagsExpired } from '@/lib/edge/tags-expired.mjs';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';

/*
 * The app's side of the edge purge outbox (lib/edge/outbox.ts). Every place that updates
 * Next's cache tags (action.ts's `invalidate`, the publishing cron) calls `noteEdgeTags`
 * with the same tags, so no write can purge Next without purging the edge. Inside a server
 * action the tags are collected and queued once the handler has returned (committed),
 * before Next expires them; delivery starts the moment the route cache handler says they
 * are expired (lib/edge/tags-expired.mjs): earlier, the CDN could fetch the old page again.
 */

const collected = new AsyncLocalStorage<string[]>();

function edgeEnabled(): boolean {
  return env().EDGE_PURGER !== 'none';
}

/** Runs a server action's handler, then queues every tag it invalidated (even if it redirected). */
export async function withEdgePurge<T>(run: () => Promise<T>): Promise<T> {
  const tags: string[] = [];
  try {
    return await collected.run(tags, run);
  } finally {
    if (tags.length > 0) await queueAndDeliver(tags);
  }
}

/** The tags a write has just invalidated at Next: queued for the edge as well. */
export function noteEdgeTags(tags: readonly string[]): void {
  const list = collected.getStore();
  if (list) list.push(...tags);
  else void queueAndDeliver(tags);
}

/** Queues tags, then delivers after the response; a failure here is logged, never thrown. */
export async function queueAndDeliver(tags: readonly string[]): Promise<void> {
  if (!edgeEnabled() || tags.length === 0) return;
  try {
    await enqueuePurge(await getDb(), tags);
  } catch (error) {
    logger.error({ err: error, code: 'edge_outbox_write_failed' }, 'could not queue an edge purge');
    return;
  }
  // Delivered when Next announces the expiry (below), not in after(): an action's answer
  // streams the re-rendered page, and after() would wait for the end of that stream —
  // seconds on a busy host. The timer covers an expiry never announced (the cron queues
  // its tags while Next expires them, so the announcement can come first).
  setTimeout(() => void deliverPendingPurges(), UNANNOUNCED_EXPIRY_MS).unref();
  // Purged once more when the answer has gone out: should a refetch have beaten an expiry
  // elsewhere (the 'use cache' entries in Redis), the edge drops that copy too. Idempotent;
  // the outbox row already guarantees delivery, so this one is best-effort.
  try {
    after(() => purgerFromEnv(env()).purge(tags).catch(() => undefined));
  } catch {
    // Outside a request scope (a bare timer): the first delivery is all there is.
  }
}

/** When queued tags go out if Next's expiry was not announced: it happens within milliseconds. */
const UNANNOUNCED_EXPIRY_MS = 250;

let inFlight: Promise<DeliveryReport> | null = null;
let again = false;

/** Delivers due purges; one delivery per process at a time, and one more if asked meanwhile. */
export async function deliverPendingPurges(): Promise<DeliveryReport | null> {
  if (!edgeEnabled()) return null;
  if (inFlight) {
    again = true;
    return inFlight;
  }
  const run = async (): Promise<DeliveryReport> => {
    const db = await getDb();
    let report: DeliveryReport;
    do {
      again = false;
      report = await deliverPurges(db, purgerFromEnv(env()));
    } while (again && !report.failed);
    return report;
  };
  inFlight = run()
    .catch((error: unknown) => {
      logger.error({ err: error, code: 'edge_delivery_failed' }, 'edge purge delivery failed');
      return { delivered: 0, failed: 'edge_unreachable' as const };
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

onTagsExpired(() => {
  if (edgeEnabled()) void deliverPendingPurges();
});

/** Run by the publishing cron / timer: retries what failed and forgets day-old deliveries. */
export async function retryEdgePurges(): Promise<void> {
  if (!edgeEnabled()) return;
  await deliverPendingPurges();
  try {
    await pruneDelivered(await getDb());
  } catch (error) {
    logger.warn({ err: error, code: 'edge_outbox_prune_failed' }, 'could not prune delivered edge purges');
  }
}
