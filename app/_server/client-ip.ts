import { clientIpFrom } from '@/lib/auth/client-ip';
import { env } from '@/lib/env';

/**
 * The client's address for the per-address sign-in limits, read the way the deployment
 * says its proxies write it: TRUSTED_PROXY_HOPS entries from the right of X-Forwarded-For,
 * or the CLIENT_IP_HEADER the edge sets (README "Sign-in and sessions").
 */
export function clientIp(headers: Headers): string {
  const settings = env();
  return clientIpFrom(headers, { trustedHops: settings.TRUSTED_PROXY_HOPS, header: settings.CLIENT_IP_HEADER });
}
