import { logger } from '@/lib/log/logger';

/*
 * Graceful shutdown on a Node host. On SIGTERM Next's own server stops accepting
 * connections and waits for in-flight requests, then exits. Scheduled publishing runs are
 * requests too (the timer calls /api/cron/publish), so a run that has started finishes; what
 * is left to us is not starting a new one and saying what happened.
 */

type Stopper = () => void;
const stoppers: Stopper[] = [];
let shuttingDown = false;

export function isShuttingDown(): boolean {
  return shuttingDown;
}

export function onShutdown(stop: Stopper) {
  stoppers.push(stop);
}

export function installShutdownHandlers() {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      shuttingDown = true;
      logger.info({ signal }, 'shutting down: finishing in-flight requests and publishing runs');
      for (const stop of stoppers) stop();
    });
  }
}
