import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/connection';
import { findUserById } from '@/db/queries/users';
import { users } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { createTestUser, type TestUser } from '@/lib/testing/newsroom-fixtures';
import {
  ACCOUNT_FREE_ATTEMPTS,
  ACCOUNT_IP_FAILURES,
  accountDelaySeconds,
  IP_FAILURES,
  LoginLimiter,
  MAX_ACCOUNT_DELAY_SECONDS,
  WINDOW_SECONDS,
} from './login-limiter';
import { ACCOUNT_ALERT_EVERY, accountFingerprint, attemptLogin, type LoginOutcome, type SignInLog } from './sign-in';

/** Every password check, counted: the race tests assert how many ever ran. */
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('./passwords', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./passwords')>();
  return {
    ...actual,
    verifyPassword: (...args: Parameters<typeof actual.verifyPassword>) => {
      checks.count += 1;
      return actual.verifyPassword(...args);
    },
  };
});

let testDb: TestDatabase;
let db: Database;
let limiter: LoginLimiter;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
let dora: TestUser;
let erin: TestUser;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  limiter = new LoginLimiter(db);
  // Five argon2 hashes; every failed attempt below verifies against an existing hash instead.
  alice = await createTestUser(db, { role: 'editor', email: 'Alice@Newsdesk.test', name: 'Alice' });
  bob = await createTestUser(db, { role: 'writer', email: 'bob@newsdesk.test', name: 'Bob' });
  carol = await createTestUser(db, { role: 'writer', email: 'carol@newsdesk.test', name: 'Carol' });
  dora = await createTestUser(db, { role: 'admin', email: 'dora@newsdesk.test', name: 'Dora' });
  erin = await createTestUser(db, { role: 'admin', email: 'erin@newsdesk.test', name: 'Erin' });
  await db.update(users).set({ disabled: true }).where(eq(users.id, dora.actor.id));
});

afterAll(async () => {
  await testDb?.destroy();
});

beforeEach(() => {
  checks.count = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

/** Each test signs in from its own addresses, so per-address counters never leak between tests. */
let ipCounter = 0;
const freshIp = () => `198.51.${Math.floor(ipCounter / 250)}.${(++ipCounter % 250) + 1}`;

const silent: SignInLog = { warn: () => {} };
const login = (email: string, password: string, ip: string, log: SignInLog = silent) =>
  attemptLogin(db, limiter, { email, password, ip }, log);

const INVALID: LoginOutcome = { ok: false, reason: 'invalid' };

function expectRateLimited(outcome: LoginOutcome, atMostSeconds = WINDOW_SECONDS) {
  if (outcome.ok || outcome.reason !== 'rate_limited') throw new Error(`Expected rate_limited, got ${JSON.stringify(outcome)}`);
  expect(outcome.retryAfterSeconds).toBeGreaterThan(0);
  expect(outcome.retryAfterSeconds).toBeLessThanOrEqual(atMostSeconds);
  return outcome;
}

/** Moves the clock `seconds` ahead. Only Date is faked: the database and argon2 run normally. */
function travel(seconds: number) {
  const now = Date.now();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now + seconds * 1000);
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
    const almostRight = await login(bob.email, `${bob.password} `, freshIp());
    const wrongCase = await login(bob.email, bob.password.toUpperCase(), freshIp());

    for (const outcome of [wrongPassword, unknownEmail, disabled, almostRight, wrongCase]) expect(outcome).toEqual(INVALID);
    // A refused sign-in doesn't count as a login.
    expect((await findUserById(db, dora.actor.id))!.lastLoginAt).toBeNull();
  });
});

