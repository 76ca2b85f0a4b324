'use client';

import { FormMessage, SubmitButton } from '@/components/admin/form-fields';
import type { FormAction } from '@/components/admin/form-state';
import { useFormAction } from '@/components/admin/use-form-action';
import type { DeletedImage } from '@/lib/media/manage';

/** Delete, confirmed in the browser; a picture a story uses is refused with their names. */
export function DeleteImageForm({ imageId, action }: { imageId: string; action: FormAction<DeletedImage> }) {
  const { state, pending, formProps } = useFormAction(action, {
    beforeSubmit: () => window.confirm('Delete this picture and all its crops? This can’t be undone.'),
  });
  return (
    <form {...formProps} className="delete-image">
      <FormMessage state={state} fields={['id', 'usage']} />
      <input type="hidden" name="id" value={imageId} />
      <SubmitButton pending={pending} pendingLabel="Deleting…" variant="danger">
        Delete picture
      </SubmitButton>
    </form>
  );
}
