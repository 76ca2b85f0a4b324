import { isIP } from 'node:net';

export interface ClientIpSettings {
  /**
   * How many proxies in front of the app append to X-Forwarded-For; the client's address
   * is the entry the outermost of them added, this many from the right.
   */
  trustedHops: number;
  /** A header the edge sets to the client's address and overwrites (cf-connecting-ip, …). */
  header?: string;
}

/** The stand-in when no trusted address is present; every such request shares one key. */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * The client's address as the trusted proxies report it, for the per-address sign-in
 * limits. Anything to the left of the entry the outermost trusted proxy added was written
 * by the client (or by proxies we don't know), so it is never read: taking the first entry
 * let anyone pick a fresh address per request and skip the limit.
 *
 * Why the default is one hop and not "ignore the header": Next.js gives the app no socket
 * address, but fills X-Forwarded-For with it when the request has none (base-server.js,
 * `??=`). So the last entry is always what the nearest hop saw: nginx's
 * `$proxy_add_x_forwarded_for` append, Vercel's overwrite, or the socket address when
 * nothing is in front. Only a client that reaches Node directly *and* sends its own header
 * can claim an address — hence "let only your proxy reach the app's port".
 */
export function clientIpFrom(headers: Headers, settings: ClientIpSettings): string {
  if (settings.header) return normalise(headers.get(settings.header)?.split(',')[0]) ?? UNKNOWN_ADDRESS;
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return UNKNOWN_ADDRESS;
  // Fewer entries than trusted hops: the request skipped an outer proxy (or the client sent
  // nothing); the leftmost entry is then the furthest address a trusted hop recorded.
  const index = Math.max(chain.length - settings.trustedHops, 0);
  return normalise(chain[index]) ?? UNKNOWN_ADDRESS;
}

/**
 * A well-formed address in one spelling, so `::ffff:198.51.100.7` and `198.51.100.7` (or
 * `[2001:db8::1]:443` and `2001:db8::1`) share one counter; anything else is not an
 * address and must not become a key of its own.
 */
function normalise(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = value.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value);
  if (mapped?.[1]) value = mapped[1];
  return isIP(value) ? value : null;
}
