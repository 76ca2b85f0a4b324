import { RateLimiterDrizzle, type RateLimiterRes } from 'rate-limiter-flexible';
import type { Database } from '@/db/connection';
import { loginAttempts } from '@/db/schema';

/** Failures allowed per account before it is locked for a while (Ghost allows 4). */
export const ACCOUNT_FAILURES = 5;
/** Failures allowed per IP address, across accounts (slows password spraying). */
export const IP_FAILURES = 30;
const WINDOW_SECONDS = 15 * 60;

/**
 * Counts failed sign-ins in the database, so the limit holds across every instance.
 * Successful sign-ins clear the account's count.
 */
export class LoginLimiter {
  private readonly byAccount: RateLimiterDrizzle;
  private readonly byIp: RateLimiterDrizzle;

  constructor(db: Database) {
    const common = {
      storeClient: db,
      schema: loginAttempts,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
      // Expired rows are cleaned by our own maintenance; no background timers in tests.
      clearExpiredByTimeout: false,
    };
    this.byAccount = new RateLimiterDrizzle({ ...common, keyPrefix: 'login:account', points: ACCOUNT_FAILURES });
    this.byIp = new RateLimiterDrizzle({ ...common, keyPrefix: 'login:ip', points: IP_FAILURES });
  }

  /** Seconds to wait before trying again, or 0 when a sign-in may be attempted. */
  async secondsUntilAllowed(email: string, ip: string): Promise<number> {
    const [account, address] = await Promise.all([this.byAccount.get(accountKey(email)), this.byIp.get(ip)]);
    return Math.max(waitFor(account, ACCOUNT_FAILURES), waitFor(address, IP_FAILURES));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.byAccount.penalty(accountKey(email), 1),
      this.byIp.penalty(ip, 1),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(accountKey(email));
  }
}

const accountKey = (email: string) => email.trim().toLowerCase();

function waitFor(res: RateLimiterRes | null, limit: number): number {
  if (!res || res.consumedPoints < limit) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
