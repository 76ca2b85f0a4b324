// Starts the scheduled-publishing timer on Node hosts. Vercel runs the cron in vercel.json
// instead; builds and the edge runtime run nothing.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.VERCEL || process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.PUBLISH_TIMER === 'off') return;
  const { startPublishTimer } = await import('./app/_server/publish-timer');
  startPublishTimer();
}
