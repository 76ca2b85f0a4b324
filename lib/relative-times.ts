import type { relativeTime } from './time';

/**
 * Turns every `<time data-relative>` in `root` into "3h ago" and keeps it true: at once, for
 * times added later (the newsroom's preview, a client-side navigation) and every minute.
 * Pages are cached for everyone, so the server never knows "now": it renders the exact time
 * (`data-exact`, also the focus tooltip), or nothing where the exact time stands beside it
 * anyway (`data-relative="without-fallback"`), and the reader's browser labels it. Returns
 * what stops it.
 *
 * Self-contained, like `relativeTime`, which it is given: readers' pages run the source of
 * both as one inline script (components/ui/relative-times-script.tsx), with no framework.
 */
export function labelRelativeTimes(relative: typeof relativeTime, root: Document): () => void {
  const label = () => {
    const now = new Date();
    for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-relative]')) {
      const fallback = time.dataset.relative === 'without-fallback' ? '' : (time.dataset.exact ?? '');
      const text = relative(new Date(time.dateTime), now) ?? fallback;
      // Past a week, a time without a fallback stays out of sight: the exact time is beside it.
      if (time.hidden !== (text === '')) time.hidden = text === '';
      if (time.textContent === text) continue;
      // The text node itself is changed where there is one, so React, which owns it in the
      // newsroom, still holds the node it renders into.
      const node = time.firstChild;
      if (node && node.nodeType === 3 && !node.nextSibling) node.nodeValue = text;
      else time.textContent = text;
    }
  };
  label();
  // Our own changes come back here once, and change nothing the second time.
  const observer = new MutationObserver(label);
  observer.observe(root.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['datetime'],
  });
  const timer = setInterval(label, 60_000);
  return () => {
    observer.disconnect();
    clearInterval(timer);
  };
}
