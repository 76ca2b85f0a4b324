'use client';

import { useEffect } from 'react';
import { focusField } from './focus-field';
import { draftSafety, type Refusal } from './model/refusal';
import { useFieldRegistry } from './tiptap/field-registry';

/**
 * A refused publish or schedule, told in the bar where the editor clicked: what is missing,
 * what became of the draft, and the focus on the first field to fix.
 */
export function RefusalAlert({
  refusal,
  during,
  dirty,
  autosaves,
  saving,
  onDismiss,
}: {
  refusal: Refusal | null;
  during: Refusal['during'];
  dirty: boolean;
  autosaves: boolean;
  saving: boolean;
  onDismiss: () => void;
}) {
  const registry = useFieldRegistry();
  const shown = refusal?.during === during ? refusal : null;
  const refusalId = shown?.id;
  const firstField = shown?.firstField;
  useEffect(() => {
    if (refusalId !== undefined && firstField) focusField(firstField, registry);
  }, [refusalId, firstField, registry]);
  if (!shown) return null;
  return (
    <div className="form-alert refusal-alert" role="alert" data-testid="refusal">
      <p>
        {shown.message} {draftSafety({ dirty, autosaves, saving })}
      </p>
      <button type="button" className="button button--small button--quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
