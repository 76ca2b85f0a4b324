import type { Instrumentation } from 'next';

/*
 * Runs once when a server starts (app/_server/startup.ts: configuration check, graceful
 * shutdown, the publishing timer) and on every uncaught request error. The runtime checks
 * are written so the edge bundle drops the Node-only modules.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startNodeServer } = await import('./app/_server/startup');
    await startNodeServer();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { logRequestError } = await import('./app/_server/startup');
    logRequestError(...args);
  }
};
