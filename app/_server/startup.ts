import type { Instrumentation } from 'next';
import { env, EnvError } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { requestIdFrom } from '@/lib/log/request-id';
import { offerCachedVariants } from '@/lib/media/variant-answer';
import { startPublishTimer } from './publish-timer';
import { installShutdownHandlers } from './shutdown';

/**
 * Checks the configuration first: a bad setting stops the process here, with one message
 * naming every problem, rather than a half-working site. Then, on Node hosts, cached picture
 * variants for the listener in front of Next (runtime/server/cached-variants.mjs), graceful
 * shutdown and the scheduled-publishing timer (Vercel runs the cron in vercel.json instead).
 */
export async function startNodeServer() {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    // Plain stderr, not the JSON log: a person fixing a deploy reads this.
    console.error(`\nNewsdesk cannot start. ${error.message}\nSee .env.example for what each variable takes.\n`);
    process.exit(1);
  }
  if (process.env.VERCEL) return;
  // SITE_URL as next.config.mjs reads it for the same security headers (HSTS on https).
  offerCachedVariants(process.env.SITE_URL);
  installShutdownHandlers();
  if (env().PUBLISH_TIMER) startPublishTimer();
}

/** Every uncaught error in a page, route or action, as one JSON line with its request id. */
export const logRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const header = (name: string) => {
    const value = request.headers[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  logger.error(
    {
      err: error,
      requestId: requestIdFrom({ get: header }),
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    'request failed',
  );
};
