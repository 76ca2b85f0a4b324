import { createHash } from 'node:crypto';
import { and, eq, gt, gte, inArray, like, lte, or, sql } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Database } from '@/db/connection';
import { loginAttempts } from '@/db/schema';

/**
 * Failures one address may make on one account before that pair is locked (Ghost allows 4).
 * Keyed on account *and* address: five guesses from five forged addresses used to lock a
 * real editor out for everyone; now they only lock those five addresses out of that account.
 */
export const ACCOUNT_IP_FAILURES = 5;
/** Failures allowed per address, across accounts (slows password spraying from one place). */
export const IP_FAILURES = 30;
/** Sign-ins on one account, from anywhere, before each further one has to wait. */
export const ACCOUNT_FREE_ATTEMPTS = 5;
/** The longest wait between two sign-ins on one account: a slow-down, never a lockout. */
export const MAX_ACCOUNT_DELAY_SECONDS = 30;
/** How long locks and per-address counts last. */
export const WINDOW_SECONDS = 15 * 60;
/** How long an account's failures count towards its slow-down and the admin's warning. */
export const ACCOUNT_WINDOW_SECONDS = 60 * 60;

const PREFIX = {
  ip: 'login:ip',
  accountIp: 'login:acctip',
  account: 'login:account',
  gate: 'login:gate',
} as const;

/**
 * The wait an account imposes after its `attempt`-th recent sign-in: none for the first
 * few, then 1, 2, 4, 8, 16 s, then 30 s for as long as failures keep coming. An attacker
 * with unlimited addresses gets about two guesses a minute; the real editor waits at most
 * 30 s, instead of being locked out by whoever knows the address.
 */
export function accountDelaySeconds(attempt: number): number {
  if (attempt < ACCOUNT_FREE_ATTEMPTS) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_SECONDS, 2 ** (attempt - ACCOUNT_FREE_ATTEMPTS));
}

/**
 * The key for an account in the limiter's table: a hash, so the table (one row per guessed
 * email) doesn't become a list of addresses someone typed. Case and spaces don't matter.
 */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

/** What an admitted attempt holds until it is settled: one point in each counter. */
export interface Admission {
  allowed: true;
  account: string;
  ip: string;
  /** This attempt's place among the account's recent ones (in flight included). */
  accountAttempt: number;
  /** This attempt's place among the account's recent failures from this address. */
  accountIpAttempt: number;
}

export interface Refusal {
  allowed: false;
  /** Which rule refused: the address everywhere, this address on this account, or the account's pace. */
  rule: 'ip' | 'account_ip' | 'account_pace';
  retryAfterSeconds: number;
}

export interface AccountLockStatus {
  /** Failed (or unfinished) sign-ins within the account window. */
  recentFailures: number;
  /** Addresses locked out of this account right now. */
  lockedAddresses: number;
  /** Seconds until the next sign-in on this account is let through. */
  waitSeconds: number;
}

/**
 * Counts sign-ins in the database, so the limits hold across every instance. Each attempt
 * *consumes* its points before the password is checked — one atomic upsert per counter —
 * and gives them back only if it succeeds or another rule refuses it. Checking first and
 * counting afterwards let 25 simultaneous attempts all pass the check before any failure
 * was written (11 passwords verified where 5 were allowed).
 */
export class LoginLimiter {
  private readonly byIp: RateLimiterDrizzle;
  private readonly byAccountIp: RateLimiterDrizzle;
  private readonly byAccount: RateLimiterDrizzle;

  constructor(private readonly db: Database) {
    const common = {
      storeClient: db,
      schema: loginAttempts,
      // Expired rows are deleted by lib/auth/maintenance.ts; no background timers.
      clearExpiredByTimeout: false,
    };
    const locking = { ...common, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS };
    this.byIp = new RateLimiterDrizzle({ ...locking, keyPrefix: PREFIX.ip, points: IP_FAILURES });
    this.byAccountIp = new RateLimiterDrizzle({ ...locking, keyPrefix: PREFIX.accountIp, points: ACCOUNT_IP_FAILURES });
    // Only counts: the account's pace is enforced by its gate row, never by a lock.
    this.byAccount = new RateLimiterDrizzle({
      ...common,
      keyPrefix: PREFIX.account,
      points: Number.MAX_SAFE_INTEGER,
      duration: ACCOUNT_WINDOW_SECONDS,
    });
  }

  /**
   * Takes this attempt's points, or refuses it. An admitted attempt must be settled with
   * `succeeded` (points back) or simply left counted as a failure.
   */
  async admit(email: string, ip: string): Promise<Admission | Refusal> {
    const account = accountKey(email);
    const accountIp = `${account}@${ip}`;
    const taken: string[] = [];
    const refuse = async (rule: Refusal['rule'], retryAfterSeconds: number): Promise<Refusal> => {
      // A refused attempt checked nothing: it mustn't count against the other rules.
      await this.refund(taken);
      return { allowed: false, rule, retryAfterSeconds: Math.max(1, retryAfterSeconds) };
    };

    const address = await consume(this.byIp, ip);
    if (!address.ok) return refuse('ip', seconds(address.res.msBeforeNext));
    taken.push(`${PREFIX.ip}:${ip}`);

    const pair = await consume(this.byAccountIp, accountIp);
    if (!pair.ok) return refuse('account_ip', seconds(pair.res.msBeforeNext));
    taken.push(`${PREFIX.accountIp}:${accountIp}`);

    const recent = await consume(this.byAccount, account);
    if (!recent.ok) return refuse('account_pace', seconds(recent.res.msBeforeNext));
    taken.push(`${PREFIX.account}:${account}`);

    const accountAttempt = recent.res.consumedPoints;
    const gate = await this.claimGate(account, accountDelaySeconds(accountAttempt));
    if (gate > 0) return refuse('account_pace', gate);

    return { allowed: true, account, ip, accountAttempt, accountIpAttempt: pair.res.consumedPoints };
  }

