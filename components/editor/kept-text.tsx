'use client';

import { useState } from 'react';

/** The editor's own words, kept on screen after a conflict or a restore until dismissed. */
export function KeptText({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied.');
    } catch {
      setCopied('Couldn’t copy automatically: select the text and copy it.');
    }
  };
  return (
    <section className="kept-text" aria-labelledby="kept-text-title">
      <h2 id="kept-text-title" className="kept-text__title">
        Your text, kept so nothing is lost
      </h2>
      <label htmlFor="kept-text-box" className="field-hint">
        Plain text of your version: headline, summary and key points.
      </label>
      <textarea id="kept-text-box" readOnly rows={8} value={text} onFocus={(event) => event.currentTarget.select()} />
      <div className="confirm__buttons">
        <button type="button" className="button button--small" onClick={() => void copy()}>
          Copy again
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
        {copied ? <span role="status">{copied}</span> : null}
      </div>
    </section>
  );
}
