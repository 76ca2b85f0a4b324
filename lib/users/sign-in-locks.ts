import { z } from 'zod';
import type { Database } from '@/db/connection';
import { findUserById } from '@/db/queries/users';
import { auditLog } from '@/db/schema';
import { type AccountLockStatus, LoginLimiter } from '@/lib/auth/login-limiter';
import { can, type Actor } from '@/lib/authz/policy';
import type { Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation';

export type { AccountLockStatus } from '@/lib/auth/login-limiter';

const unlockSchema = z.object({ id: z.uuid('Choose a user') });

/** Whether the admins' list should point at an account: failures in the last hour, a lock, a wait. */
export function needsAttention(status: AccountLockStatus): boolean {
  return status.recentFailures > 0 || status.lockedAddresses > 0 || status.waitSeconds > 0;
}

/** The sign-in state of each listed user, for the flags on /admin/users. */
export async function signInLockStatuses(
  db: Database,
  accounts: readonly { id: string; email: string }[],
): Promise<Map<string, AccountLockStatus>> {
  const limiter = new LoginLimiter(db);
  const entries = await Promise.all(accounts.map(async (account) => [account.id, await limiter.status(account.email)] as const));
  return new Map(entries);
}

/**
 * An admin lets someone back in: the account's failed sign-ins, its pace and every address's
 * lock on it are cleared (lib/auth/login-limiter.ts), and the audit log says who did it.
 * Per-address limits across accounts stay: they belong to the address, not to this user.
 */
export async function unlockSignIn(db: Database, actor: Actor, input: unknown): Promise<Result<{ userId: string }>> {
  if (!can(actor, 'users:unlock')) {
    return { ok: false, code: 'forbidden', message: 'Only admins can unlock sign-ins.', fieldErrors: {} };
  }
  const parsed = unlockSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: 'invalid', message: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const user = await findUserById(db, parsed.data.id);
  if (!user) return { ok: false, code: 'not_found', message: 'That user no longer exists.', fieldErrors: {} };
  await new LoginLimiter(db).unlock(user.email);
  await db.insert(auditLog).values({ actorId: actor.id, action: 'user.unlock', entityType: 'user', entityId: user.id, details: {} });
  return { ok: true, value: { userId: user.id }, tags: [] };
}
