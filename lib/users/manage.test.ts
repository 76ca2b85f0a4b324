import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { findUserByEmail, findUserById } from '@/db/queries/users';
import { auditLog, users } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { Actor } from '@/lib/authz/policy';
import { verifyPassword } from '@/lib/auth/passwords';
import { createTestUser, TEST_PASSWORD, type TestUser } from '@/lib/testing/newsroom-fixtures';
import { createUser, updateUser, type UserResult } from './manage';

let testDb: TestDatabase;
let db: Database;
let admin: TestUser;
let editor: TestUser;
let writer: TestUser;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  admin = await createTestUser(db, { role: 'admin', email: 'root@newsdesk.test', name: 'Root Admin' });
  editor = await createTestUser(db, { role: 'editor', email: 'ed@newsdesk.test', name: 'Ed' });
  writer = await createTestUser(db, { role: 'writer', email: 'wes@newsdesk.test', name: 'Wes' });
});

afterAll(async () => {
  await testDb?.destroy();
});

function expectCreated(result: UserResult): string {
  if (!result.ok) throw new Error(`Expected success, got: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.userId;
}

async function userCount(): Promise<number> {
  const [row] = await db.select({ value: sql<number>`count(*)::int` }).from(users);
  return row?.value ?? 0;
}

async function sessionVersionOf(id: string): Promise<number> {
  return (await findUserById(db, id))!.sessionVersion;
}

const auditFor = (userId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, userId)))
    .orderBy(asc(auditLog.createdAt));

const newUser = (email: string, overrides: Record<string, unknown> = {}) => ({
  email,
  name: 'New Person',
  role: 'writer',
  password: TEST_PASSWORD,
  ...overrides,
});

describe('createUser', () => {
  it('an admin creates a user: stored with a lowercased email, a hash (not the password), and audited', async () => {
    const id = expectCreated(await createUser(db, admin.actor, newUser('  Nina.New@Newsdesk.Test ', { role: 'editor' })));
    const row = (await findUserById(db, id))!;
    expect(row).toMatchObject({ email: 'nina.new@newsdesk.test', role: 'editor', disabled: false, sessionVersion: 1 });
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
    expect(await verifyPassword(row.passwordHash, TEST_PASSWORD)).toBe(true);

    const [entry] = await auditFor(id);
    expect(entry).toMatchObject({ action: 'user.create', actorId: admin.actor.id });
    expect(JSON.stringify(entry!.details)).not.toContain(TEST_PASSWORD);
  });

  it.each([
    ['the same case', 'wes@newsdesk.test'],
    ['a different case', 'WES@Newsdesk.TEST'],
    ['surrounding spaces', '  wes@newsdesk.test '],
  ])('an email already in use (%s) is a field error on `email`', async (_label, email) => {
    const before = await userCount();
    const result = await createUser(db, admin.actor, newUser(email));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(['email']);
    expect(await userCount()).toBe(before);
  });

  it('a short password is a field error on `password`, and no user is created', async () => {
    const before = await userCount();
    const result = await createUser(db, admin.actor, newUser('short@newsdesk.test', { password: 'abc123' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(['password']);
    expect(await findUserByEmail(db, 'short@newsdesk.test')).toBeNull();
    expect(await userCount()).toBe(before);
  });

  it('every malformed field is reported at once', async () => {
    const result = await createUser(db, admin.actor, { email: 'not-an-email', name: '  ', role: 'overlord', password: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'password', 'role']);
  });

  it.each([
    ['an editor', () => editor.actor],
    ['a writer', () => writer.actor],
    ['a disabled admin', () => ({ ...admin.actor, disabled: true })],
  ])('%s cannot create users', async (_label, actorOf: () => Actor) => {
    const before = await userCount();
    const result = await createUser(db, actorOf(), newUser('sneaky@newsdesk.test', { role: 'admin' }));
    expect(result).toEqual({ ok: false, message: 'Only admins can manage users.' });
    expect(await findUserByEmail(db, 'sneaky@newsdesk.test')).toBeNull();
    expect(await userCount()).toBe(before);
  });
});

describe('updateUser', () => {
  it('a role change bumps the session version, ending the user’s sessions', async () => {
    const id = expectCreated(await createUser(db, null, newUser('rolly@newsdesk.test')));
    expect(await sessionVersionOf(id)).toBe(1);

    expectCreated(await updateUser(db, admin.actor, id, { role: 'editor' }));
    expect(await findUserById(db, id)).toMatchObject({ role: 'editor', sessionVersion: 2 });
    expect((await auditFor(id)).at(-1)).toMatchObject({ action: 'user.update', actorId: admin.actor.id, details: { role: 'editor' } });
  });

  it('disabling bumps the session version, and re-enabling bumps it again', async () => {
    const id = expectCreated(await createUser(db, null, newUser('dizzy@newsdesk.test')));
    expectCreated(await updateUser(db, admin.actor, id, { disabled: true }));
    expect(await findUserById(db, id)).toMatchObject({ disabled: true, sessionVersion: 2 });
    expectCreated(await updateUser(db, admin.actor, id, { disabled: false }));
    expect(await findUserById(db, id)).toMatchObject({ disabled: false, sessionVersion: 3 });
  });

  it('a password reset bumps the session version; the old password stops working, the new one works', async () => {
    const id = expectCreated(await createUser(db, null, newUser('forgetful@newsdesk.test')));
    const replacement = 'a brand new passphrase';
    expectCreated(await updateUser(db, admin.actor, id, { password: replacement }));

    const row = (await findUserById(db, id))!;
    expect(row.sessionVersion).toBe(2);
    expect(await verifyPassword(row.passwordHash, TEST_PASSWORD)).toBe(false);
    expect(await verifyPassword(row.passwordHash, replacement)).toBe(true);
    // The audit log says a reset happened, never what the password is.
    const entry = (await auditFor(id)).at(-1)!;
    expect(entry.details).toEqual({ passwordReset: true });
    expect(JSON.stringify(entry)).not.toContain(replacement);
  });

  it('a too-short new password is a field error and changes nothing', async () => {
    const id = expectCreated(await createUser(db, null, newUser('shorty@newsdesk.test')));
    const before = await findUserById(db, id);
    const result = await updateUser(db, admin.actor, id, { password: 'short' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(['password']);
    expect(await findUserById(db, id)).toEqual(before);
  });

  it('an unknown user is reported, not created', async () => {
    const result = await updateUser(db, admin.actor, crypto.randomUUID(), { role: 'admin' });
    expect(result).toEqual({ ok: false, message: 'That user no longer exists.' });
  });

  it.each([
    ['an editor', () => editor.actor],
    ['a writer', () => writer.actor],
    ['a disabled admin', () => ({ ...admin.actor, disabled: true })],
  ])('%s cannot change anyone, themselves included', async (_label, actorOf: () => Actor) => {
    const actor = actorOf();
    const selfBefore = await findUserById(db, actor.id);
    const writerBefore = await findUserById(db, writer.actor.id);
    for (const change of [{ role: 'admin' as const }, { disabled: true }, { password: 'hijacked password' }]) {
      expect(await updateUser(db, actor, actor.id, change)).toEqual({ ok: false, message: 'Only admins can manage users.' });
      expect(await updateUser(db, actor, writer.actor.id, change)).toEqual({ ok: false, message: 'Only admins can manage users.' });
    }
    expect(await findUserById(db, actor.id)).toEqual(selfBefore);
    expect(await findUserById(db, writer.actor.id)).toEqual(writerBefore);
  });
});

describe('at the same moment', () => {
  // BUG: createUser checks findUserByEmail before hashing and inserting, outside any lock, so
  // two creates of the same address race: one succeeds and the other throws the unique-index
  // violation (users_email_lower_idx) instead of answering with a field error. Catching the
  // 23505 on insert and returning the same `email` field error would fix it. Flip to `it` once fixed.
  it.fails('two creates of the same email (a double-click): one user, and a field error for the other', async () => {
    const createTwice = () =>
      Promise.all([
        createUser(db, admin.actor, newUser('same.time@newsdesk.test')),
        createUser(db, admin.actor, newUser('SAME.TIME@newsdesk.test')),
      ]);
    let results: UserResult[];
    if (testDb.driver === 'pglite') {
      results = await createTwice();
    } else {
      // On a real server, make the overlap repeatable: an uncommitted row holding the address
      // makes both inserts wait on the unique index until it is rolled back.
      let both: Promise<UserResult[]> = Promise.resolve([]);
      await db
        .transaction(async (tx) => {
          await tx.insert(users).values({ email: 'same.time@newsdesk.test', name: 'Placeholder' });
          both = createTwice();
          both.catch(() => {}); // observed below; this only stops an early "unhandled rejection"
          await new Promise((resolve) => setTimeout(resolve, 500));
          tx.rollback();
        })
        .catch(() => {});
      results = await both;
    }
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    expect(refused && !refused.ok && refused.fieldErrors).toHaveProperty('email');
  });
});

describe('someone must always be able to manage the newsroom', () => {
  // Runs in order: the first test leaves `admin` as the only active admin.
  it('the last active admin cannot be demoted or disabled, even by themselves', async () => {
    const before = await findUserById(db, admin.actor.id);
    for (const change of [{ role: 'editor' as const }, { role: 'writer' as const }, { disabled: true }]) {
      const result = await updateUser(db, admin.actor, admin.actor.id, change);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.message).toMatch(/last active admin/i);
    }
    expect(await findUserById(db, admin.actor.id)).toEqual(before);

    // Resetting the last admin's own password is fine: it doesn't take the role away.
    expectCreated(await updateUser(db, admin.actor, admin.actor.id, { password: TEST_PASSWORD }));
  });

  it('a disabled admin does not count as a second admin', async () => {
    const sleeper = expectCreated(await createUser(db, admin.actor, newUser('sleeper@newsdesk.test', { role: 'admin' })));
    expectCreated(await updateUser(db, admin.actor, sleeper, { disabled: true }));

    const result = await updateUser(db, admin.actor, admin.actor.id, { role: 'editor' });
    expect(result.ok).toBe(false);
    expect((await findUserById(db, admin.actor.id))!.role).toBe('admin');
  });

  it('with a second active admin, the first can be demoted — and then the second is the last', async () => {
    const second = expectCreated(await createUser(db, admin.actor, newUser('second@newsdesk.test', { role: 'admin' })));
    const versionBefore = await sessionVersionOf(admin.actor.id);

    expectCreated(await updateUser(db, admin.actor, admin.actor.id, { role: 'editor' }));
    expect(await findUserById(db, admin.actor.id)).toMatchObject({ role: 'editor', sessionVersion: versionBefore + 1 });

    const secondActor: Actor = { id: second, role: 'admin', disabled: false };
    const result = await updateUser(db, secondActor, second, { disabled: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/last active admin/i);

    // Put things back for anyone reading the table afterwards.
    expectCreated(await updateUser(db, secondActor, admin.actor.id, { role: 'admin' }));
  });

  // BUG: updateUser checks countOtherActiveAdmins() outside the transaction that writes the
  // change, so two admins demoting each other at the same moment both see "one other admin"
  // and both succeed, leaving the newsroom with no admin at all. Flip to `it` once fixed.
  it.fails('two admins demoting each other at once cannot leave the newsroom without an admin', async () => {
    const [x, y] = await Promise.all([
      createUser(db, null, newUser('twin-x@newsdesk.test', { role: 'admin' })),
      createUser(db, null, newUser('twin-y@newsdesk.test', { role: 'admin' })),
    ]);
    const xId = expectCreated(x);
    const yId = expectCreated(y);
    // Only the twins are active admins.
    await db.update(users).set({ role: 'editor' }).where(and(eq(users.role, 'admin'), sql`${users.id} not in (${xId}, ${yId})`));

    const xActor: Actor = { id: xId, role: 'admin', disabled: false };
    const yActor: Actor = { id: yId, role: 'admin', disabled: false };
    const demoteEachOther = () =>
      Promise.all([updateUser(db, xActor, yId, { role: 'editor' }), updateUser(db, yActor, xId, { role: 'editor' })]);

    if (testDb.driver === 'pglite') {
      // One connection: the two commands' queries interleave in the order they are issued.
      await demoteEachOther();
    } else {
      // A real server runs them in parallel; to make "at the same moment" repeatable, hold
      // both rows locked while the two commands start, so neither can write before both
      // have decided. A correct updateUser decides under a lock too, and then waits here.
      let both: Promise<unknown> = Promise.resolve();
      await db.transaction(async (tx) => {
        await tx.select({ id: users.id }).from(users).where(inArray(users.id, [xId, yId])).for('update');
        both = demoteEachOther();
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
      await both;
    }

    const [row] = await db
      .select({ value: sql<number>`count(*)::int` })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.disabled, false)));
    expect(row!.value).toBeGreaterThanOrEqual(1);
  });
});