describe('simultaneous attempts (the lockout race)', () => {
  it(`25 at once on one account from one address check at most ${ACCOUNT_IP_FAILURES} passwords, and the right one among them doesn't get in`, async () => {
    const ip = freshIp();
    // The reported attack: 24 wrong passwords and the right one 21st, all at once.
    const passwords = Array.from({ length: 25 }, (_, i) => (i === 20 ? carol.password : `guess ${i}`));
    const outcomes = await Promise.all(passwords.map((password) => login(carol.email, password, ip)));

    expect(checks.count).toBeLessThanOrEqual(ACCOUNT_IP_FAILURES);
    const checked = outcomes.filter((outcome) => outcome.ok || outcome.reason === 'invalid');
    expect(checked.length).toBe(checks.count);
    // Whichever attempts got their turn, the rest were refused without a check.
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === 'rate_limited')).toHaveLength(25 - checks.count);
    expect(outcomes[20]!.ok).toBe(false);
  });

  it(`25 at once from 25 addresses check at most ${ACCOUNT_FREE_ATTEMPTS} passwords: the account’s pace holds too`, async () => {
    const email = 'swarm@newsdesk.test';
    const outcomes = await Promise.all(Array.from({ length: 25 }, (_, i) => login(email, `guess ${i}`, freshIp())));
    expect(checks.count).toBeLessThanOrEqual(ACCOUNT_FREE_ATTEMPTS);
    expect(outcomes.filter((outcome) => outcome.ok === false && outcome.reason === 'invalid')).toHaveLength(checks.count);
  });

  it(`${IP_FAILURES + 10} at once from one address on different accounts check at most ${IP_FAILURES}`, async () => {
    const sprayer = freshIp();
    await Promise.all(Array.from({ length: IP_FAILURES + 10 }, (_, i) => login(`spray-race-${i}@newsdesk.test`, 'Winter2025!', sprayer)));
    expect(checks.count).toBeLessThanOrEqual(IP_FAILURES);
  });
});

describe('the per-account-and-address lock', () => {
  it(`after ${ACCOUNT_IP_FAILURES} failures from one address, that address is locked out of the account, even with the right password`, async () => {
    const attacker = freshIp();
    for (let i = 0; i < ACCOUNT_IP_FAILURES; i += 1) {
      // Spaced out, so the account's pace never answers: every failure up to the limit is
      // an ordinary "invalid", never an early lock.
      travel(MAX_ACCOUNT_DELAY_SECONDS);
      expect(await login(bob.email, `guess ${i}`, attacker)).toEqual(INVALID);
    }
    const locked = expectRateLimited(await login(bob.email, bob.password, attacker));
    expect(locked.retryAfterSeconds).toBeGreaterThan(WINDOW_SECONDS - 60);
    expectRateLimited(await login(' BOB@NEWSDESK.TEST', bob.password, attacker));

    // The owner, elsewhere, is at most slowed down — then signs in.
    travel(MAX_ACCOUNT_DELAY_SECONDS);
    expect((await login(bob.email, bob.password, freshIp())).ok).toBe(true);
  });

  it('differently-cased emails count against the same account', async () => {
    const ip = freshIp();
    const variants = ['Spray@Example.com', 'spray@example.com', 'SPRAY@EXAMPLE.COM', ' spray@example.com', 'sPrAy@example.com'];
    for (const email of variants) expect(await login(email, 'guess', ip)).toEqual(INVALID);
    travel(MAX_ACCOUNT_DELAY_SECONDS);
    expectRateLimited(await login('spray@example.com', 'guess', ip));
  });

  it('an unknown email is locked after the same number of failures, so the limit reveals nothing', async () => {
    const ip = freshIp();
    for (let i = 0; i < ACCOUNT_IP_FAILURES; i += 1) expect(await login('ghost@newsdesk.test', 'guess', ip)).toEqual(INVALID);
    expectRateLimited(await login('ghost@newsdesk.test', 'guess', ip));
  });

  it('a successful sign-in before the limit forgives that address its failures', async () => {
    const ip = freshIp();
    const email = 'typist@newsdesk.test';
    const typist = await createTestUser(db, { role: 'writer', email });
    for (let i = 0; i < ACCOUNT_IP_FAILURES - 1; i += 1) expect(await login(email, 'typo', ip)).toEqual(INVALID);
    expect((await login(email, typist.password, ip)).ok).toBe(true);

    // Without the reset, these would take the address past the limit.
    for (let i = 0; i < ACCOUNT_IP_FAILURES - 1; i += 1) {
      travel(MAX_ACCOUNT_DELAY_SECONDS);
      expect(await login(email, 'typo again', ip)).toEqual(INVALID);
    }
    travel(MAX_ACCOUNT_DELAY_SECONDS);
    expect((await login(email, typist.password, ip)).ok).toBe(true);
  });

  it('the lock lifts once the window has passed', async () => {
    const ip = freshIp();
    for (let i = 0; i < ACCOUNT_IP_FAILURES; i += 1) await login('later@newsdesk.test', 'guess', ip);
    expectRateLimited(await login('later@newsdesk.test', 'guess', ip));
    travel(WINDOW_SECONDS + 1);
    expect(await login('later@newsdesk.test', 'guess', ip)).toEqual(INVALID);
  });
});

