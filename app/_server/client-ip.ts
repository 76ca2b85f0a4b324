/**
 * The client's address as the nearest proxy reports it. Behind a load balancer this is the
 * first X-Forwarded-For entry; it only feeds the per-IP login limit, and the per-account
 * limit holds whatever a client claims here.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
