import { processCronSecret } from '@/lib/cron-auth';

const INTERVAL_MS = 30_000;

/**
 * On a Node host, publishes scheduled stories without an outside cron: every 30 seconds the
 * server calls its own cron route (revalidating caches needs a request context, which a
 * bare timer doesn't have). Runs on every instance; the run itself is idempotent.
 */
export function startPublishTimer() {
  const secret = processCronSecret();
  const tick = async () => {
    const origin = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
    try {
      await fetch(`${origin}/api/cron/publish`, {
        headers: { authorization: `Bearer ${secret}`, 'x-newsdesk-trigger': 'timer' },
        signal: AbortSignal.timeout(20_000),
      });
    } catch (error) {
      console.error(JSON.stringify({ level: 'warn', msg: 'publish timer could not reach the server', error: String(error) }));
    }
  };
  const timer = setInterval(tick, INTERVAL_MS);
  timer.unref();
}
