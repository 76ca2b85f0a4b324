'use client';

import { FormMessage, SubmitButton, TextField } from '@/components/admin/form-fields';
import { errorsFor, valueFor } from '@/components/admin/form-state';
import { useFormAction } from '@/components/admin/use-form-action';
import { createSectionAction, updateSectionAction } from './actions';

const fields = ['name', 'slug'] as const;

export function SectionForm({ section }: { section?: { id: string; name: string; slug: string } }) {
  const { state, pending, formProps } = useFormAction(section ? updateSectionAction : createSectionAction, {
    resetOnSuccess: !section,
  });
  return (
    <form {...formProps} className="admin-form" noValidate aria-label={section ? undefined : 'Add a section'}>
      <FormMessage state={state} fields={fields} />
      {section ? <input type="hidden" name="id" value={section.id} /> : null}
      <TextField name="name" label="Name" required maxLength={120} defaultValue={valueFor(state, 'name', section?.name)} errors={errorsFor(state, 'name')} />
      <TextField
        name="slug"
        label="Slug"
        defaultValue={valueFor(state, 'slug', section?.slug)}
        errors={errorsFor(state, 'slug')}
        hint={
          section
            ? 'The section’s address: /sections/your-slug. The old address keeps working: it redirects to the new one.'
            : 'The section’s address: /sections/your-slug. Leave it empty to make one from the name.'
        }
        autoCapitalize="none"
        spellCheck={false}
      />
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {section ? 'Save changes' : 'Add section'}
        </SubmitButton>
      </div>
    </form>
  );
}
