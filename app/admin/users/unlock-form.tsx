'use client';

import { FormMessage, SubmitButton } from '@/components/admin/form-fields';
import { useFormAction } from '@/components/admin/use-form-action';
import { unlockSignInAction } from './actions';

/** The Unlock button beside an account with failed sign-ins. */
export function UnlockForm({ userId, name }: { userId: string; name: string }) {
  const { state, pending, formProps } = useFormAction(unlockSignInAction);
  return (
    <form {...formProps} aria-label={`Unlock sign-in for ${name}`}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={userId} />
      <SubmitButton pending={pending} pendingLabel="Unlocking…" variant="plain">
        Unlock
      </SubmitButton>
    </form>
  );
}
