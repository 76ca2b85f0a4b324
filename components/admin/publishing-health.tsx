import { AppLink } from '@/components/ui/app-link';
import { getDb } from '@/db/client';
import { latestPublishRun, listOverdueScheduled } from '@/db/queries/newsroom';
import { env } from '@/lib/env';
import { publishRunErrorText } from '@/lib/newsroom/publish-runs';
import { exactTime } from '@/lib/time';

/** Scheduled publishing is invisible when it works; this makes a late or failed run loud. */
export async function PublishingHealth() {
  const db = await getDb();
  const now = new Date();
  const [run, overdue] = await Promise.all([latestPublishRun(db), listOverdueScheduled(db, now)]);
  const zone = env().SITE_TIME_ZONE;
  if (!run?.error && overdue.length === 0) {
    return run ? (
      <p className="field-hint publishing-health">
        Scheduled publishing last ran {exactTime(run.startedAt, zone)} ({run.trigger}).
      </p>
    ) : null;
  }
  return (
    <div className="form-alert" role="alert">
      {run?.error ? (
        <p>
          The last scheduled-publishing run ({exactTime(run.startedAt, zone)}) failed: {publishRunErrorText(run.error)}
        </p>
      ) : null}
      {overdue.length > 0 ? (
        <>
          <p>These stories are past their scheduled time but not live yet:</p>
          <ul>
            {overdue.map((story) => (
              <li key={story.id}>
                <AppLink href={`/admin/articles/${story.id}`}>{story.headline || 'Untitled'}</AppLink>
                {story.scheduledAt ? ` — due ${exactTime(story.scheduledAt, zone)}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
