'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { describedBy, FieldErrors } from './field-errors';
import { addablePeople, addByline, bylinePeople, moveByline, type PersonOption, removeByline } from './model/bylines';
import type { EditorSession } from './model/editor-session';

type FocusTarget = { id: string; on: 'up' | 'down' } | { id: null; on: 'add' };

/**
 * The story's bylines: who wrote it, in the order readers see them ("By A and B"). Every
 * control is a native button or select, so it all works from the keyboard; moved rows get
 * focus back (re-inserting DOM nodes drops it) and moves are announced.
 */
export function BylinesField({
  session,
  bylineIds,
  people,
  errors,
  readOnly,
}: {
  session: EditorSession;
  bylineIds: string[];
  people: PersonOption[];
  errors: string[] | undefined;
  readOnly: boolean;
}) {
  const [choice, setChoice] = useState('');
  const pendingFocus = useRef<FocusTarget | null>(null);
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const id = target.id === null ? 'bylines-add-select' : `byline-${target.id}-${target.on}`;
    document.getElementById(id)?.focus();
  });

  const chosen = bylinePeople(bylineIds, people);
  const addable = addablePeople(bylineIds, people);
  const selected = addable.some((person) => person.id === choice) ? choice : '';

  const add = () => {
    const person = addable.find((candidate) => candidate.id === selected);
    if (!person) return;
    session.setBylineIds(addByline(bylineIds, person.id));
    session.announce(`${person.name} added to the bylines.`);
    setChoice('');
  };
  const move = (person: PersonOption, index: number, step: -1 | 1) => {
    const next = moveByline(bylineIds, person.id, step);
    if (next === bylineIds) return;
    session.setBylineIds(next);
    pendingFocus.current = { id: person.id, on: step === -1 ? 'up' : 'down' };
    session.announce(`${person.name} moved to position ${index + 1 + step} of ${bylineIds.length}.`);
  };
  const remove = (person: PersonOption) => {
    session.setBylineIds(removeByline(bylineIds, person.id));
    pendingFocus.current = { id: null, on: 'add' };
    session.announce(`${person.name} removed from the bylines.`);
  };

  return (
    <fieldset className="bylines-field" aria-describedby={describedBy('bylines-hint', errors && 'bylines-error')}>
      <legend className="label">Bylines</legend>
      <p id="bylines-hint" className="field-hint">
        Who wrote the story, in the order readers see the names. People are managed under People.
      </p>
      {chosen.length === 0 ? (
        <p className="bylines-field__empty">No bylines yet.</p>
      ) : (
        <ol className="bylines-field__list" data-testid="bylines">
          {chosen.map((person, index) => (
            <li key={person.id} className="bylines-field__row">
              <span className="bylines-field__name">{person.name}</span>
              {readOnly ? null : (
                <span className="row-tools" role="group" aria-label={`Byline ${index + 1}: ${person.name}`}>
                  <button
                    id={`byline-${person.id}-up`}
                    type="button"
                    className="button button--small"
                    aria-label={`Move ${person.name} earlier`}
                    aria-disabled={index === 0}
                    onClick={() => move(person, index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    id={`byline-${person.id}-down`}
                    type="button"
                    className="button button--small"
                    aria-label={`Move ${person.name} later`}
                    aria-disabled={index === chosen.length - 1}
                    onClick={() => move(person, index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={`Remove ${person.name} from the bylines`}
                    onClick={() => remove(person)}
                  >
                    Remove
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <div className="bylines-field__add">
          <label htmlFor="bylines-add-select" className="visually-hidden">
            Person to add to the bylines
          </label>
          <select
            id="bylines-add-select"
            value={selected}
            aria-invalid={errors ? true : undefined}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="">Choose a person…</option>
            {addable.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small" onClick={add} disabled={!selected}>
            Add byline
          </button>
        </div>
      )}
      <FieldErrors id="bylines-error" messages={errors} />
    </fieldset>
  );
}
