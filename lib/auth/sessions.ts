import { eq, lt, or } from 'drizzle-orm';
import type { Database } from '@/db/connection';
import { sessions } from '@/db/schema';
import { env } from '@/lib/env';

/** How long a session lives: without activity, and at most whatever the activity. */
export interface SessionLimits {
  idleSeconds: number;
  maxAgeSeconds: number;
}

/** The configured limits: SESSION_IDLE_MINUTES and SESSION_MAX_HOURS (README "Sign-in and sessions"). */
export function sessionLimits(): SessionLimits {
  const settings = env();
  return { idleSeconds: settings.SESSION_IDLE_MINUTES * 60, maxAgeSeconds: settings.SESSION_MAX_HOURS * 3600 };
}

/**
 * Activity is written at most this often per session: a page load per request would be a
 * write per request, and a minute is nothing against an idle timeout of hours.
 */
export const TOUCH_EVERY_SECONDS = 60;

/** At sign-in: the server-side half of the session, whose id the JWT carries. */
export async function startSession(db: Database, userId: string, now = new Date()): Promise<string> {
  const [row] = await db.insert(sessions).values({ userId, createdAt: now, lastSeenAt: now }).returning({ id: sessions.id });
  if (!row) throw new Error('Starting a session returned no row');
  return row.id;
}

/**
 * Is this session still open for this user? Answers false when it was signed out (no row),
 * has been idle too long, or has reached its absolute lifetime — and then deletes it, so a
 * replayed cookie meets nothing. An open session's activity is recorded (see
 * TOUCH_EVERY_SECONDS), which is what moves its idle deadline.
 */
export async function checkSession(
  db: Database,
  sessionId: string,
  userId: string,
  limits: SessionLimits,
  now = new Date(),
): Promise<boolean> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, sessionId)).limit(1);
  if (!row || row.userId !== userId) return false;
  const idleFor = now.getTime() - row.lastSeenAt.getTime();
  const age = now.getTime() - row.createdAt.getTime();
  if (idleFor >= limits.idleSeconds * 1000 || age >= limits.maxAgeSeconds * 1000) {
    await endSession(db, sessionId);
    return false;
  }
  if (idleFor >= TOUCH_EVERY_SECONDS * 1000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
  }
  return true;
}

/** Sign-out: the row goes, and every copy of the cookie stops working. */
export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Sessions past their idle timeout or lifetime; they would be refused anyway. */
export async function deleteEndedSessions(db: Database, limits: SessionLimits, now = new Date()): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.lastSeenAt, new Date(now.getTime() - limits.idleSeconds * 1000)),
        lt(sessions.createdAt, new Date(now.getTime() - limits.maxAgeSeconds * 1000)),
      ),
    )
    .returning({ id: sessions.id });
  return deleted.length;
}

/** How many sessions a user has open (or not yet cleaned up). */
export async function countSessions(db: Database, userId: string): Promise<number> {
  const rows = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
  return rows.length;
}
