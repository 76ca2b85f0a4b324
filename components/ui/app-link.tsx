'use client';

import Link from 'next/link';
import { type ComponentProps, useState } from 'react';

/*
 * Every link in the app prefetches its page only once the reader or editor shows intent
 * (hover, focus, touch): the documented hover-prefetch pattern. Next's default, prefetching
 * every link in view, cost each page view a dozen to twenty flight-data requests to the origin
 * (an article: its section, source and authors, the home page, every section in the header)
 * and the reader's phone the main-thread work of decoding them just after it loaded, a third
 * of the article's Lighthouse blocking time; in the newsroom, every revalidating action
 * emptied the router's cache and re-prefetched them all, on the origin the edge was waiting on
 * for the new pages. On a Node host readers' pages go out without the router
 * (runtime/server/script-free-pages.mjs): there this is a plain link, and speculation rules
 * prefetch on intent instead.
 */

type AppLinkProps = ComponentProps<typeof Link>;

/** next/link, prefetching on intent only (see above); `prefetch={false}` still means never. */
export function AppLink({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: AppLinkProps) {
  const [intent, setIntent] = useState(false);
  // Each handler the caller gave still runs; it also marks intent.
  const showingIntent =
    <E,>(handler: ((event: E) => void) | undefined) =>
    (event: E) => {
      if (prefetch !== false) setIntent(true);
      handler?.(event);
    };
  return (
    <Link
      {...props}
      // Before intent, none; after it, null restores Next's own prefetching.
      prefetch={intent ? (prefetch ?? null) : false}
      onMouseEnter={showingIntent(onMouseEnter)}
      onTouchStart={showingIntent(onTouchStart)}
      onFocus={showingIntent(onFocus)}
    />
  );
}