describe('the per-account slow-down (anyone can guess at a known email)', () => {
  it('5 wrong passwords from 5 forged addresses no longer lock the real editor out', async () => {
    // The reported attack: the demo admin's email is public.
    for (let i = 0; i < ACCOUNT_IP_FAILURES; i += 1) expect(await login(erin.email, `guess ${i}`, freshIp())).toEqual(INVALID);
    const owner = freshIp();
    const wait = await login(erin.email, erin.password, owner);
    // At most a short wait, never the 15-minute lock...
    if (!wait.ok) expectRateLimited(wait, MAX_ACCOUNT_DELAY_SECONDS);
    travel(MAX_ACCOUNT_DELAY_SECONDS);
    // ...and the password is checked.
    expect((await login(erin.email, erin.password, owner)).ok).toBe(true);
  });

  it('the wait grows with each failure from anywhere, up to a cap, and is refused without a check', async () => {
    const email = 'paced@newsdesk.test';
    const waits: number[] = [];
    for (let attempt = 0; attempt < ACCOUNT_FREE_ATTEMPTS + 7; attempt += 1) {
      // Each guess from a new address: only the account's pace can stop it.
      const outcome = await login(email, 'guess', freshIp());
      if (outcome.ok || outcome.reason === 'invalid') {
        expect(outcome).toEqual(INVALID);
        waits.push(0);
        continue;
      }
      const checksBefore = checks.count;
      waits.push(outcome.retryAfterSeconds);
      travel(outcome.retryAfterSeconds);
      expect(await login(email, 'guess', freshIp())).toEqual(INVALID);
      expect(checks.count).toBe(checksBefore + 1);
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 30, 30]);
    expect(checks.count).toBe(ACCOUNT_FREE_ATTEMPTS + 7);
    expect(accountDelaySeconds(100)).toBe(MAX_ACCOUNT_DELAY_SECONDS);
  });

  it('the admins see the account flagged, and an unlock clears its counts, pace and locks', async () => {
    const attacker = freshIp();
    for (let i = 0; i < ACCOUNT_IP_FAILURES; i += 1) await login(alice.email, `guess ${i}`, attacker);
    const flagged = await limiter.status(alice.email);
    expect(flagged.recentFailures).toBe(ACCOUNT_IP_FAILURES);
    expect(flagged.lockedAddresses).toBe(1);
    expect(flagged.waitSeconds).toBeGreaterThan(0);

    await limiter.unlock('  ALICE@newsdesk.test');
    expect(await limiter.status(alice.email)).toEqual({ recentFailures: 0, lockedAddresses: 0, waitSeconds: 0 });
    // Even the address that was locked out may try again.
    expect((await login(alice.email, alice.password, attacker)).ok).toBe(true);
  });

  it('lockouts and sustained guessing are logged with a fingerprint, never the email', async () => {
    const warnings: Record<string, unknown>[] = [];
    const log: SignInLog = { warn: (facts) => warnings.push(facts) };
    const email = 'targeted@newsdesk.test';
    const ip = freshIp();
    for (let i = 0; i < ACCOUNT_IP_FAILURES; i += 1) await login(email, 'guess', ip, log);
    for (let i = ACCOUNT_IP_FAILURES; i < ACCOUNT_ALERT_EVERY; i += 1) {
      travel(MAX_ACCOUNT_DELAY_SECONDS);
      expect(await login(email, 'guess', freshIp(), log)).toEqual(INVALID);
    }
    expect(warnings.map((facts) => facts.code)).toEqual(['login.locked', 'login.account_attacked']);
    for (const facts of warnings) expect(facts.account).toBe(accountFingerprint(email));
    expect(JSON.stringify(warnings)).not.toContain('targeted');
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
    const refused = await login(carol.email, carol.password, sprayer);
    expectRateLimited(refused);
    // ...while the same account from another address is fine.
    travel(MAX_ACCOUNT_DELAY_SECONDS);
    const elsewhere = await login(carol.email, carol.password, freshIp());
    expect(elsewhere.ok).toBe(true);
  });
});
