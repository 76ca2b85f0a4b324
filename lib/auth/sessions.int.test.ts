import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { loginAttempts, users } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { createTestUser, type TestUser } from '@/lib/testing/newsroom-fixtures';
import { LoginLimiter } from './login-limiter';
import { deleteExpiredSignInRecords } from './maintenance';
import { checkSession, countSessions, endSession, type SessionLimits, startSession, TOUCH_EVERY_SECONDS } from './sessions';

let testDb: TestDatabase;
let db: Database;
let writer: TestUser;
let other: TestUser;

const HOUR = 3600;
const limits: SessionLimits = { idleSeconds: 8 * HOUR, maxAgeSeconds: 24 * HOUR };
const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  writer = await createTestUser(db, { role: 'writer', email: 'sessions@newsdesk.test' });
  other = await createTestUser(db, { role: 'writer', email: 'other-sessions@newsdesk.test' });
});

afterAll(async () => {
  await testDb?.destroy();
});

describe('server-side sessions', () => {
  it('signing out ends the session: the same cookie (the same session id) is refused afterwards', async () => {
    const start = new Date();
    const id = await startSession(db, writer.actor.id, start);
    expect(await checkSession(db, id, writer.actor.id, limits, later(start, 5))).toBe(true);

    await endSession(db, id);
    // What a replayed cookie meets: no row, at any time, however valid its signature.
    expect(await checkSession(db, id, writer.actor.id, limits, later(start, 10))).toBe(false);
  });

  it('signing out of one browser leaves the user’s other sessions open', async () => {
    const laptop = await startSession(db, writer.actor.id);
    const phone = await startSession(db, writer.actor.id);
    await endSession(db, laptop);
    expect(await checkSession(db, laptop, writer.actor.id, limits)).toBe(false);
    expect(await checkSession(db, phone, writer.actor.id, limits)).toBe(true);
  });

  it('a session id is only good for the user it was issued to', async () => {
    const id = await startSession(db, writer.actor.id);
    expect(await checkSession(db, id, other.actor.id, limits)).toBe(false);
  });

  it('ends after the idle timeout; activity moves the deadline', async () => {
    const start = new Date();
    const id = await startSession(db, writer.actor.id, start);
    // Active every 7 hours for 21 hours: never idle for 8.
    for (const hours of [7, 14, 21]) expect(await checkSession(db, id, writer.actor.id, limits, later(start, hours * HOUR))).toBe(true);
    // Then 8 hours of nothing.
    expect(await checkSession(db, id, writer.actor.id, limits, later(start, 29 * HOUR))).toBe(false);
    expect(await checkSession(db, id, writer.actor.id, limits, later(start, 21 * HOUR + 60))).toBe(false);
  });

  it('ends at the absolute lifetime however active it is', async () => {
    const start = new Date();
    const id = await startSession(db, writer.actor.id, start);
    for (let hours = 6; hours < 24; hours += 6) {
      expect(await checkSession(db, id, writer.actor.id, limits, later(start, hours * HOUR))).toBe(true);
    }
    expect(await checkSession(db, id, writer.actor.id, limits, later(start, 24 * HOUR))).toBe(false);
  });

  it('records activity at most once a minute', async () => {
    const start = new Date();
    const id = await startSession(db, writer.actor.id, start);
    // Seen 30 s in: not written, so the idle deadline is still start + idle.
    expect(await checkSession(db, id, writer.actor.id, limits, later(start, TOUCH_EVERY_SECONDS / 2))).toBe(true);
    expect(await checkSession(db, id, writer.actor.id, limits, later(start, limits.idleSeconds))).toBe(false);
  });

  it('a deleted user’s sessions go with them', async () => {
    const gone = await createTestUser(db, { role: 'writer', email: 'gone@newsdesk.test' });
    await startSession(db, gone.actor.id);
    await db.delete(users).where(eq(users.id, gone.actor.id));
    expect(await countSessions(db, gone.actor.id)).toBe(0);
  });
});

describe('cleaning up sign-in records', () => {
  it('deletes expired limiter rows (one per guessed email or claimed address) and ended sessions, nothing live', async () => {
    const limiter = new LoginLimiter(db);
    // An attack's leftovers: a row per guessed email and per forged address.
    for (let i = 0; i < 20; i += 1) await limiter.admit(`guess-${i}@newsdesk.test`, `203.0.113.${i}`);
    const live = await startSession(db, other.actor.id);
    const stale = await startSession(db, other.actor.id, new Date(Date.now() - 25 * HOUR * 1000));
    const before = (await db.select().from(loginAttempts)).length;
    expect(before).toBeGreaterThanOrEqual(60);

    // Nothing has expired yet: nothing goes (the gate rows of zero hold expire at once).
    const now = await deleteExpiredSignInRecords(db, limits);
    expect(now.sessions).toBe(1);
    expect(await checkSession(db, stale, other.actor.id, limits)).toBe(false);
    expect((await db.select().from(loginAttempts)).length).toBeGreaterThanOrEqual(before - now.loginAttempts);
    expect(await limiter.secondsUntilAllowed('guess-0@newsdesk.test', '203.0.113.0')).toBe(0);

    // An hour and a quarter on, every window has passed: the table is empty again.
    const afterWindows = await deleteExpiredSignInRecords(db, limits, new Date(Date.now() + 75 * 60 * 1000));
    expect(afterWindows.loginAttempts).toBeGreaterThanOrEqual(60);
    expect(await db.select().from(loginAttempts)).toEqual([]);
    expect(await checkSession(db, live, other.actor.id, limits)).toBe(true);
  });
});
