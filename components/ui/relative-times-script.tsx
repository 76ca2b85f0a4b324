import { labelRelativeTimes } from '@/lib/relative-times';
import { relativeTime } from '@/lib/time';

// Both functions are self-contained, so their source runs as it is in the browser.
const source = `(${labelRelativeTimes})(${relativeTime},document)`;

/**
 * Labels the page's relative times (lib/relative-times.ts) as an inline script at the end of
 * a reader's page: it runs as the page is parsed, before the first paint, with or without
 * the framework's scripts (runtime/server/script-free-pages.mjs keeps it: `data-page-script`).
 */
export function RelativeTimesScript() {
  return <script data-page-script="" dangerouslySetInnerHTML={{ __html: source }} />;
}
