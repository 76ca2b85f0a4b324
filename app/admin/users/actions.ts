'use server';

import { redirect } from 'next/navigation';
import { defineAction, failed, toActionState } from '@/app/_server/action';
import { formAction, formInput } from '@/app/admin/_server/forms';
import { changeUser, createUser } from '@/lib/users/manage';
import { unlockSignIn } from '@/lib/users/sign-in-locks';

/*
 * Each action is a public endpoint: defineAction authenticates against the database;
 * lib/users/manage checks the policy, validates, and bumps the user's session version so a
 * change of role, status or password ends their sessions at once.
 */

export const createUserAction = formAction(
  defineAction('createUserAction', formInput, async (input, { actor, db }) => {
    const result = await createUser(db, actor, input);
    if (result.ok) redirect(`/admin/users?created=${result.value.userId}`);
    return toActionState(result, 'User created', { refreshPage: true });
  }),
  { secret: ['password'] },
);

function successMessage(input: Record<string, unknown>): string {
  switch (input.change) {
    case 'role':
      return 'Role changed. Their open sessions have ended: they sign in again with the new role.';
    case 'status':
      return input.disabled === 'true' ? 'Account disabled and signed out everywhere.' : 'Account enabled: they can sign in again.';
    case 'password':
      return 'Password reset. Their open sessions have ended: give them the new password.';
    default:
      return 'Saved';
  }
}

export const changeUserAction = formAction(
  defineAction('changeUserAction', formInput, async (input, { actor, db }) => {
    return toActionState(await changeUser(db, actor, input), successMessage(input), { refreshPage: true });
  }),
  { secret: ['password'] },
);

/**
 * Lets someone back in after failed sign-ins (lib/users/sign-in-locks.ts checks the policy).
 * The list then shows a notice; the flag itself is gone from the re-rendered row.
 */
export const unlockSignInAction = formAction(
  defineAction('unlockSignInAction', formInput, async (input, { actor, db }) => {
    const result = await unlockSignIn(db, actor, input);
    if (!result.ok) return failed(result.code, result.message, result.fieldErrors);
    redirect(`/admin/users?unlocked=${result.value.userId}`);
  }),
);
