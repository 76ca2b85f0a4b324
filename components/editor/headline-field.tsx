'use client';

import { memo } from 'react';
import type { RichTextDoc } from '@/lib/content';
import { HEADLINE_MAX, HEADLINE_SEARCH_LENGTH } from '@/lib/newsroom/article-input';
import { describedBy, FieldErrors } from './field-errors';
import { useFieldRegistry } from './tiptap/field-registry';
import { RichTextField } from './tiptap/rich-text-field';

/** The headline: one line, no formatting. Enter moves on to the summary. */
export const HeadlineField = memo(function HeadlineField({
  initialContent,
  length,
  errors,
  readOnly,
  onChange,
}: {
  initialContent: RichTextDoc;
  length: number;
  errors: string[] | undefined;
  readOnly: boolean;
  onChange: (doc: RichTextDoc) => void;
}) {
  const registry = useFieldRegistry();
  const tooLong = length > HEADLINE_MAX;
  const clientErrors = tooLong ? [`Headlines can be at most ${HEADLINE_MAX} characters (${length - HEADLINE_MAX} too many)`] : [];
  const allErrors = [...clientErrors, ...(errors ?? [])];
  return (
    <div className="field">
      <span id="headline-label" className="label" onClick={() => registry?.focus('headline')}>
        Headline
      </span>
      <RichTextField
        name="headline"
        format="plain"
        initialContent={initialContent}
        onChange={onChange}
        labelledBy="headline-label"
        describedBy={describedBy('headline-count', allErrors.length > 0 && 'headline-error')}
        invalid={allErrors.length > 0}
        readOnly={readOnly}
        multiline={false}
        placeholder="Write the headline"
        keys={{ Enter: () => registry?.focus('summary', 'start') ?? true }}
      />
      <p id="headline-count" className="field-hint">
        {length} {length === 1 ? 'character' : 'characters'}
        {length > HEADLINE_SEARCH_LENGTH && !tooLong
          ? ` · search results cut headlines at about ${HEADLINE_SEARCH_LENGTH}: put the key words first`
          : ''}
      </p>
      <FieldErrors id="headline-error" messages={allErrors} />
    </div>
  );
});
