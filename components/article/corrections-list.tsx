import { AppLink } from '@/components/ui/app-link';
import type { ListedCorrection } from '@/db/queries/corrections';
import { renderRichText } from '@/lib/content';
import { exactTime } from '@/lib/time';
import { CORRECTION_TYPE_LABELS } from '@/lib/vocabulary';

/** Every story's corrections and notes, newest first: the site-wide /corrections page. */
export function CorrectionsList({ records, timeZone }: { records: readonly ListedCorrection[]; timeZone: string }) {
  if (records.length === 0) return <p className="empty">No corrections or notes yet.</p>;
  return (
    <ol className="corrections__list" data-testid="corrections-list">
      {records.map((record) => (
        <li key={record.id} className="corrections-page__item">
          <p className="corrections__meta">
            <strong>{CORRECTION_TYPE_LABELS[record.type]}</strong> ·{' '}
            <time dateTime={record.createdAt.toISOString()}>{exactTime(record.createdAt, timeZone)}</time>
          </p>
          <h2>
            <AppLink href={`/articles/${record.article.slug}#corrections`}>{record.article.headline}</AppLink>
          </h2>
          <div className="corrections__text">{renderRichText(record.text) ?? <p>{record.textPlain}</p>}</div>
        </li>
      ))}
    </ol>
  );
}
