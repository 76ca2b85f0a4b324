'use client';

import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/admin/form-fields';
import { errorsFor, valueFor } from '@/components/admin/form-state';
import { useFormAction } from '@/components/admin/use-form-action';
import type { Role } from '@/lib/authz/policy';
import { changeUserAction } from '../actions';
import { roleOptions } from '../roles';

interface Target {
  id: string;
  name: string;
  role: Role;
  disabled: boolean;
}

function Hidden({ id, change }: { id: string; change: 'role' | 'status' | 'password' }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="change" value={change} />
    </>
  );
}

export function RoleForm({ user, self }: { user: Target; self: boolean }) {
  const { state, pending, formProps } = useFormAction(changeUserAction);
  return (
    <form {...formProps} className="admin-form" aria-labelledby="role-title" noValidate>
      <h2 id="role-title">Role</h2>
      <FormMessage state={state} fields={['role']} />
      <Hidden id={user.id} change="role" />
      <SelectField
        name="role"
        label="Role"
        options={roleOptions}
        defaultValue={valueFor(state, 'role', user.role)}
        errors={errorsFor(state, 'role')}
        hint={self ? 'This is you: changing your role signs you out.' : 'Changing the role signs them out everywhere.'}
      />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Change role
      </SubmitButton>
    </form>
  );
}

export function StatusForm({ user, self }: { user: Target; self: boolean }) {
  const { state, pending, formProps } = useFormAction(changeUserAction);
  return (
    <form {...formProps} className="admin-form" aria-labelledby="status-title" noValidate>
      <h2 id="status-title">Account</h2>
      <FormMessage state={state} />
      <Hidden id={user.id} change="status" />
      <input type="hidden" name="disabled" value={user.disabled ? 'false' : 'true'} />
      {user.disabled ? (
        <p className="field-hint">Disabled: they can’t sign in. Enabling lets them sign in again with their password.</p>
      ) : (
        <p className="field-hint">
          {self
            ? 'You can’t disable your own account; another admin can.'
            : 'Disabling signs them out everywhere at once and stops them signing in. Their stories stay.'}
        </p>
      )}
      {user.disabled ? (
        <SubmitButton pending={pending} pendingLabel="Enabling…">
          Enable account
        </SubmitButton>
      ) : self ? null : (
        <SubmitButton pending={pending} pendingLabel="Disabling…" variant="danger">
          Disable account
        </SubmitButton>
      )}
    </form>
  );
}

export function PasswordForm({ user, self }: { user: Target; self: boolean }) {
  const { state, pending, formProps } = useFormAction(changeUserAction, { resetOnSuccess: true });
  return (
    <form {...formProps} className="admin-form" aria-labelledby="password-title" noValidate>
      <h2 id="password-title">Reset password</h2>
      <FormMessage state={state} fields={['password']} />
      <Hidden id={user.id} change="password" />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
        errors={errorsFor(state, 'password')}
        hint={self ? 'At least 10 characters. Resetting your own password signs you out.' : 'At least 10 characters. It signs them out everywhere.'}
      />
      <SubmitButton pending={pending} pendingLabel="Resetting…">
        Reset password
      </SubmitButton>
    </form>
  );
}
