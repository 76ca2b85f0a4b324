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
export function useFormAction<T>(
  action: FormAction<T>,
  {
    resetOnSuccess = false,
    beforeSubmit,
  }: {
    resetOnSuccess?: boolean;
    /** A quick check in the browser (a file too big to send, say); false keeps the form here. */
    beforeSubmit?: (form: HTMLFormElement, submitter: HTMLElement | null) => boolean;
  } = {},
) {
  const [state, dispatch, pending] = useActionState<FormState<T>, FormData>(action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status === 'success') {
      if (resetOnSuccess) form.reset();
      // A sent file has been stored: keeping it selected would upload it again on the next save.
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="file"]')) input.value = '';
    }
    // Take keyboard and screen-reader users to the first field that needs fixing.
    if (state.status === 'error') form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (beforeSubmit && !beforeSubmit(event.currentTarget, submitter)) return;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }

  return { state, pending, formProps: { ref: formRef, action: dispatch, onSubmit } };
}
