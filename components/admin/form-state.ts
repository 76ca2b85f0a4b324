import type { ActionState } from '@/lib/actions/action-state';

/**
 * What a newsroom form's action returns: the action's state plus, after an error, the text
 * fields as they were sent. With JavaScript the form is never reset (useFormAction); without
 * it the page is rendered anew and the fields refill from `values` (passwords excepted).
 */
export type FormState<T = null> = ActionState<T> & { values?: Record<string, string> };

export type FormAction<T = null> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

export const initialFormState: FormState<never> = { status: 'idle' };

/** A field's errors from the state, if any. */
export function errorsFor(state: FormState<unknown>, name: string): string[] | undefined {
  return state.status === 'error' ? state.fieldErrors[name] : undefined;
}

/** What the field showed when the form was sent, or `fallback` (the stored value). */
export function valueFor(state: FormState<unknown>, name: string, fallback = ''): string {
  return state.values?.[name] ?? fallback;
}
