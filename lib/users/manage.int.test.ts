import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { auditLog, users } from '@/db/schema';
import { insertTestUser, withTestDatabase } from '@/db/test-support';
import { verifyPassword } from '@/lib/auth/passwords';
import type { Actor } from '@/lib/authz/policy';
import { changeUser, createUser, updateUser } from './manage';

let db: Database;
withTestDatabase((opened) => (db = opened));

// Each test starts from an empty newsroom: the last-admin rules depend on who else exists.
beforeEach(async () => {
  await db.delete(auditLog);
  await db.delete(users);
});

async function row(id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  if (!user) throw new Error(`no user ${id}`);
  return user;
}

const newWriter = { email: 'Writer@Example.com', name: 'Wendy Writer', role: 'writer', password: 'a-long-password' };

describe('createUser', () => {
  it('creates the user with a lower-case email, an argon2 hash and an audit entry', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    const result = await createUser(db, admin.actor, newWriter);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const created = await row(result.value.userId);
    expect(created).toMatchObject({ email: 'writer@example.com', name: 'Wendy Writer', role: 'writer', disabled: false });
    expect(created.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(created.passwordHash, 'a-long-password')).toBe(true);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, result.value.userId));
    expect(audit).toMatchObject([{ actorId: admin.id, action: 'user.create', details: { email: 'writer@example.com', role: 'writer' } }]);
  });

  it('refuses a second account for the same email in any letter case', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    expect((await createUser(db, admin.actor, newWriter)).ok).toBe(true);
    const again = await createUser(db, admin.actor, { ...newWriter, email: '  WRITER@example.COM ' });
    expect(again).toEqual({
      ok: false,
      code: 'invalid',
      message: 'Please fix the highlighted fields.',
      fieldErrors: { email: ['A user with this email already exists'] },
    });
  });

  it('reports every invalid field at once', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    const result = await createUser(db, admin.actor, { email: 'not-an-email', name: ' ', role: 'owner', password: 'short' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['email', 'name', 'password', 'role']);
    expect(result.fieldErrors.password).toEqual(['Use at least 10 characters']);
  });

  it('lets only admins create users', async () => {
    const editor = await insertTestUser(db, { role: 'editor' });
    const writer = await insertTestUser(db, { role: 'writer' });
    const disabledAdmin = await insertTestUser(db, { role: 'admin', disabled: true });
    for (const actor of [editor.actor, writer.actor, disabledAdmin.actor]) {
      expect(await createUser(db, actor, newWriter)).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await db.select().from(users).where(eq(users.email, 'writer@example.com'))).toHaveLength(0);
  });
});

