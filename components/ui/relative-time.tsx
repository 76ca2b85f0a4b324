'use client';

import { useSyncExternalStore } from 'react';
import { relativeTime } from '@/lib/time';

const MINUTE = 60_000;

function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, MINUTE);
  return () => clearInterval(timer);
}

// Minute resolution keeps the snapshot stable between ticks (a new value every call would
// make React re-render forever).
const currentMinute = () => Math.floor(Date.now() / MINUTE);
// Pages are cached for everyone, so the server never knows "now": it renders the exact time
// and the reader's browser turns it into "3h ago" after hydration.
const noMinuteOnServer = () => null;

export function RelativeTime({
  iso,
  exact,
  withoutFallback = false,
}: {
  iso: string;
  exact: string;
  /** Render nothing until the browser knows "now": for places that show the exact time anyway. */
  withoutFallback?: boolean;
}) {
  const minute = useSyncExternalStore(subscribe, currentMinute, noMinuteOnServer);
  if (minute === null && withoutFallback) return null;
  const label = minute === null ? exact : (relativeTime(new Date(iso), new Date(minute * MINUTE)) ?? exact);
  return (
    // Focusable so keyboard users can reveal the exact time, as a mouse hover does.
    <time className="time" dateTime={iso} title={exact} data-exact={exact} tabIndex={0}>
      {label}
    </time>
  );
}
