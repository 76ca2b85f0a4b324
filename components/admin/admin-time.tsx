import { env } from '@/lib/env';
import { exactTime } from '@/lib/time';

/** An exact moment in the site's time zone; newsroom lists need "when", not "how long ago". */
export function AdminTime({ date, fallback = '—' }: { date: Date | null; fallback?: string }) {
  if (!date) return <span className="muted">{fallback}</span>;
  return <time dateTime={date.toISOString()}>{exactTime(date, env().SITE_TIME_ZONE)}</time>;
}
