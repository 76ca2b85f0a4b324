import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/connection';
import { findUserByEmail } from '@/db/queries/users';
import { users } from '@/db/schema';
import type { Role } from '@/lib/vocabulary';
import type { LoginLimiter } from './login-limiter';
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

/**
 * Looks the user up by email, then verifies the argon2 hash (never the other way round:
 * salted hashes can't be looked up). Wrong email, wrong password and disabled account all
 * answer the same, and all count against the limit.
 */
export async function attemptLogin(
  db: Database,
  limiter: LoginLimiter,
  credentials: { email: string; password: string; ip: string },
): Promise<LoginOutcome> {
  const { email, password, ip } = credentials;
  const retryAfterSeconds = await limiter.secondsUntilAllowed(email, ip);
  if (retryAfterSeconds > 0) return { ok: false, reason: 'rate_limited', retryAfterSeconds };

  const user = await findUserByEmail(db, email);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || user.disabled || !passwordMatches) {
    await limiter.recordFailure(email, ip);
    return { ok: false, reason: 'invalid' };
  }
  await limiter.recordSuccess(email);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

/** A short, stable stand-in for an email address in logs. */
export function accountFingerprint(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 12);
}
