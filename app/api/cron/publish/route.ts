import { revalidateTag } from 'next/cache';
import { connection } from 'next/server';
import { queueAndDeliver, retryEdgePurges } from '@/app/_server/edge-purge';
import { getDb } from '@/db/client';
import { deleteExpiredSignInRecords } from '@/lib/auth/maintenance';
import { sessionLimits } from '@/lib/auth/sessions';
import { isAuthorizedCronRequest } from '@/lib/cron-auth';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { requestIdFrom } from '@/lib/log/request-id';
import { runScheduledPublishing } from '@/lib/newsroom/scheduler';

/** Puts due scheduled stories live: called each minute by Vercel Cron or the in-process timer. */
export async function GET(request: Request) {
  await connection();
  if (!isAuthorizedCronRequest(request.headers.get('authorization'), env().CRON_SECRET)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  const trigger = request.headers.get('x-newsdesk-trigger') === 'timer' ? 'timer' : 'cron';
  const log = logger.child({ requestId: requestIdFrom(request.headers), trigger });
  const started = performance.now();
  try {
    const report = await runScheduledPublishing(await getDb(), trigger);
    // Stale pages must not be served once a story's time has come: expire, don't just mark.
    for (const tag of report.tags) revalidateTag(tag, { expire: 0 });
    await queueAndDeliver(report.tags);
    const published = report.published.map((story) => story.slug);
    // Quiet runs are the norm every 30 s: only a run that put stories live is news.
    if (published.length > 0) log.info({ published, ms: Math.round(performance.now() - started) }, 'scheduled stories published');
    await cleanUpSignInRecords(log);
    // Edge purges that failed (CDN down) are retried here, in order, until they land.
    await retryEdgePurges();
    return Response.json({ published });
  } catch (error) {
    log.error({ err: error }, 'scheduled publishing failed');
    return Response.json({ error: 'publishing run failed; see the dashboard' }, { status: 500 });
  }
}

/**
 * Expired sign-in limiter rows and ended sessions ride along with the publishing run (every
 * 30 s per Node instance, or each Vercel Cron call). Housekeeping: a failure is logged and
 * never turns a successful publishing run into an error.
 */
async function cleanUpSignInRecords(log: typeof logger) {
  try {
    const deleted = await deleteExpiredSignInRecords(await getDb(), sessionLimits());
    if (deleted.loginAttempts + deleted.sessions > 0) log.debug(deleted, 'expired sign-in records deleted');
  } catch (error) {
    log.warn({ err: error }, 'could not delete expired sign-in records');
  }
}
