import { getDb } from '@/db/client';
import { purgeErrorText, purgeHealth } from '@/lib/edge/outbox';
import { env } from '@/lib/env';
import { exactTime } from '@/lib/time';

/** A purge still waiting after this long means readers may be seeing an old page at the CDN. */
const LATE_MS = 60_000;

/** Edge purges are invisible when they work; this makes a stuck or failing one loud. */
export async function EdgePurgeHealth() {
  const { EDGE_PURGER: edge, SITE_TIME_ZONE: zone } = env();
  if (edge === 'none') return null;
  const health = await purgeHealth(await getDb());
  const now = new Date().getTime();
  const late = health.oldestPendingAt !== null && now - health.oldestPendingAt.getTime() > LATE_MS;
  if (!health.lastError && !late) {
    return (
      <p className="field-hint edge-purge-health">
        CDN purges ({edge}) are up to date
        {health.lastDeliveredAt ? `; the last landed ${exactTime(health.lastDeliveredAt, zone)}` : ''}.
      </p>
    );
  }
  return (
    <div className="form-alert edge-purge-health" role="alert">
      <p>
        {health.pending} CDN {health.pending === 1 ? 'purge is' : 'purges are'} waiting
        {health.oldestPendingAt ? ` since ${exactTime(health.oldestPendingAt, zone)}` : ''}
        {health.lastError ? `: ${purgeErrorText(health.lastError)} (tried ${health.attempts} times)` : ''}. Readers may see
        older pages at the CDN until they land; they are retried automatically.
      </p>
    </div>
  );
}
