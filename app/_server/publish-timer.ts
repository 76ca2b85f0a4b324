import { processCronSecret } from '@/lib/cron-auth';
import { logger } from '@/lib/log/logger';
import { isShuttingDown, onShutdown } from './shutdown';

const INTERVAL_MS = 30_000;

/**
 * On a Node host, publishes scheduled stories without an outside cron: every 30 seconds the
 * server calls its own cron route (revalidating caches needs a request context, which a
 * bare timer doesn't have). Runs on every instance; the run itself is idempotent.
 */
export function startPublishTimer() {
  const secret = processCronSecret();
  const tick = async () => {
    if (isShuttingDown()) return;
    const origin = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
    try {
      await fetch(`${origin}/api/cron/publish`, {
        headers: { authorization: `Bearer ${secret}`, 'x-newsdesk-trigger': 'timer' },
        signal: AbortSignal.timeout(20_000),
      });
    } catch (error) {
      if (!isShuttingDown()) logger.warn({ err: error }, 'publish timer could not reach the server');
    }
  };
  const timer = setInterval(tick, INTERVAL_MS);
  timer.unref();
  onShutdown(() => clearInterval(timer));
}
