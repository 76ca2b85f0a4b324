import { MAX_HEADER_BYTES } from './edge-keys.mjs';
import { batches, type EdgePurger, keysOf, send } from './purger';

/** The header deploy/varnish/newsdesk.vcl compares with its secret (besides its ACL). */
export const PURGE_SECRET_HEADER = 'x-purge-secret';

export interface VarnishSettings {
  /** Every Varnish in front of the app, e.g. http://10.0.0.5:6081 — each is purged. */
  urls: readonly string[];
  secret: string;
}

/**
 * Varnish with vmod_xkey: `PURGE /` carrying the keys in `xkey-purge` (space-separated),
 * which the shipped VCL hands to `xkey.purge()`. Batches keep the header under Varnish's
 * default `http_req_hdr_len` (8 KB).
 */
export function varnishPurger({ urls, secret }: VarnishSettings): EdgePurger {
  return {
    name: 'varnish',
    async purge(tags) {
      const keys = keysOf(tags);
      if (keys.length === 0) return;
      for (const batch of batches(keys, Infinity, MAX_HEADER_BYTES)) {
        for (const url of urls) {
          await send(new URL('/', url).href, {
            method: 'PURGE',
            headers: { 'xkey-purge': batch.join(' '), [PURGE_SECRET_HEADER]: secret },
          });
        }
      }
    },
  };
}
