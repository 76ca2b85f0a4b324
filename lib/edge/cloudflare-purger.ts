import { batches, type EdgePurger, keysOf, PurgeError, send } from './purger';

export const CLOUDFLARE_API_URL = 'https://api.cloudflare.com/client/v4';
/** Tags per purge call on every plan (Enterprise and newer plans take 100: CLOUDFLARE_PURGE_BATCH). */
export const CLOUDFLARE_DEFAULT_BATCH = 30;

export interface CloudflareSettings {
  zoneId: string;
  apiToken: string;
  apiUrl?: string;
  batchSize?: number;
}

/** Cloudflare's purge by tag: `POST /zones/:zone/purge_cache` with `{"tags": [...]}`, in batches. */
export function cloudflarePurger({ zoneId, apiToken, apiUrl = CLOUDFLARE_API_URL, batchSize = CLOUDFLARE_DEFAULT_BATCH }: CloudflareSettings): EdgePurger {
  const endpoint = `${apiUrl.replace(/\/$/, '')}/zones/${encodeURIComponent(zoneId)}/purge_cache`;
  return {
    name: 'cloudflare',
    async purge(tags) {
      for (const batch of batches(keysOf(tags), batchSize)) {
        const response = await send(endpoint, {
          method: 'POST',
          headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ tags: batch }),
        });
        // Cloudflare can answer 200 with `success: false`.
        const body = (await response.json().catch(() => null)) as { success?: unknown } | null;
        if (body?.success !== true) throw new PurgeError('edge_refused', response.status);
      }
    },
  };
}
