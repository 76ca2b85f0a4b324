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
  const intentOnly = onIntentOnly && prefetch !== false;
  // Each handler the caller gave still runs; in the newsroom it also marks intent.
  const showingIntent =
    <E,>(handler: ((event: E) => void) | undefined) =>
    (event: E) => {
      if (intentOnly) setIntent(true);
      handler?.(event);
    };
  return (
    <Link
      {...props}
      // Before intent, none; after it, null restores Next's own prefetching.
      prefetch={!intentOnly ? prefetch : intent ? (prefetch ?? null) : false}
      onMouseEnter={showingIntent(onMouseEnter)}
      onTouchStart={showingIntent(onTouchStart)}
      onFocus={showingIntent(onFocus)}
    />
  );
}
