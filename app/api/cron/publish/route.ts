import { revalidateTag } from 'next/cache';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { isAuthorizedCronRequest } from '@/lib/cron-auth';
import { env } from '@/lib/env';
import { runScheduledPublishing } from '@/lib/newsroom/scheduler';

/** Puts due scheduled stories live: called each minute by Vercel Cron or the in-process timer. */
export async function GET(request: Request) {
  await connection();
  if (!isAuthorizedCronRequest(request.headers.get('authorization'), env().CRON_SECRET)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  const trigger = request.headers.get('x-newsdesk-trigger') === 'timer' ? 'timer' : 'cron';
  try {
    const report = await runScheduledPublishing(await getDb(), trigger);
    // Stale pages must not be served once a story's time has come: expire, don't just mark.
    for (const tag of report.tags) revalidateTag(tag, { expire: 0 });
    return Response.json({ published: report.published.map((story) => story.slug) });
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'scheduled publishing failed', error: String(error) }));
    return Response.json({ error: 'publishing run failed; see the dashboard' }, { status: 500 });
  }
}
