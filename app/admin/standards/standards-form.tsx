'use client';

import { FormMessage, SubmitButton, TextAreaField, TextField } from '@/components/admin/form-fields';
import { errorsFor, valueFor } from '@/components/admin/form-state';
import { useFormAction } from '@/components/admin/use-form-action';
import { STANDARDS_BODY_MAX } from '@/lib/standards/limits';
import { saveStandardsPageAction } from './actions';

const fields = ['title', 'body'] as const;

export function StandardsForm({ page }: { page: { slug: string; title: string; text: string } }) {
  const { state, pending, formProps } = useFormAction(saveStandardsPageAction);
  return (
    <form {...formProps} className="admin-form" noValidate>
      <FormMessage state={state} fields={fields} />
      <input type="hidden" name="slug" value={page.slug} />
      <TextField name="title" label="Title" required maxLength={120} defaultValue={valueFor(state, 'title', page.title)} errors={errorsFor(state, 'title')} />
      <TextAreaField
        name="body"
        label="Text"
        rows={24}
        maxLength={STANDARDS_BODY_MAX}
        defaultValue={valueFor(state, 'body', page.text)}
        errors={errorsFor(state, 'body')}
        hint={
          <>
            A blank line starts a new paragraph. <code>## </code> starts a heading (<code>### </code> a smaller one); lines
            starting <code>- </code> make a list (<code>1. </code> a numbered one); <code>[words](https://…)</code> or{' '}
            <code>[words](mailto:…)</code> makes a link.
          </>
        }
      />
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save page
        </SubmitButton>
      </div>
    </form>
  );
}
