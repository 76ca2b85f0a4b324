import { exactTime } from '@/lib/time';
import { ZonedTimestamp } from './zoned-timestamp';

/**
 * An article's times as Google News asks for them: visible date and time with the zone,
 * beside the relative time, and "Updated" only when an editor marked a change substantive.
 * Takes the zone as a prop: the newsroom preview renders it in the browser.
 */
export function Dateline({
  published,
  revised,
  timeZone,
  historyHref,
}: {
  published: Date;
  revised: Date | null;
  timeZone: string;
  /** The story's public change log: "Updated …" links to it when given. */
  historyHref?: string;
}) {
  return (
    <span className="dateline" data-testid="dateline">
      <time className="dateline__exact" dateTime={published.toISOString()}>
        {exactTime(published, timeZone)}
      </time>
      {revised ? (
        <span className="dateline__updated" data-testid="updated">
          {historyHref ? (
            <a href={historyHref}>
              Updated <time dateTime={revised.toISOString()}>{exactTime(revised, timeZone)}</time>
              <span className="visually-hidden">: see what changed</span>
            </a>
          ) : (
            <>
              Updated <time dateTime={revised.toISOString()}>{exactTime(revised, timeZone)}</time>
            </>
          )}
        </span>
      ) : null}
      {/* Last, so appearing once labelled moves nothing (it came first once, and pushed the
          exact time aside: the page's only layout shift). The exact time is right before it,
          so no fallback: no-JS readers see the time once. */}
      <ZonedTimestamp date={published} timeZone={timeZone} withoutFallback />
    </span>
  );
}
