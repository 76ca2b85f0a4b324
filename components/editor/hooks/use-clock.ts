'use client';

import { useSyncExternalStore } from 'react';

const subscribers = new Map<number, (onTick: () => void) => () => void>();
const snapshots = new Map<number, () => number>();

function clockFor(resolutionMs: number) {
  let subscribe = subscribers.get(resolutionMs);
  let snapshot = snapshots.get(resolutionMs);
  if (!subscribe || !snapshot) {
    subscribe = (onTick) => {
      const timer = setInterval(onTick, resolutionMs);
      return () => clearInterval(timer);
    };
    // Rounded, so the snapshot only changes once a tick (a new value on every read would
    // make React render forever).
    snapshot = () => Math.floor(Date.now() / resolutionMs) * resolutionMs;
    subscribers.set(resolutionMs, subscribe);
    snapshots.set(resolutionMs, snapshot);
  }
  return { subscribe, snapshot };
}

const noClockOnServer = () => null;

/** The time now, ticking at `resolutionMs` in the browser; null while server-rendering. */
export function useClock(resolutionMs = 1_000): number | null {
  const { subscribe, snapshot } = clockFor(resolutionMs);
  return useSyncExternalStore(subscribe, snapshot, noClockOnServer);
}
