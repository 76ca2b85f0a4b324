import { env } from '@/lib/env';
import { exactTime } from '@/lib/time';
import { Timestamp } from './timestamp';

/**
 * An article's times as Google News asks for them: visible date and time with the zone,
 * beside the relative time, and "Updated" only when an editor marked a change substantive.
 */
export function Dateline({ published, revised }: { published: Date; revised: Date | null }) {
  const zone = env().SITE_TIME_ZONE;
  return (
    <span className="dateline" data-testid="dateline">
      {/* The exact time is right beside it, so no fallback: no-JS readers see it once. */}
      <Timestamp date={published} withoutFallback />
      <time className="dateline__exact" dateTime={published.toISOString()}>
        {exactTime(published, zone)}
      </time>
      {revised ? (
        <span className="dateline__updated" data-testid="updated">
          Updated <time dateTime={revised.toISOString()}>{exactTime(revised, zone)}</time>
        </span>
      ) : null}
    </span>
  );
}