  /** The right password: this attempt's points back, and this address's failures forgiven. */
  async succeeded(admission: Admission): Promise<void> {
    await this.refund([`${PREFIX.ip}:${admission.ip}`, `${PREFIX.account}:${admission.account}`]);
    await this.db
      .delete(loginAttempts)
      .where(
        inArray(loginAttempts.key, [
          `${PREFIX.accountIp}:${admission.account}@${admission.ip}`,
          // The account's own pace starts over for its owner; its failures stay counted for
          // the admins' warning, so the next wrong guess is slowed again at once.
          `${PREFIX.gate}:${admission.account}`,
        ]),
      );
  }

  /** Seconds before a sign-in may be tried, without taking anything: the form's early answer. */
  async secondsUntilAllowed(email: string, ip: string): Promise<number> {
    const account = accountKey(email);
    const [address, pair, gate] = await Promise.all([
      this.byIp.get(ip),
      this.byAccountIp.get(`${account}@${ip}`),
      this.gateExpiry(account),
    ]);
    return Math.max(waitFor(address, IP_FAILURES), waitFor(pair, ACCOUNT_IP_FAILURES), secondsUntil(gate));
  }

  /** What the admins' user list shows about an account. */
  async status(email: string): Promise<AccountLockStatus> {
    const account = accountKey(email);
    const now = new Date();
    const [recent, locked, gate] = await Promise.all([
      this.byAccount.get(account),
      this.db
        .select({ count: sql<number>`count(*)::int` })
        .from(loginAttempts)
        .where(
          and(
            like(loginAttempts.key, `${PREFIX.accountIp}:${account}@%`),
            gte(loginAttempts.points, ACCOUNT_IP_FAILURES),
            gt(loginAttempts.expire, now),
          ),
        ),
      this.gateExpiry(account),
    ]);
    return {
      recentFailures: Math.max(0, recent?.consumedPoints ?? 0),
      lockedAddresses: locked[0]?.count ?? 0,
      waitSeconds: secondsUntil(gate),
    };
  }

  /** An admin's unlock: the account's counts, pace and every address's lock on it, gone. */
  async unlock(email: string): Promise<void> {
    const account = accountKey(email);
    await this.db
      .delete(loginAttempts)
      .where(
        or(
          inArray(loginAttempts.key, [`${PREFIX.account}:${account}`, `${PREFIX.gate}:${account}`]),
          // The key is hex, so it holds no LIKE wildcards.
          like(loginAttempts.key, `${PREFIX.accountIp}:${account}@%`),
        ),
      );
  }

  /**
   * The account's pace, as one row whose `expire` is when the next attempt may start. The
   * claim is a single conditional upsert: of any number of simultaneous attempts, only one
   * finds the gate open and moves it `holdSeconds` ahead. Returns 0 when claimed, else the
   * seconds to wait.
   */
  private async claimGate(account: string, holdSeconds: number): Promise<number> {
    const now = new Date();
    const until = new Date(now.getTime() + holdSeconds * 1000);
    const key = `${PREFIX.gate}:${account}`;
    const claimed = await this.db
      .insert(loginAttempts)
      .values({ key, points: 1, expire: until })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: { points: sql`${loginAttempts.points} + 1`, expire: until },
        setWhere: lte(loginAttempts.expire, now),
      })
      .returning({ key: loginAttempts.key });
    if (claimed.length > 0) return 0;
    return Math.max(1, secondsUntil(await this.gateExpiry(account)));
  }

  private async gateExpiry(account: string): Promise<Date | null> {
    const [row] = await this.db
      .select({ expire: loginAttempts.expire })
      .from(loginAttempts)
      .where(eq(loginAttempts.key, `${PREFIX.gate}:${account}`))
      .limit(1);
    return row?.expire ?? null;
  }

  /**
   * Gives one point back to each counter, never below zero and never to a counter whose
   * window has ended (rate-limiter-flexible's `reward` would start a new window at -1 there,
   * a free attempt for whoever comes next).
   */
  private async refund(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db
      .update(loginAttempts)
      .set({ points: sql`greatest(${loginAttempts.points} - 1, 0)` })
      .where(and(inArray(loginAttempts.key, keys), gt(loginAttempts.expire, new Date())));
  }
}

type Consumed = { ok: true; res: RateLimiterRes } | { ok: false; res: RateLimiterRes };

/** `consume` rejects with a RateLimiterRes when over the limit, and with an Error when the store fails. */
async function consume(limiter: RateLimiterDrizzle, key: string): Promise<Consumed> {
  try {
    return { ok: true, res: await limiter.consume(key, 1) };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, res: error };
    throw error;
  }
}

const seconds = (ms: number) => Math.ceil(Math.max(ms, 0) / 1000);

function secondsUntil(date: Date | null): number {
  return date ? seconds(date.getTime() - Date.now()) : 0;
}

function waitFor(res: RateLimiterRes | null, limit: number): number {
  if (!res || res.consumedPoints < limit) return 0;
  return Math.max(1, seconds(res.msBeforeNext));
}