describe('updateUser', () => {
  it('changing the role bumps the session version and records the old role', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    const writer = await insertTestUser(db, { role: 'writer' });
    const result = await updateUser(db, admin.actor, writer.id, { role: 'editor' });
    expect(result).toEqual({ ok: true, value: { userId: writer.id }, tags: [] });
    const after = await row(writer.id);
    expect(after.role).toBe('editor');
    expect(after.sessionVersion).toBe(writer.sessionVersion + 1);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, writer.id), eq(auditLog.action, 'user.update')));
    expect(audit?.details).toEqual({ role: 'editor', previousRole: 'writer' });
  });

  it('disabling, enabling and a password reset each end the user’s sessions', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    const writer = await insertTestUser(db, { role: 'writer' });
    await updateUser(db, admin.actor, writer.id, { disabled: true });
    expect(await row(writer.id)).toMatchObject({ disabled: true, sessionVersion: writer.sessionVersion + 1 });
    await updateUser(db, admin.actor, writer.id, { disabled: false });
    expect(await row(writer.id)).toMatchObject({ disabled: false, sessionVersion: writer.sessionVersion + 2 });
    expect(await updateUser(db, admin.actor, writer.id, { password: 'a-brand-new-secret' })).toMatchObject({ ok: true });
    const after = await row(writer.id);
    expect(after.sessionVersion).toBe(writer.sessionVersion + 3);
    expect(await verifyPassword(after.passwordHash, 'a-brand-new-secret')).toBe(true);
  });

  it('refuses a short new password without touching the account', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    const writer = await insertTestUser(db, { role: 'writer' });
    expect(await updateUser(db, admin.actor, writer.id, { password: 'short' })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { password: ['Use at least 10 characters'] },
    });
    expect((await row(writer.id)).sessionVersion).toBe(writer.sessionVersion);
  });

  it('refuses to demote or disable the last active admin', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    // A disabled admin can't manage anything, so it doesn't count.
    await insertTestUser(db, { role: 'admin', disabled: true });
    const other = await insertTestUser(db, { role: 'writer' });
    const message = 'This is the last active admin: make someone else an admin first.';
    expect(await updateUser(db, admin.actor, admin.id, { role: 'editor' })).toEqual({ ok: false, code: 'invalid', message, fieldErrors: {} });
    expect(await row(admin.id)).toMatchObject({ role: 'admin', disabled: false, sessionVersion: admin.sessionVersion });

    // With a second active admin, the first may step down; then the second is the last one.
    await updateUser(db, admin.actor, other.id, { role: 'admin' });
    expect(await updateUser(db, admin.actor, admin.id, { role: 'writer' })).toMatchObject({ ok: true });
    const secondAdmin: Actor = { id: other.id, role: 'admin', disabled: false };
    expect(await updateUser(db, secondAdmin, other.id, { role: 'editor' })).toEqual({ ok: false, code: 'invalid', message, fieldErrors: {} });
  });

  it('refuses to disable the last active admin', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    const helper = await insertTestUser(db, { role: 'admin' });
    // Disable the helper first (allowed: `admin` remains)…
    expect(await updateUser(db, admin.actor, helper.id, { disabled: true })).toMatchObject({ ok: true });
    // …then `admin` is the last one. A stale actor object for the helper is refused by the
    // policy; the admin can't disable themselves either.
    expect(await updateUser(db, { ...helper.actor, disabled: true }, admin.id, { disabled: true })).toMatchObject({ code: 'forbidden' });
    expect(await updateUser(db, admin.actor, admin.id, { disabled: true })).toMatchObject({ ok: false, code: 'invalid' });
    expect((await row(admin.id)).disabled).toBe(false);
  });

  it('the last-admin rule holds when two admins demote each other at the same moment', async () => {
    const a = await insertTestUser(db, { role: 'admin' });
    const b = await insertTestUser(db, { role: 'admin' });
    const results = await Promise.all([
      updateUser(db, a.actor, b.id, { role: 'editor' }),
      updateUser(db, b.actor, a.id, { role: 'editor' }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const admins = await db.select().from(users).where(eq(users.role, 'admin'));
    expect(admins).toHaveLength(1);
  });

  it('an admin can’t disable their own account', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    await insertTestUser(db, { role: 'admin' });
    expect(await updateUser(db, admin.actor, admin.id, { disabled: true })).toEqual({
      ok: false,
      code: 'invalid',
      message: 'You can’t disable your own account: ask another admin to do it.',
      fieldErrors: {},
    });
  });

  it('refuses writers, editors and disabled admins, and changes nothing', async () => {
    const target = await insertTestUser(db, { role: 'writer' });
    const actors = [
      (await insertTestUser(db, { role: 'writer' })).actor,
      (await insertTestUser(db, { role: 'editor' })).actor,
      (await insertTestUser(db, { role: 'admin', disabled: true })).actor,
    ];
    for (const actor of actors) {
      for (const change of [{ role: 'admin' as const }, { disabled: true }, { password: 'a-long-password' }]) {
        expect(await updateUser(db, actor, target.id, change)).toEqual({
          ok: false,
          code: 'forbidden',
          message: 'Only admins can manage users.',
          fieldErrors: {},
        });
      }
    }
    expect(await row(target.id)).toMatchObject({ role: 'writer', disabled: false, sessionVersion: target.sessionVersion });
  });

  it('answers not found for a user that doesn’t exist', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    expect(await updateUser(db, admin.actor, '00000000-0000-4000-8000-000000000000', { role: 'writer' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
  });
});

describe('changeUser (form input)', () => {
  it('applies a role, status or password change sent as form strings', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    const writer = await insertTestUser(db, { role: 'writer' });
    expect(await changeUser(db, admin.actor, { change: 'role', id: writer.id, role: 'editor' })).toMatchObject({ ok: true });
    expect(await changeUser(db, admin.actor, { change: 'status', id: writer.id, disabled: 'true' })).toMatchObject({ ok: true });
    expect(await row(writer.id)).toMatchObject({ role: 'editor', disabled: true, sessionVersion: writer.sessionVersion + 2 });
    expect(await changeUser(db, admin.actor, { change: 'status', id: writer.id, disabled: 'false' })).toMatchObject({ ok: true });
    expect(await changeUser(db, admin.actor, { change: 'password', id: writer.id, password: 'short' })).toMatchObject({
      ok: false,
      fieldErrors: { password: ['Use at least 10 characters'] },
    });
    expect((await row(writer.id)).disabled).toBe(false);
  });

  it('checks the policy before looking at the input', async () => {
    const editor = await insertTestUser(db, { role: 'editor' });
    expect(await changeUser(db, editor.actor, { change: 'nonsense' })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('turns garbage into field errors, never an exception', async () => {
    const admin = await insertTestUser(db, { role: 'admin' });
    expect(await changeUser(db, admin.actor, { change: 'role', id: 'x', role: 'owner' })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { id: ['Unknown user'], role: ['Choose a role'] },
    });
    expect(await changeUser(db, admin.actor, { change: 'explode' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await changeUser(db, admin.actor, null)).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('createUser reports a taken email with the other problems', () => {
  it('lists the duplicate email next to a short password', async () => {
    const admin = await insertTestUser(db, { role: 'admin', email: 'taken@newsdesk.test' });
    expect(await createUser(db, admin.actor, { email: 'TAKEN@newsdesk.test', name: 'Copy', role: 'writer', password: 'short' })).toMatchObject({
      ok: false,
      fieldErrors: { email: ['A user with this email already exists'], password: ['Use at least 10 characters'] },
    });
  });
});
