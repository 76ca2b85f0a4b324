'use client';

import { useLayoutEffect, useRef } from 'react';
import { WEB_LINKS_MAX } from '@/lib/newsroom/article-input';
import { FieldErrors } from './field-errors';
import type { DraftWebLink } from './model/draft';
import type { EditorSession } from './model/editor-session';

type LinkField = 'title' | 'url' | 'siteName';

const FIELDS: { field: LinkField; label: string; type: 'text' | 'url'; placeholder: string }[] = [
  { field: 'title', label: 'Title', type: 'text', placeholder: 'Headline of the coverage' },
  { field: 'url', label: 'Address', type: 'url', placeholder: 'https://' },
  { field: 'siteName', label: 'Site name', type: 'text', placeholder: 'e.g. Reuters' },
];

/** "Around The Web": links to coverage elsewhere, each with a title, address and site name. */
export function WebLinksEditor({
  session,
  links,
  fieldErrors,
  readOnly,
}: {
  session: EditorSession;
  links: DraftWebLink[];
  fieldErrors: Record<string, string[]>;
  readOnly: boolean;
}) {
  // Reordering re-inserts rows and drops focus; restore it after React has committed.
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const full = links.length >= WEB_LINKS_MAX;
  const move = (key: string, delta: number, direction: 'up' | 'down') => {
    if (session.moveWebLink(key, delta)) pendingFocus.current = `web-link-${key}-${direction}`;
  };
  const remove = (key: string, index: number) => {
    session.removeWebLink(key);
    const next = links[index + 1] ?? links[index - 1];
    pendingFocus.current = next ? `web-link-${next.key}-title` : 'web-links-add';
  };
  const add = () => {
    pendingFocus.current = `web-link-${session.addWebLink()}-title`;
  };

  return (
    <fieldset className="web-links-editor" aria-describedby="web-links-hint">
      <legend className="label">Around The Web</legend>
      <p id="web-links-hint" className="field-hint">
        Coverage elsewhere, shown beside the story (up to {WEB_LINKS_MAX}). Rows left empty are ignored.
      </p>
      <FieldErrors id="web-links-error" messages={fieldErrors.webLinks} />
      {links.length > 0 ? (
        <ol className="web-link-rows">
          {links.map((link, index) => {
            const id = `web-link-${link.key}`;
            const number = index + 1;
            return (
              <li key={link.key} className="web-link-row">
                <div className="key-point-row__head">
                  <span className="label">Link {number}</span>
                  {readOnly ? null : (
                    <div className="row-tools" role="group" aria-label={`Link ${number}`}>
                      <button
                        id={`${id}-up`}
                        type="button"
                        className="button button--small"
                        aria-label={`Move link ${number} up`}
                        aria-disabled={index === 0}
                        onClick={() => move(link.key, -1, 'up')}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        id={`${id}-down`}
                        type="button"
                        className="button button--small"
                        aria-label={`Move link ${number} down`}
                        aria-disabled={index === links.length - 1}
                        onClick={() => move(link.key, 1, 'down')}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        aria-label={`Remove link ${number}`}
                        onClick={() => remove(link.key, index)}
                      >
                        Remove
                      </button>
                    </div>
                  )}
                </div>
                <div className="web-link-row__fields">
                  {FIELDS.map(({ field, label, type, placeholder }) => {
                    const errors = fieldErrors[`webLinks.${link.key}.${field}`];
                    return (
                      <div key={field} className="field field--compact">
                        <label htmlFor={`${id}-${field}`}>
                          {label}
                          <span className="visually-hidden"> of link {number}</span>
                        </label>
                        <input
                          id={`${id}-${field}`}
                          type={type}
                          inputMode={type === 'url' ? 'url' : undefined}
                          placeholder={placeholder}
                          value={link[field]}
                          readOnly={readOnly}
                          aria-invalid={errors ? true : undefined}
                          aria-describedby={errors ? `${id}-${field}-error` : undefined}
                          onChange={(event) => session.setWebLink(link.key, field, event.target.value)}
                        />
                        <FieldErrors id={`${id}-${field}-error`} messages={errors} />
                      </div>
                    );
                  })}
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {readOnly ? null : (
        <button id="web-links-add" type="button" className="button button--small" onClick={add} disabled={full}>
          Add web link
        </button>
      )}
    </fieldset>
  );
}
