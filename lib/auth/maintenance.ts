import { lt } from 'drizzle-orm';
import type { Database } from '@/db/connection';
import { loginAttempts } from '@/db/schema';
import { deleteEndedSessions, type SessionLimits } from './sessions';

export interface SignInCleanup {
  loginAttempts: number;
  sessions: number;
}

/**
 * Deletes sign-in records nobody will read again: limiter rows whose window or lock has
 * passed (one is written per guessed email and per claimed address, so without this the
 * table grows with every attack), and sessions past their idle timeout or lifetime. Runs
 * with the publishing job (/api/cron/publish: every 30 s on a Node host, by Vercel Cron
 * there); an expired row is ignored by every check, so a late run changes no answer.
 */
export async function deleteExpiredSignInRecords(db: Database, limits: SessionLimits, now = new Date()): Promise<SignInCleanup> {
  const attempts = await db.delete(loginAttempts).where(lt(loginAttempts.expire, now)).returning({ key: loginAttempts.key });
  return { loginAttempts: attempts.length, sessions: await deleteEndedSessions(db, limits, now) };
}
