'use client';

import { FormMessage, TextAreaField } from '@/components/admin/form-fields';
import { errorsFor, type FormAction, valueFor } from '@/components/admin/form-state';
import { useFormAction } from '@/components/admin/use-form-action';

/** An editor's answer to one proposed correction: publish it, or decline with a note. */
export function ProposalReview({ proposalId, action }: { proposalId: string; action: FormAction<{ id: string; correctionId: string | null }> }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="admin-form proposal-review" noValidate aria-label="Review this proposal">
      <FormMessage state={state} fields={['note']} />
      <input type="hidden" name="id" value={proposalId} />
      <TextAreaField
        name="note"
        label="Note to the writer"
        hint="Needed to decline; optional when publishing."
        rows={2}
        maxLength={1000}
        defaultValue={valueFor(state, 'note')}
        errors={errorsFor(state, 'note')}
      />
      <div className="form-actions">
        <button type="submit" name="decision" value="accept" className="button button--primary" disabled={pending}>
          Publish as correction
        </button>
        <button type="submit" name="decision" value="decline" className="button" disabled={pending}>
          Decline
        </button>
      </div>
    </form>
  );
}
