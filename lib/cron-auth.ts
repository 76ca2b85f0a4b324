import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The scheduled-publishing route accepts Vercel Cron's `Authorization: Bearer CRON_SECRET`,
 * or this process's own secret, which its in-process timer uses on Node hosts (so a Node
 * host needs no CRON_SECRET at all).
 */
const globalForCron = globalThis as typeof globalThis & { __newsdeskTimerSecret?: string };

export function processCronSecret(): string {
  globalForCron.__newsdeskTimerSecret ??= randomBytes(32).toString('base64url');
  return globalForCron.__newsdeskTimerSecret;
}

export function isAuthorizedCronRequest(authorization: string | null, configuredSecret: string | undefined): boolean {
  if (!authorization?.startsWith('Bearer ')) return false;
  const offered = Buffer.from(authorization.slice('Bearer '.length));
  return [configuredSecret, globalForCron.__newsdeskTimerSecret].some((secret) => {
    if (!secret) return false;
    const expected = Buffer.from(secret);
    return expected.length === offered.length && timingSafeEqual(expected, offered);
  });
}
