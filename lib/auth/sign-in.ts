import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/connection';
import { findUserByEmail } from '@/db/queries/users';
import { users } from '@/db/schema';
import { logger } from '@/lib/log/logger';
import type { Role } from '@/lib/vocabulary';
import { ACCOUNT_IP_FAILURES, type Admission, type LoginLimiter, WINDOW_SECONDS } from './login-limiter';
import { verifyPassword } from './passwords';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter your email address')).pipe(z.string().max(320)),
  password: z.string().min(1, 'Enter your password').max(200, 'That password is too long'),
});

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

export type LoginOutcome =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** Where the limiter's warnings go; pino's logger fits, tests pass a spy. */
export interface SignInLog {
  warn(facts: Record<string, unknown>, message: string): void;
}

/** Every this-many failures on one account within its window, the log says so again. */
export const ACCOUNT_ALERT_EVERY = 10;

/**
 * Looks the user up by email, then verifies the argon2 hash (never the other way round:
 * salted hashes can't be looked up). Wrong email, wrong password and disabled account all
 * answer the same, and all count against the limits.
 *
 * The attempt takes its place in every counter *before* the password is checked, and gets
 * it back only on success: however many attempts arrive at once, no more passwords are
 * checked than the limits allow (lib/auth/login-limiter.ts).
 */
export async function attemptLogin(
  db: Database,
  limiter: LoginLimiter,
  credentials: { email: string; password: string; ip: string },
  log: SignInLog = logger,
): Promise<LoginOutcome> {
  const { email, password, ip } = credentials;
  const admission = await limiter.admit(email, ip);
  if (!admission.allowed) return { ok: false, reason: 'rate_limited', retryAfterSeconds: admission.retryAfterSeconds };

  const user = await findUserByEmail(db, email);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || user.disabled || !passwordMatches) {
    reportFailure(log, email, admission);
    return { ok: false, reason: 'invalid' };
  }
  await limiter.succeeded(admission);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

/**
 * Lockouts and sustained guessing are worth a look from whoever runs the site: one warning
 * when an address gets locked out of an account, and one per ACCOUNT_ALERT_EVERY failures
 * on an account. The account appears as a fingerprint, never as its email.
 */
function reportFailure(log: SignInLog, email: string, admission: Admission) {
  const account = accountFingerprint(email);
  if (admission.accountIpAttempt === ACCOUNT_IP_FAILURES) {
    log.warn({ code: 'login.locked', account, ip: admission.ip, lockSeconds: WINDOW_SECONDS }, 'sign-in locked for an address');
  }
  if (admission.accountAttempt % ACCOUNT_ALERT_EVERY === 0) {
    log.warn({ code: 'login.account_attacked', account, recentFailures: admission.accountAttempt }, 'repeated failed sign-ins on one account');
  }
}

/** A short, stable stand-in for an email address in logs. */
export function accountFingerprint(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 12);
}
