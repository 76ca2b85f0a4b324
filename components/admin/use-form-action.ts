'use client';

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from 'react';
import { type FormAction, type FormState, initialFormState } from './form-state';

/**
 * useActionState for newsroom forms, without React's automatic form reset: React 19 clears
 * uncontrolled fields after every form action, which would wipe what the editor typed — and
 * a chosen file or password can't be refilled from state. So the submit is dispatched by
 * hand (React skips its own handling when the event is already prevented) and the fields
 * keep their values. Without JavaScript the form still posts to the same action.
 */
export function useFormAction<T>(action: FormAction<T>, { resetOnSuccess = false } = {}) {
  const [state, dispatch, pending] = useActionState<FormState<T>, FormData>(action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status === 'success' && resetOnSuccess) form.reset();
    // Take keyboard and screen-reader users to the first field that needs fixing.
    if (state.status === 'error') form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }

  return { state, pending, formProps: { ref: formRef, action: dispatch, onSubmit } };
}
