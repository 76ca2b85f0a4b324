import { exactTime } from '@/lib/time';
import { RelativeTime } from './relative-time';

/**
 * A publish time in a given zone: relative for the reader, exact (with its zone) in the
 * markup and on focus. Takes the zone as a prop so the newsroom's client-side preview can
 * render it without reading the server's environment.
 */
export function ZonedTimestamp({
  date,
  timeZone,
  withoutFallback,
}: {
  date: Date;
  timeZone: string;
  withoutFallback?: boolean;
}) {
  return <RelativeTime iso={date.toISOString()} exact={exactTime(date, timeZone)} withoutFallback={withoutFallback} />;
}
