/**
 * "3h ago" style, as news sites show it. Past a week the relative form stops helping, so
 * the caller shows the date instead (`null`).
 *
 * Intl.RelativeTimeFormat's narrow English, written out (a test holds it to Intl's output):
 * making that formatter cost Chromium 45-65 ms (its locale data) on the page's main thread
 * before the first paint, four times that on Lighthouse's phone. Self-contained, nothing
 * from the module: readers' pages run its source as an inline script (lib/relative-times.ts).
 */
export function relativeTime(date: Date, now: Date): string | null {
  const minute = 60_000;
  const hour = 60 * minute;
  const day = 24 * hour;
  const elapsed = now.getTime() - date.getTime();
  if (elapsed < minute) return 'just now';
  if (elapsed < hour) return `${Math.floor(elapsed / minute)}m ago`;
  if (elapsed < day) return `${Math.floor(elapsed / hour)}h ago`;
  if (elapsed < 7 * day) return `${Math.floor(elapsed / day)}d ago`;
  return null;
}

/*
 * Intl formatters are costly to build (a time zone's rules are loaded each time) and free to
 * reuse: one per zone, made on first use. Every timestamp on a page came through here, and
 * building two formatters for each was 5% of the server's work re-rendering pages after a
 * publish. The zones are the site's and its editors' (a handful); an invalid zone throws and
 * is never kept.
 */
function formatterFor(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions) {
  let format = cache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    cache.set(timeZone, format);
  }
  return format;
}

const exactFormats = new Map<string, Intl.DateTimeFormat>();
const shortFormats = new Map<string, Intl.DateTimeFormat>();

/** "26 Nov 2026, 11:02 UTC": the exact moment, with its zone, for tooltips and fallbacks. */
export function exactTime(date: Date, timeZone: string): string {
  return formatterFor(exactFormats, timeZone, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/** "26 Nov 2026": for lists where the hour is noise. */
export function shortDate(date: Date, timeZone: string): string {
  return formatterFor(shortFormats, timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}
