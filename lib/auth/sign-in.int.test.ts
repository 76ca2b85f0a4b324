import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/connection';
import { findUserById } from '@/db/queries/users';
import { users } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { createTestUser, type TestUser } from '@/lib/testing/newsroom-fixtures';
import { ACCOUNT_FAILURES, IP_FAILURES, LoginLimiter } from './login-limiter';
import { attemptLogin, type LoginOutcome } from './sign-in';

const WINDOW_SECONDS = 15 * 60;

let testDb: TestDatabase;
let db: Database;
let limiter: LoginLimiter;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
let dora: TestUser;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  limiter = new LoginLimiter(db);
  // Four argon2 hashes; every failed attempt below verifies against an existing hash instead.
  alice = await createTestUser(db, { role: 'editor', email: 'Alice@Newsdesk.test', name: 'Alice' });
  bob = await createTestUser(db, { role: 'writer', email: 'bob@newsdesk.test', name: 'Bob' });
  carol = await createTestUser(db, { role: 'writer', email: 'carol@newsdesk.test', name: 'Carol' });
  dora = await createTestUser(db, { role: 'admin', email: 'dora@newsdesk.test', name: 'Dora' });
  await db.update(users).set({ disabled: true }).where(eq(users.id, dora.actor.id));
});

afterAll(async () => {
  await testDb?.destroy();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Each test signs in from its own address, so the per-IP counter never leaks between tests. */
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

const login = (email: string, password: string, ip: string) => attemptLogin(db, limiter, { email, password, ip });

const INVALID: LoginOutcome = { ok: false, reason: 'invalid' };

function expectRateLimited(outcome: LoginOutcome) {
  expect(outcome.ok).toBe(false);
  if (outcome.ok || outcome.reason !== 'rate_limited') throw new Error(`Expected rate_limited, got ${JSON.stringify(outcome)}`);
  expect(outcome.retryAfterSeconds).toBeGreaterThan(0);
  expect(outcome.retryAfterSeconds).toBeLessThanOrEqual(WINDOW_SECONDS);
  return outcome;
}

describe('signing in', () => {
  it('the right password signs in, whatever the case of the email, and records the time', async () => {
    const before = (await findUserById(db, alice.actor.id))!;
    expect(before.lastLoginAt).toBeNull();
    const started = Date.now();

    const outcome = await login('  aLICE@newsdesk.TEST ', alice.password, freshIp());
    expect(outcome).toEqual({
      ok: true,
      user: { id: alice.actor.id, email: 'alice@newsdesk.test', name: 'Alice', role: 'editor', sessionVersion: 1 },
    });

    const after = (await findUserById(db, alice.actor.id))!;
    expect(after.lastLoginAt).not.toBeNull();
    expect(after.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(started - 1_000);
  });

  it('a wrong password, an unknown email and a disabled account all get the same answer', async () => {
    const ip = freshIp();
    const wrongPassword = await login(bob.email, 'not the password', ip);
    const unknownEmail = await login('nobody@newsdesk.test', bob.password, ip);
    const disabled = await login(dora.email, dora.password, ip);
    const almostRight = await login(bob.email, `${bob.password} `, ip);
    const wrongCase = await login(bob.email, bob.password.toUpperCase(), ip);

    for (const outcome of [wrongPassword, unknownEmail, disabled, almostRight, wrongCase]) expect(outcome).toEqual(INVALID);
    // A refused sign-in doesn't count as a login.
    expect((await findUserById(db, dora.actor.id))!.lastLoginAt).toBeNull();
  });
});

describe('the per-account limit', () => {
  it(`after ${ACCOUNT_FAILURES} failures the account is locked, even with the right password`, async () => {
    const ip = freshIp();
    for (let i = 0; i < ACCOUNT_FAILURES; i += 1) {
      // Every failure up to the limit is an ordinary "invalid", never an early lock.
      expect(await login(carol.email, `guess ${i}`, ip)).toEqual(INVALID);
    }
    const lastLogin = (await findUserById(db, carol.actor.id))!.lastLoginAt;

    expectRateLimited(await login(carol.email, carol.password, ip));
    // The lock is on the account, not the address it was attacked from.
    expectRateLimited(await login(carol.email, carol.password, freshIp()));
    expectRateLimited(await login(' CAROL@NEWSDESK.TEST', carol.password, freshIp()));
    expect((await findUserById(db, carol.actor.id))!.lastLoginAt).toEqual(lastLogin);

    // Other accounts are unaffected.
    expect((await login(bob.email, bob.password, ip)).ok).toBe(true);
  });

  it('differently-cased emails count against the same account', async () => {
    const ip = freshIp();
    const variants = ['Spray@Example.com', 'spray@example.com', 'SPRAY@EXAMPLE.COM', ' spray@example.com', 'sPrAy@example.com'];
    for (const email of variants) expect(await login(email, 'guess', ip)).toEqual(INVALID);
    expectRateLimited(await login('spray@example.com', 'guess', freshIp()));
  });

  it('an unknown email is locked after the same number of failures, so the limit reveals nothing', async () => {
    const ip = freshIp();
    for (let i = 0; i < ACCOUNT_FAILURES; i += 1) expect(await login('ghost@newsdesk.test', 'guess', ip)).toEqual(INVALID);
    expectRateLimited(await login('ghost@newsdesk.test', 'guess', ip));
  });

  it('a successful sign-in before the limit resets the account’s count', async () => {
    const ip = freshIp();
    for (let i = 0; i < ACCOUNT_FAILURES - 1; i += 1) expect(await login(bob.email, 'typo', ip)).toEqual(INVALID);
    expect((await login(bob.email, bob.password, ip)).ok).toBe(true);

    // Without the reset, these would take the account past the limit.
    for (let i = 0; i < ACCOUNT_FAILURES - 1; i += 1) expect(await login(bob.email, 'typo again', ip)).toEqual(INVALID);
    expect((await login(bob.email, bob.password, ip)).ok).toBe(true);
  });

  it('the lock lifts once the window has passed', async () => {
    const ip = freshIp();
    for (let i = 0; i < ACCOUNT_FAILURES; i += 1) await login('later@newsdesk.test', 'guess', ip);
    const locked = expectRateLimited(await login('later@newsdesk.test', 'guess', ip));
    expect(locked.retryAfterSeconds).toBeGreaterThan(WINDOW_SECONDS - 60);

    // Only Date is faked: the database and argon2 keep running normally.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + (WINDOW_SECONDS + 1) * 1000);
    expect(await login('later@newsdesk.test', 'guess', ip)).toEqual(INVALID);
  });
});

describe('the per-address limit', () => {
  it(`after ${IP_FAILURES} failures across accounts from one address, that address is locked; others are not`, async () => {
    const sprayer = freshIp();
    for (let i = 0; i < IP_FAILURES; i += 1) {
      // One guess per account: no account ever reaches its own limit.
      expect(await login(`victim-${i}@newsdesk.test`, 'Winter2025!', sprayer)).toEqual(INVALID);
    }

    // Yet another account, even with its right password, is refused from that address...
    expectRateLimited(await login(alice.email, alice.password, sprayer));
    // ...while the same account from another address is fine.
    const elsewhere = await login(alice.email, alice.password, freshIp());
    expect(elsewhere.ok).toBe(true);
  });
});
