'use client';

import Link from 'next/link';
import { type ComponentProps, createContext, type ReactNode, useContext, useState } from 'react';

/*
 * When links prefetch. Readers' pages prefetch the links in view, as Next's <Link> does. The
 * newsroom prefetches a link only once the editor shows intent (hover, focus, touch): every
 * action that revalidates drops the router's cache, and viewport prefetching then asked for
 * every linked page at once: after a publish, a dozen renders (the story, its section, source
 * and authors, each newsroom page) on the origin's one thread at the moment readers and the
 * CDN need the new pages from it. The documented hover-prefetch pattern, by context, so the
 * article components the live preview shares with readers' pages follow the page they are on.
 */

const PrefetchOnIntentOnly = createContext(false);

/** Everything inside prefetches its links on intent only: the newsroom. */
export function PrefetchOnIntent({ children }: { children: ReactNode }) {
  return <PrefetchOnIntentOnly.Provider value>{children}</PrefetchOnIntentOnly.Provider>;
}

type AppLinkProps = ComponentProps<typeof Link>;

/** next/link, prefetching by the policy of the page it is on (see above). */
export function AppLink({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: AppLinkProps) {
  const onIntentOnly = useContext(PrefetchOnIntentOnly);
  const [intent, setIntent] = useState(false);
  if (!onIntentOnly || prefetch === false) {
    return <Link prefetch={prefetch} onMouseEnter={onMouseEnter} onTouchStart={onTouchStart} onFocus={onFocus} {...props} />;
  }
  return (
    <Link
      {...props}
      // null restores Next's own prefetching once intent is shown.
      prefetch={intent ? (prefetch ?? null) : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
