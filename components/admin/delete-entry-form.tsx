'use client';

import { FormMessage, SubmitButton } from './form-fields';
import type { FormAction } from './form-state';
import { useFormAction } from './use-form-action';

/**
 * Deleting a source, section or person: behind a disclosure so it is never one stray
 * click. A refusal (still in use) lists the stories in the alert (FormMessage shows the
 * `usedBy` field errors as a list).
 */
export function DeleteEntryForm<T>({
  action,
  id,
  what,
  hint,
}: {
  action: FormAction<T>;
  id: string;
  /** "this source", "Ana Ruiz's profile". */
  what: string;
  hint: string;
}) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <details className="danger-zone" open={state.status === 'error' ? true : undefined}>
      <summary>Delete {what}</summary>
      <form {...formProps} className="admin-form">
        <FormMessage state={state} />
        <input type="hidden" name="id" value={id} />
        <p className="field-hint">{hint}</p>
        <div className="form-actions">
          <SubmitButton pending={pending} pendingLabel="Deleting…" variant="danger">
            Delete {what}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
