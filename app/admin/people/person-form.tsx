'use client';

import { type ChangeEvent, useState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/admin/form-fields';
import { errorsFor, valueFor } from '@/components/admin/form-state';
import { useFormAction } from '@/components/admin/use-form-action';
import { describedBy, FieldErrors } from '@/components/editor/field-errors';
import { RichTextField } from '@/components/editor/tiptap/rich-text-field';
import type { RichTextDoc } from '@/lib/content';
import { LOGO_MAX_BYTES, LOGO_TYPES } from '@/lib/media/logo';
import { BIO_MAX } from '@/lib/people/schemas';
import { createPersonAction, updatePersonAction } from './actions';
import '@/components/editor/editor.css';

export interface PersonValues {
  id: string;
  name: string;
  slug: string;
  jobTitle: string;
  bio: RichTextDoc | null;
  beats: string;
  links: string;
  photoUrl: string | null;
  userId: string | null;
}

export interface AccountOption {
  id: string;
  name: string;
  email: string;
}

const fields = ['name', 'slug', 'jobTitle', 'bio', 'beats', 'links', 'photoUrl', 'photoFile', 'userId'] as const;
const EMPTY_BIO: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

function fileProblem(file: File | undefined): string | null {
  if (!file || file.size === 0) return null;
  if (file.size > LOGO_MAX_BYTES) return `The photo must be at most 512 KB; this file is ${Math.ceil(file.size / 1024)} KB.`;
  if (file.type && !(LOGO_TYPES as readonly string[]).includes(file.type)) return 'Upload a PNG, JPEG or WebP image.';
  return null;
}

/**
 * A person's profile. The bio is rich text (bold, italic, links) edited with the same TipTap
 * field as a story's summary; its JSON travels in a hidden field and the server puts it
 * through the allowlist. `accounts` is null for a writer editing their own profile: linking
 * profiles to accounts is an editor's call.
 */
export function PersonForm({ person, accounts }: { person?: PersonValues; accounts: AccountOption[] | null }) {
  const [fileError, setFileError] = useState<string | null>(null);
  const { state, pending, formProps } = useFormAction(person ? updatePersonAction : createPersonAction, {
    beforeSubmit: (form) => {
      const input = form.elements.namedItem('photoFile');
      const problem = input instanceof HTMLInputElement ? fileProblem(input.files?.[0]) : null;
      setFileError(problem);
      return problem === null;
    },
  });
  // Kept in state, not in the field's DOM: a refused save leaves what was typed in place.
  const [bio, setBio] = useState<RichTextDoc>(() => person?.bio ?? EMPTY_BIO);
  const bioErrors = errorsFor(state, 'bio');
  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => setFileError(fileProblem(event.target.files?.[0]));

  return (
    <form {...formProps} className="admin-form" noValidate>
      <FormMessage state={state} fields={fields} />
      {person ? <input type="hidden" name="id" value={person.id} /> : null}
      <TextField name="name" label="Name" required maxLength={120} defaultValue={valueFor(state, 'name', person?.name)} errors={errorsFor(state, 'name')} />
      <TextField
        name="slug"
        label="Slug"
        defaultValue={valueFor(state, 'slug', person?.slug)}
        errors={errorsFor(state, 'slug')}
        hint={
          person
            ? 'The author page’s address: /authors/your-slug. The old address keeps working: it redirects to the new one.'
            : 'The author page’s address: /authors/your-slug. Leave it empty to make one from the name.'
        }
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        name="jobTitle"
        label="Job title"
        maxLength={120}
        defaultValue={valueFor(state, 'jobTitle', person?.jobTitle)}
        errors={errorsFor(state, 'jobTitle')}
      />
      <div className="field">
        <span id="bio-label" className="label">
          Bio
        </span>
        <RichTextField
          name="bio"
          format="inline"
          initialContent={bio}
          onChange={setBio}
          labelledBy="bio-label"
          describedBy={describedBy('bio-hint', bioErrors && 'bio-error')}
          invalid={Boolean(bioErrors)}
          multiline
          placeholder="A few sentences: who they are and what they cover"
          toolbarLabel="Bio formatting"
        />
        <input type="hidden" name="bio" value={JSON.stringify(bio)} />
        <p id="bio-hint" className="field-hint">
          One short paragraph, at most {BIO_MAX} characters; bold, italic and links.
        </p>
        <FieldErrors id="bio-error" messages={bioErrors} />
      </div>
      <TextField
        name="beats"
        label="Beats and expertise"
        defaultValue={valueFor(state, 'beats', person?.beats)}
        errors={errorsFor(state, 'beats')}
        hint="Separated by commas, like: EU politics, Trade, Elections"
      />
      <TextAreaField
        name="links"
        label="Public links"
        rows={3}
        defaultValue={valueFor(state, 'links', person?.links)}
        errors={errorsFor(state, 'links')}
        hint="One a line: Label | https://address (a website, a social profile)."
      />
      <fieldset className="fieldset">
        <legend>Photo</legend>
        {person?.photoUrl ? (
          <div className="logo-current">
            {/* eslint-disable-next-line @next/next/no-img-element -- the stored upload, as readers see it. */}
            <img src={person.photoUrl} alt={`Current photo of ${person.name}`} width={48} height={48} />
            <span className="field-hint">Current photo</span>
          </div>
        ) : null}
        <TextField
          name="photoFile"
          label="Upload a photo"
          type="file"
          accept={LOGO_TYPES.join(',')}
          onChange={onFileChange}
          errors={fileError ? [fileError] : errorsFor(state, 'photoFile')}
          hint="PNG, JPEG or WebP, at most 512 KB; square works best. An upload replaces the address below."
        />
        <TextField
          name="photoUrl"
          label="Or the photo’s address"
          inputMode="url"
          defaultValue={valueFor(state, 'photoUrl', person?.photoUrl ?? '')}
          errors={errorsFor(state, 'photoUrl')}
          hint="Empty for no photo."
          autoCapitalize="none"
          spellCheck={false}
        />
      </fieldset>
      {accounts ? (
        <SelectField
          name="userId"
          label="Newsroom account"
          defaultValue={valueFor(state, 'userId', person?.userId ?? '')}
          errors={errorsFor(state, 'userId')}
          hint="Linked profiles start every new story their account writes with this byline. Guest contributors have none."
          options={[{ value: '', label: 'None (guest contributor)' }, ...accounts.map((account) => ({ value: account.id, label: `${account.name} (${account.email})` }))]}
        />
      ) : null}
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {person ? 'Save changes' : 'Add person'}
        </SubmitButton>
      </div>
    </form>
  );
}
