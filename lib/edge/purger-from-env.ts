import type { Env } from '@/lib/env';
import { cloudflarePurger } from './cloudflare-purger';
import { fastlyPurger } from './fastly-purger';
import { type EdgePurger, noPurger } from './purger';
import { varnishPurger } from './varnish-purger';

/** The purger EDGE_PURGER names; lib/env.ts has already checked its settings are there. */
export function purgerFromEnv(env: Env): EdgePurger {
  switch (env.EDGE_PURGER) {
    case 'varnish':
      return varnishPurger({ urls: env.EDGE_VARNISH_URLS ?? [], secret: env.EDGE_PURGE_SECRET ?? '' });
    case 'cloudflare':
      return cloudflarePurger({
        zoneId: env.CLOUDFLARE_ZONE_ID ?? '',
        apiToken: env.CLOUDFLARE_API_TOKEN ?? '',
        apiUrl: env.CLOUDFLARE_API_URL,
        batchSize: env.CLOUDFLARE_PURGE_BATCH,
      });
    case 'fastly':
      return fastlyPurger({ serviceId: env.FASTLY_SERVICE_ID ?? '', apiToken: env.FASTLY_API_TOKEN ?? '', apiUrl: env.FASTLY_API_URL });
    default:
      return noPurger;
  }
}
