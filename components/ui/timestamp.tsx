import { env } from '@/lib/env';
import { exactTime } from '@/lib/time';
import { RelativeTime } from './relative-time';

/** A publish time: relative for the reader, exact (with its zone) in the markup and on focus. */
export function Timestamp({ date, withoutFallback }: { date: Date; withoutFallback?: boolean }) {
  return (
    <RelativeTime
      iso={date.toISOString()}
      exact={exactTime(date, env().SITE_TIME_ZONE)}
      withoutFallback={withoutFallback}
    />
  );
}
