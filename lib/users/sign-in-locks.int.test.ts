import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { auditLog } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { ACCOUNT_IP_FAILURES, LoginLimiter } from '@/lib/auth/login-limiter';
import { attemptLogin } from '@/lib/auth/sign-in';
import { createTestUser, type TestUser } from '@/lib/testing/newsroom-fixtures';
import { needsAttention, signInLockStatuses, unlockSignIn } from './sign-in-locks';

let testDb: TestDatabase;
let db: Database;
let admin: TestUser;
let editor: TestUser;
let target: TestUser;

const silent = { warn: () => {} };

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  admin = await createTestUser(db, { role: 'admin', email: 'admin@locks.test' });
  editor = await createTestUser(db, { role: 'editor', email: 'editor@locks.test' });
  target = await createTestUser(db, { role: 'writer', email: 'target@locks.test' });
});

afterAll(async () => {
  await testDb?.destroy();
});

const guess = (ip: string) => attemptLogin(db, new LoginLimiter(db), { email: target.email, password: 'wrong guess', ip }, silent);

describe('unlocking an account from /admin/users', () => {
  it('the list flags an attacked account; an admin’s unlock lets the locked-out address straight back in, and is audited', async () => {
    const lockedOut = '192.0.2.10';
    for (let i = 0; i < ACCOUNT_IP_FAILURES; i += 1) await guess(lockedOut);

    const statuses = await signInLockStatuses(db, [target, admin].map((user) => ({ id: user.actor.id, email: user.email })));
    const flagged = statuses.get(target.actor.id)!;
    expect(flagged).toMatchObject({ recentFailures: ACCOUNT_IP_FAILURES, lockedAddresses: 1 });
    expect(needsAttention(flagged)).toBe(true);
    expect(needsAttention(statuses.get(admin.actor.id)!)).toBe(false);

    const result = await unlockSignIn(db, admin.actor, { id: target.actor.id });
    expect(result).toEqual({ ok: true, value: { userId: target.actor.id }, tags: [] });
    const after = (await signInLockStatuses(db, [{ id: target.actor.id, email: target.email }])).get(target.actor.id)!;
    expect(needsAttention(after)).toBe(false);

    const outcome = await attemptLogin(db, new LoginLimiter(db), { email: target.email, password: target.password, ip: lockedOut }, silent);
    expect(outcome.ok).toBe(true);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.unlock'), eq(auditLog.entityId, target.actor.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(admin.actor.id);
  });

  it('only admins may unlock; bad and unknown ids are refused', async () => {
    const lockedOut = '192.0.2.20';
    for (let i = 0; i < ACCOUNT_IP_FAILURES; i += 1) await guess(lockedOut);

    expect(await unlockSignIn(db, editor.actor, { id: target.actor.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await unlockSignIn(db, { ...admin.actor, disabled: true }, { id: target.actor.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await unlockSignIn(db, admin.actor, { id: 'not-a-uuid' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await unlockSignIn(db, admin.actor, { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    // Still locked: none of those did anything.
    const status = (await signInLockStatuses(db, [{ id: target.actor.id, email: target.email }])).get(target.actor.id)!;
    expect(status.lockedAddresses).toBe(1);
  });
});
