import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/connection';
import { countOtherActiveAdmins, findUserByEmail, findUserById } from '@/db/queries/users';
import { auditLog, users } from '@/db/schema';
import { can, type Actor, type Role } from '@/lib/authz/policy';
import { hashPassword, passwordSchema } from '@/lib/auth/passwords';
import { fieldErrorsOf } from '@/lib/validation';

export const roleSchema = z.enum(['admin', 'editor', 'writer'], { error: 'Choose a role' });

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address')),
  name: z.string().trim().min(1, 'Enter a name').max(120),
  role: roleSchema,
  password: passwordSchema,
});

export type UserResult =
  | { ok: true; userId: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

const forbidden: UserResult = { ok: false, message: 'Only admins can manage users.' };

/** Creates a user. `actor` null means the command line (`npm run user:create`), trusted. */
export async function createUser(db: Database, actor: Actor | null, input: unknown): Promise<UserResult> {
  if (actor && !can(actor, 'users:manage')) return forbidden;
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, name, role, password } = parsed.data;
  if (await findUserByEmail(db, email)) {
    return { ok: false, message: 'Please fix the highlighted fields.', fieldErrors: { email: ['A user with this email already exists'] } };
  }
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [user] = await tx.insert(users).values({ email, name, role, passwordHash }).returning({ id: users.id });
    if (!user) throw new Error('Creating a user returned no row');
    await tx.insert(auditLog).values({
      actorId: actor?.id ?? null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      details: { email, role },
    });
    return { ok: true as const, userId: user.id };
  });
}

type UserChange = { role: Role } | { disabled: boolean } | { password: string };

/**
 * Changes a user's role, disabled flag or password. Each bumps the session version, which
 * ends the user's existing sessions at once. The last active admin can't be demoted or
 * disabled: someone must always be able to manage the newsroom.
 */
export async function updateUser(db: Database, actor: Actor, userId: string, change: UserChange): Promise<UserResult> {
  if (!can(actor, 'users:manage')) return forbidden;
  const target = await findUserById(db, userId);
  if (!target) return { ok: false, message: 'That user no longer exists.' };

  const losesAdmin =
    target.role === 'admin' && !target.disabled &&
    (('role' in change && change.role !== 'admin') || ('disabled' in change && change.disabled));
  if (losesAdmin && (await countOtherActiveAdmins(db, target.id)) === 0) {
    return { ok: false, message: 'This is the last active admin: make someone else an admin first.' };
  }

  let values: Partial<typeof users.$inferInsert>;
  let details: Record<string, unknown>;
  if ('password' in change) {
    const password = passwordSchema.safeParse(change.password);
    if (!password.success) return { ok: false, message: 'Please fix the highlighted fields.', fieldErrors: { password: password.error.issues.map((i) => i.message) } };
    values = { passwordHash: await hashPassword(password.data) };
    details = { passwordReset: true };
  } else {
    values = change;
    details = change;
  }
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...values, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, target.id));
    await tx.insert(auditLog).values({
      actorId: actor.id,
      action: 'user.update',
      entityType: 'user',
      entityId: target.id,
      details,
    });
  });
  return { ok: true, userId: target.id };
}
