'use client';

import { ARTICLE_KIND_LABELS, ARTICLE_KINDS } from '@/lib/vocabulary';
import { describedBy, FieldErrors } from './field-errors';
import { type ArticleKind, displayedSlug, type EditorDraft } from './model/draft';
import type { ArticleFacts, EditorSession } from './model/editor-session';

export interface Option {
  id: string;
  name: string;
}

const KINDS: { value: NonNullable<ArticleKind>; label: string }[] = ARTICLE_KINDS.map((value) => ({
  value,
  label: ARTICLE_KIND_LABELS[value],
}));

/** Where the story sits and where it lives: kind, section, source and its address. */
export function StorySettings({
  session,
  draft,
  article,
  sources,
  sections,
  siteUrl,
  fieldErrors,
  readOnly,
}: {
  session: EditorSession;
  draft: EditorDraft;
  article: ArticleFacts;
  sources: Option[];
  sections: Option[];
  siteUrl: string;
  fieldErrors: Record<string, string[]>;
  readOnly: boolean;
}) {
  const slug = displayedSlug(draft, article.slug);
  const live = article.status === 'published';
  const publicUrl = new URL(`/articles/${article.slug}`, siteUrl).href;
  return (
    <fieldset className="story-settings">
      <legend className="label">Story settings</legend>
      <div className="story-settings__grid">
        <Select
          id="kind"
          label="Label (type of work)"
          value={draft.kind ?? ''}
          placeholder="Choose a label"
          options={KINDS.map(({ value, label }) => ({ id: value, name: label }))}
          errors={fieldErrors.kind}
          disabled={readOnly}
          onChange={(value) => session.setKind(KINDS.find((kind) => kind.value === value)?.value ?? null)}
        />
        <Select
          id="sectionId"
          label="Section"
          value={draft.sectionId}
          placeholder="Choose a section"
          options={sections}
          errors={fieldErrors.sectionId}
          disabled={readOnly}
          onChange={session.setSectionId}
        />
        <Select
          id="sourceId"
          label="Source"
          value={draft.sourceId}
          placeholder="Choose a source"
          options={sources}
          errors={fieldErrors.sourceId}
          disabled={readOnly}
          onChange={session.setSourceId}
        />
      </div>
      <div className="field">
        <label htmlFor="slug">Address (slug)</label>
        <div className="slug-input">
          <span className="slug-input__prefix" aria-hidden="true">
            /articles/
          </span>
          <input
            id="slug"
            type="text"
            inputMode="url"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            value={slug}
            readOnly={readOnly}
            aria-invalid={fieldErrors.slug ? true : undefined}
            aria-describedby={describedBy('slug-hint', fieldErrors.slug && 'slug-error')}
            onChange={(event) => session.setSlug(event.target.value)}
          />
        </div>
        <p id="slug-hint" className="field-hint">
          {draft.slugFollowsHeadline
            ? 'Follows the headline until you edit it.'
            : 'Lowercase letters, digits and hyphens.'}
          {live ? (
            <>
              {' '}
              Live at{' '}
              <a href={publicUrl} target="_blank" rel="noopener">
                {publicUrl}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
              . Changing the address leaves a redirect from the old one.
            </>
          ) : null}
        </p>
        {!draft.slugFollowsHeadline && !live && !readOnly ? (
          <button type="button" className="button button--small button--quiet" onClick={session.followHeadlineSlug}>
            Make it follow the headline again
          </button>
        ) : null}
        <FieldErrors id="slug-error" messages={fieldErrors.slug} />
      </div>
    </fieldset>
  );
}

function Select({
  id,
  label,
  value,
  options,
  placeholder,
  errors,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: Option[];
  placeholder?: string;
  errors: string[] | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}
