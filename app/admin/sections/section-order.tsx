'use client';

import { AppLink } from '@/components/ui/app-link';
import { useEffect, useRef } from 'react';
import { FormMessage } from '@/components/admin/form-fields';
import { useFormAction } from '@/components/admin/use-form-action';
import { moveSectionAction } from './actions';

interface Row {
  id: string;
  name: string;
  slug: string;
  stories: number;
}

type Direction = 'up' | 'down';

const buttonId = (id: string, direction: Direction) => `move-${id}-${direction}`;

/**
 * The sections in navigation order, each with Move up / Move down buttons. After a move the
 * focus follows the section (its button in the same direction, or the other one at an end)
 * and a status message says where it is now, so keyboard and screen-reader users can keep
 * pressing the same key.
 */
export function SectionOrder({ sections }: { sections: Row[] }) {
  const lastMove = useRef<{ id: string; direction: Direction } | null>(null);
  const { state, pending, formProps } = useFormAction(moveSectionAction, {
    beforeSubmit: (form, submitter) => {
      // One move at a time: the buttons stay enabled (disabling them would drop the focus).
      if (pending) return false;
      const id = new FormData(form).get('id');
      if (typeof id === 'string' && submitter instanceof HTMLButtonElement) {
        lastMove.current = { id, direction: submitter.value === 'up' ? 'up' : 'down' };
      }
      return true;
    },
  });

  // The new order arrives with the refreshed page, possibly a render after the action's
  // result: wait until the moved section sits where the result says, then focus it. (React
  // moving list items around can drop the focus, so it is set after every such render.)
  useEffect(() => {
    const move = lastMove.current;
    if (state.status !== 'success' || !move) return;
    if (sections[state.data.position - 1]?.id !== move.id) return;
    const same = document.getElementById(buttonId(move.id, move.direction));
    const other = document.getElementById(buttonId(move.id, move.direction === 'up' ? 'down' : 'up'));
    const target = same instanceof HTMLButtonElement && !same.disabled ? same : other;
    target?.focus();
    lastMove.current = null;
  }, [state, sections]);

  return (
    <>
      <FormMessage state={state} />
      <ol className="section-order">
        {sections.map((section, index) => (
          <li key={section.id} className="section-order__item">
            <span className="section-order__position" aria-hidden="true">
              {index + 1}
            </span>
            <span className="section-order__name">
              <AppLink href={`/admin/sections/${section.id}`}>{section.name}</AppLink>
              <span className="muted mono"> /sections/{section.slug}</span>
              <span className="muted"> · {section.stories === 1 ? '1 story' : `${section.stories} stories`}</span>
            </span>
            {/* One small form per section, all sharing one action state (no ref: there are many). */}
            <form action={formProps.action} onSubmit={formProps.onSubmit} className="section-order__buttons">
              <input type="hidden" name="id" value={section.id} />
              <button
                type="submit"
                name="direction"
                value="up"
                id={buttonId(section.id, 'up')}
                className="button button--small"
                disabled={index === 0}
                aria-label={`Move ${section.name} up`}
              >
                <span aria-hidden="true">↑</span> Up
              </button>
              <button
                type="submit"
                name="direction"
                value="down"
                id={buttonId(section.id, 'down')}
                className="button button--small"
                disabled={index === sections.length - 1}
                aria-label={`Move ${section.name} down`}
              >
                <span aria-hidden="true">↓</span> Down
              </button>
            </form>
          </li>
        ))}
      </ol>
    </>
  );
}
