'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A button that asks first, in the page rather than a browser dialog: the question appears
 * beside it with the consequence spelled out, and focus moves to the confirming button.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  disabled,
  danger = false,
  onConfirm,
}: {
  label: string;
  question: ReactNode;
  confirmLabel: string;
  disabled?: boolean;
  danger?: boolean;
  onConfirm: () => void;
}) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className={`button${danger ? ' button--danger' : ''}`}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  const cancel = () => {
    setAsking(false);
    // The opener comes back on the next render; focus it then.
    requestAnimationFrame(() => openerRef.current?.focus());
  };
  return (
    <div className="confirm" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`} className="confirm__question">
        {question}
      </p>
      <div className="confirm__buttons">
        <button
          ref={confirmRef}
          type="button"
          className={`button button--small${danger ? ' button--danger' : ' button--primary'}`}
          disabled={disabled}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--small" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
