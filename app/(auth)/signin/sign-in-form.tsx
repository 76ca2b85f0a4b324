'use client';

import { useActionState } from 'react';
import { signInWithPassword, type SignInState } from './actions';

const initial: SignInState = { message: null, fieldErrors: {}, email: '' };

/** Where to go after signing in; the server only accepts newsroom paths. */
function callbackFromLocation(): string {
  return new URLSearchParams(window.location.search).get('callbackUrl') ?? '/admin';
}

export function SignInForm() {
  const [state, action, pending] = useActionState(signInWithPassword, initial);
  // Read at submit time, so the page stays fully static: no streamed swap of the form that
  // could drop what someone already typed.
  const submit = (formData: FormData) => {
    formData.set('callbackUrl', callbackFromLocation());
    return action(formData);
  };
  const emailError = state.fieldErrors.email?.[0];
  const passwordError = state.fieldErrors.password?.[0];
  return (
    <form action={submit} className="auth-form" noValidate>
      {state.message ? (
        <p className="form-alert" role="alert">
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? 'email-error' : undefined}
        />
        {emailError ? (
          <p id="email-error" className="field-error">
            {emailError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? 'password-error' : undefined}
        />
        {passwordError ? (
          <p id="password-error" className="field-error">
            {passwordError}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
