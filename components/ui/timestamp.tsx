import { env } from '@/lib/env';
import { ZonedTimestamp } from './zoned-timestamp';

/** A publish time in the site's zone (server components only: it reads the environment). */
export function Timestamp({ date, withoutFallback }: { date: Date; withoutFallback?: boolean }) {
  return <ZonedTimestamp date={date} timeZone={env().SITE_TIME_ZONE} withoutFallback={withoutFallback} />;
}
