import os from 'node:os';

/*
 * Bounds the picture work one process does at once, so 20 simultaneous uploads queue instead
 * of decoding 20 originals side by side (a 12-megapixel decode is 36 MB of raw pixels, a
 * 50-megapixel one 150–200 MB). One picture is processed at a time ('picture': decode and
 * all its variants); its encodes run on as many cores as the machine has ('encode'), each
 * with libvips' own threads. bench/media-ingest.ts measures both time and peak memory.
 */

export const LIMITS = {
  picture: 1,
  encode: Math.max(1, Math.min(4, os.availableParallelism())),
} as const;

type Lane = keyof typeof LIMITS;

interface LaneState {
  running: number;
  waiting: (() => void)[];
}

const lanes: Record<Lane, LaneState> = {
  picture: { running: 0, waiting: [] },
  encode: { running: 0, waiting: [] },
};

async function acquire(lane: Lane): Promise<void> {
  const state = lanes[lane];
  if (state.running < LIMITS[lane]) {
    state.running += 1;
    return;
  }
  // The slot is handed over by release(), so `running` never dips below the limit between.
  await new Promise<void>((resolve) => state.waiting.push(resolve));
}

function release(lane: Lane): void {
  const state = lanes[lane];
  const next = state.waiting.shift();
  if (next) next();
  else state.running -= 1;
}

/** Runs `task` when a slot in `lane` is free. */
export async function runLimited<T>(lane: Lane, task: () => Promise<T>): Promise<T> {
  await acquire(lane);
  try {
    return await task();
  } finally {
    release(lane);
  }
}

/** How many tasks are running and waiting: for logs and the bench. */
export function queueDepth(lane: Lane): { running: number; waiting: number } {
  return { running: lanes[lane].running, waiting: lanes[lane].waiting.length };
}
