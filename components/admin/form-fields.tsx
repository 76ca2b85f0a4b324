'use client';

import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';
import type { FormState } from './form-state';

interface FieldFrame {
  label: string;
  errors?: string[];
  hint?: ReactNode;
}

/** Label, hint and every error of one field, wired to the control for assistive tech. */
function Field({ label, errors, hint, children }: FieldFrame & { children: (ids: ControlIds) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': errorId ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {errorId ? (
        <div id={errorId}>
          {errors?.map((message) => (
            <p key={message} className="field-error">
              {message}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

interface ControlIds {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

type InputProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { name: string };

export function TextField({ label, errors, hint, ...input }: InputProps) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(ids) => <input type="text" {...input} {...ids} />}
    </Field>
  );
}

type TextAreaProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { name: string };

export function TextAreaField({ label, errors, hint, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(ids) => <textarea rows={3} {...textarea} {...ids} />}
    </Field>
  );
}

type SelectProps = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { name: string; options: readonly { value: string; label: string }[] };

export function SelectField({ label, errors, hint, options, ...select }: SelectProps) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(ids) => (
        <select {...select} {...ids}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * The form's overall message: an alert for a failure, a polite status for a success. The
 * status region is always in the page so screen readers notice when text appears in it.
 * Field errors without a field of their own (a stale id, say) are listed in the alert.
 */
export function FormMessage({ state, fields = [] }: { state: FormState<unknown>; fields?: readonly string[] }) {
  const stray =
    state.status === 'error'
      ? Object.entries(state.fieldErrors).filter(([name]) => !fields.includes(name)).flatMap(([, messages]) => messages)
      : [];
  return (
    <>
      {state.status === 'error' ? (
        <div className="form-alert" role="alert">
          <p>{state.message}</p>
          {stray.length > 0 ? (
            <ul>
              {stray.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div role="status" className="form-status">
        {state.status === 'success' ? <p className="form-notice">{state.message}</p> : null}
      </div>
    </>
  );
}

export function SubmitButton({ pending, children, pendingLabel, variant = 'primary' }: {
  pending: boolean;
  children: ReactNode;
  pendingLabel: string;
  variant?: 'primary' | 'danger' | 'plain';
}) {
  const className = variant === 'plain' ? 'button' : `button button--${variant}`;
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
