'use client';

import { type ChangeEvent, useState } from 'react';
import { FormMessage, SubmitButton, TextAreaField, TextField } from '@/components/admin/form-fields';
import { errorsFor, valueFor } from '@/components/admin/form-state';
import { useFormAction } from '@/components/admin/use-form-action';
import { SourceLogo } from '@/components/ui/source-logo';
import { LOGO_MAX_BYTES, LOGO_TYPES } from '@/lib/media/logo';
import { createSourceAction, updateSourceAction } from './actions';

export interface SourceValues {
  id: string;
  name: string;
  slug: string;
  homepageUrl: string | null;
  description: string;
  logoUrl: string | null;
}

const fields = ['name', 'slug', 'homepageUrl', 'description', 'logoUrl', 'logoFile'] as const;

/**
 * The browser's quick look at a chosen logo, so a 5 MB photo is refused before it is sent
 * (it would exceed the server action's body limit). The server checks the bytes again.
 */
function fileProblem(file: File | undefined): string | null {
  if (!file || file.size === 0) return null;
  if (file.size > LOGO_MAX_BYTES) return `The logo must be at most 512 KB; this file is ${Math.ceil(file.size / 1024)} KB.`;
  if (file.type && !(LOGO_TYPES as readonly string[]).includes(file.type)) return 'Upload a PNG, JPEG or WebP image (SVG isn’t accepted).';
  return null;
}

export function SourceForm({ source }: { source?: SourceValues }) {
  const [fileError, setFileError] = useState<string | null>(null);
  const { state, pending, formProps } = useFormAction(source ? updateSourceAction : createSourceAction, {
    beforeSubmit: (form) => {
      const input = form.elements.namedItem('logoFile');
      const problem = input instanceof HTMLInputElement ? fileProblem(input.files?.[0]) : null;
      setFileError(problem);
      return problem === null;
    },
  });
  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => setFileError(fileProblem(event.target.files?.[0]));
  const fileErrors = fileError ? [fileError] : errorsFor(state, 'logoFile');

  return (
    <form {...formProps} className="admin-form" noValidate>
      <FormMessage state={state} fields={fields} />
      {source ? <input type="hidden" name="id" value={source.id} /> : null}
      <TextField name="name" label="Name" required maxLength={120} defaultValue={valueFor(state, 'name', source?.name)} errors={errorsFor(state, 'name')} />
      <TextField
        name="slug"
        label="Slug"
        defaultValue={valueFor(state, 'slug', source?.slug)}
        errors={errorsFor(state, 'slug')}
        hint={
          source
            ? 'The profile’s address: /sources/your-slug. The old address keeps working: it redirects to the new one.'
            : 'The profile’s address: /sources/your-slug. Leave it empty to make one from the name.'
        }
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        name="homepageUrl"
        label="Website"
        type="url"
        inputMode="url"
        placeholder="https://"
        defaultValue={valueFor(state, 'homepageUrl', source?.homepageUrl ?? '')}
        errors={errorsFor(state, 'homepageUrl')}
      />
      <TextAreaField
        name="description"
        label="Description"
        maxLength={500}
        defaultValue={valueFor(state, 'description', source?.description)}
        errors={errorsFor(state, 'description')}
        hint="One or two sentences for the profile page. At most 500 characters."
      />
      <fieldset className="fieldset">
        <legend>Logo</legend>
        {source?.logoUrl ? (
          <div className="logo-current">
            <SourceLogo name={source.name} logoUrl={source.logoUrl} size={48} />
            <span className="field-hint">Current logo</span>
          </div>
        ) : null}
        <TextField
          name="logoFile"
          label="Upload an image"
          type="file"
          accept={LOGO_TYPES.join(',')}
          onChange={onFileChange}
          errors={fileErrors}
          hint="PNG, JPEG or WebP, at most 512 KB; square works best. An upload replaces the address below."
        />
        <TextField
          name="logoUrl"
          label="Or the logo’s address"
          inputMode="url"
          defaultValue={valueFor(state, 'logoUrl', source?.logoUrl ?? '')}
          errors={errorsFor(state, 'logoUrl')}
          hint="An https:// address, or a path on this site such as /logos/name.svg. Empty for no logo."
          autoCapitalize="none"
          spellCheck={false}
        />
      </fieldset>
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {source ? 'Save changes' : 'Create source'}
        </SubmitButton>
      </div>
    </form>
  );
}
