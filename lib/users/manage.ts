import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { cleanString } from '@/lib/text/controls';
import type { Database } from '@/db/connection';
import { uniqueViolation } from '@/db/errors';
import { findUserByEmail, lockActiveAdminIds, lockUser } from '@/db/queries/users';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can, type Actor, type Role } from '@/lib/authz/policy';
import { hashPassword, passwordSchema } from '@/lib/auth/passwords';
import { fail, ok, type Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation';
import { ROLES } from '@/lib/vocabulary';

export const roleSchema = z.enum(ROLES, { error: 'Choose a role' });

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address')),
  name: cleanString().trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters'),
  role: roleSchema,
  password: passwordSchema,
});

/** What a user command reports; users appear on no public page, so it touches no cache tags. */
export interface SavedUser {
  userId: string;
}

const forbidden = () => fail.forbidden('Only admins can manage users.');
const notFound = () => fail.notFound('That user no longer exists.');
const invalid = (fieldErrors: Record<string, string[]>) => fail.invalid(fieldErrors);
/** A well-formed request the newsroom's rules refuse: no field is wrong. */
const refused = (message: string) => fail.invalid({}, message);

const duplicateEmail = () => invalid({ email: ['A user with this email already exists'] });

/** Creates a user. `actor` null means the command line (`npm run user:create`), trusted. */
export async function createUser(db: Database, actor: Actor | null, input: unknown): Promise<Result<SavedUser>> {
  if (actor && !can(actor, 'users:manage')) return forbidden();
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    // Every problem at once: a taken address too, when the address itself is well formed.
    const fieldErrors = fieldErrorsOf(parsed.error);
    const email = newUserSchema.shape.email.safeParse((input as { email?: unknown } | null)?.email);
    if (!fieldErrors.email && email.success && (await findUserByEmail(db, email.data))) {
      fieldErrors.email = ['A user with this email already exists'];
    }
    return invalid(fieldErrors);
  }
  const { email, name, role, password } = parsed.data;
  if (await findUserByEmail(db, email)) return duplicateEmail();
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ email, name, role, passwordHash }).returning({ id: users.id });
      if (!user) throw new Error('Creating a user returned no row');
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        action: 'user.create',
        entity: { type: 'user', id: user.id },
        details: { email, role },
      });
      return ok({ userId: user.id });
    });
  } catch (error) {
    // Two admins adding the same address at once: the second meets the unique index.
    if (uniqueViolation(error)) return duplicateEmail();
    throw error;
  }
}

export type UserChange = { role: Role } | { disabled: boolean } | { password: string };

/**
 * Changes a user's role, disabled flag or password. Each bumps the session version, which
 * ends the user's existing sessions at once. The last active admin can't be demoted or
 * disabled: someone must always be able to manage the newsroom. Admins can't disable
 * themselves either: they would be locked out by their own click.
 */
export async function updateUser(db: Database, actor: Actor, userId: string, change: UserChange): Promise<Result<SavedUser>> {
  if (!can(actor, 'users:manage')) return forbidden();

  let values: Partial<typeof users.$inferInsert>;
  let details: Record<string, unknown>;
  if ('password' in change) {
    const password = passwordSchema.safeParse(change.password);
    if (!password.success) return invalid({ password: password.error.issues.map((i) => i.message) });
    values = { passwordHash: await hashPassword(password.data) };
    details = { passwordReset: true };
  } else if ('role' in change) {
    const role = roleSchema.safeParse(change.role);
    if (!role.success) return invalid({ role: role.error.issues.map((i) => i.message) });
    values = { role: role.data };
    details = { role: role.data };
  } else {
    values = { disabled: change.disabled };
    details = { disabled: change.disabled };
  }
  if ('disabled' in change && change.disabled && userId === actor.id) {
    return refused('You can’t disable your own account: ask another admin to do it.');
  }

  return db.transaction(async (tx): Promise<Result<SavedUser>> => {
    // The active admins are locked first, in one order, so two admins demoting each other
    // at the same moment can't both pass the check and leave nobody in charge.
    const activeAdmins = await lockActiveAdminIds(tx);
    const target = await lockUser(tx, userId);
    if (!target) return notFound();

    const losesAdmin =
      target.role === 'admin' && !target.disabled &&
      (('role' in change && change.role !== 'admin') || ('disabled' in change && change.disabled));
    if (losesAdmin && !activeAdmins.some((id) => id !== target.id)) {
      return refused('This is the last active admin: make someone else an admin first.');
    }

    await tx
      .update(users)
      .set({ ...values, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, target.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.update',
      entity: { type: 'user', id: target.id },
      details: 'role' in details ? { ...details, previousRole: target.role } : details,
    });
    return ok({ userId: target.id });
  });
}

/** One change from the newsroom's user page; `change` says which form sent it. */
export const userChangeSchema = z.discriminatedUnion(
  'change',
  [
    z.object({ change: z.literal('role'), id: z.uuid('Unknown user'), role: roleSchema }),
    z.object({
      change: z.literal('status'),
      id: z.uuid('Unknown user'),
      disabled: z.union([z.boolean(), z.stringbool()], { error: 'Choose enabled or disabled' }),
    }),
    z.object({ change: z.literal('password'), id: z.uuid('Unknown user'), password: z.string() }),
  ],
  { error: 'Unknown change' },
);

/** `updateUser` for untrusted input (a form): the policy first, then the input is parsed. */
export async function changeUser(db: Database, actor: Actor, input: unknown): Promise<Result<SavedUser>> {
  if (!can(actor, 'users:manage')) return forbidden();
  const parsed = userChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { id, ...rest } = parsed.data;
  switch (rest.change) {
    case 'role':
      return updateUser(db, actor, id, { role: rest.role });
    case 'status':
      return updateUser(db, actor, id, { disabled: rest.disabled });
    case 'password':
      return updateUser(db, actor, id, { password: rest.password });
  }
}
