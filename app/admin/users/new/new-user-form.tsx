'use client';

import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/admin/form-fields';
import { errorsFor, valueFor } from '@/components/admin/form-state';
import { useFormAction } from '@/components/admin/use-form-action';
import { createUserAction } from '../actions';
import { roleOptions } from '../roles';

const fields = ['email', 'name', 'role', 'password'] as const;

export function NewUserForm() {
  const { state, pending, formProps } = useFormAction(createUserAction);
  return (
    <form {...formProps} className="admin-form" noValidate>
      <FormMessage state={state} fields={fields} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="off"
        required
        defaultValue={valueFor(state, 'email')}
        errors={errorsFor(state, 'email')}
      />
      <TextField name="name" label="Name" required defaultValue={valueFor(state, 'name')} errors={errorsFor(state, 'name')} />
      <SelectField
        name="role"
        label="Role"
        options={roleOptions}
        defaultValue={valueFor(state, 'role', 'writer')}
        errors={errorsFor(state, 'role')}
      />
      <TextField
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
        hint="At least 10 characters. Share it with them privately."
        errors={errorsFor(state, 'password')}
      />
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel="Creating…">
          Create user
        </SubmitButton>
      </div>
    </form>
  );
}
