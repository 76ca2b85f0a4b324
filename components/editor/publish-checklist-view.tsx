'use client';

import type { ChecklistItem } from '@/lib/newsroom/publish-checklist';

const MARK: Record<ChecklistItem['status'], { symbol: string; word: string }> = {
  ok: { symbol: '✓', word: 'Done' },
  warn: { symbol: '!', word: 'Warning' },
  refuse: { symbol: '✗', word: 'Needed to publish' },
};

/**
 * The publish checklist, before the editor clicks Publish, live as they edit: ticks for
 * what is done, warnings to weigh, and what publishing will refuse.
 */
export function PublishChecklistView({ items }: { items: ChecklistItem[] }) {
  return (
    <div className="publish-checklist" data-testid="publish-checklist">
      <p className="label" id="publish-checklist-title">
        Before publishing
      </p>
      <ul aria-labelledby="publish-checklist-title">
        {items.map((item) => (
          <li key={item.id} className={`publish-checklist__item publish-checklist__item--${item.status}`}>
            <span className="publish-checklist__mark" aria-hidden="true">
              {MARK[item.status].symbol}
            </span>
            <span className="visually-hidden">{MARK[item.status].word}: </span>
            {item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
