import { batches, type EdgePurger, keysOf, send } from './purger';

export const FASTLY_API_URL = 'https://api.fastly.com';
/** Fastly's limit on keys in one batch purge. */
export const FASTLY_BATCH = 256;

export interface FastlySettings {
  serviceId: string;
  apiToken: string;
  apiUrl?: string;
}

/** Fastly's batch surrogate-key purge: `POST /service/:id/purge` with `{"surrogate_keys": [...]}`. */
export function fastlyPurger({ serviceId, apiToken, apiUrl = FASTLY_API_URL }: FastlySettings): EdgePurger {
  const endpoint = `${apiUrl.replace(/\/$/, '')}/service/${encodeURIComponent(serviceId)}/purge`;
  return {
    name: 'fastly',
    async purge(tags) {
      for (const batch of batches(keysOf(tags), FASTLY_BATCH)) {
        await send(endpoint, {
          method: 'POST',
          headers: { 'fastly-key': apiToken, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ surrogate_keys: batch }),
        });
      }
    },
  };
}
