'use client';

import { memo } from 'react';
import type { RichTextDoc } from '@/lib/content';
import { SUMMARY_MAX } from '@/lib/newsroom/article-input';
import { describedBy, FieldErrors } from './field-errors';
import { useFieldRegistry } from './tiptap/field-registry';
import { RichTextField } from './tiptap/rich-text-field';

/** The summary: one paragraph with bold, italic and links. */
export const SummaryField = memo(function SummaryField({
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
  const tooLong = length > SUMMARY_MAX;
  const allErrors = [...(tooLong ? [`The summary can be at most ${SUMMARY_MAX} characters`] : []), ...(errors ?? [])];
  return (
    <div className="field">
      <span id="summary-label" className="label" onClick={() => registry?.focus('summary')}>
        Summary
      </span>
      <RichTextField
        name="summary"
        format="inline"
        initialContent={initialContent}
        onChange={onChange}
        labelledBy="summary-label"
        describedBy={describedBy('summary-count', allErrors.length > 0 && 'summary-error')}
        invalid={allErrors.length > 0}
        readOnly={readOnly}
        multiline
        placeholder="One paragraph: what happened and why it matters"
        toolbarLabel="Summary formatting"
      />
      <p id="summary-count" className="field-hint">
        {length} of {SUMMARY_MAX} characters
      </p>
      <FieldErrors id="summary-error" messages={allErrors} />
    </div>
  );
});
