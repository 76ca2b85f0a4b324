import { renderRichText } from '@/lib/content';
import { exactTime } from '@/lib/time';
import { CORRECTION_TYPE_LABELS, type CorrectionType } from '@/lib/vocabulary';

/** A correction, clarification or editor's note as readers see it. */
export interface CorrectionView {
  id: string;
  type: CorrectionType;
  /** Stored TipTap JSON: rendered through the allowlist renderer. */
  text: unknown;
  textPlain: string;
  createdAt: Date;
}

export const CORRECTIONS_SECTION_ID = 'corrections';

/*
 * Pure presentation, no server-only imports (like ./article-layout): readers' pages render
 * these on the server; the newsroom preview could render them in the browser.
 */

/** "Correction · 1 Dec 2026, 09:00 UTC" near the top of a corrected story, linking to the notes. */
export function CorrectionNotice({ records, timeZone }: { records: readonly CorrectionView[]; timeZone: string }) {
  const latest = records.filter((record) => record.type === 'correction').at(-1);
  if (!latest) return null;
  return (
    <p className="correction-notice" data-testid="correction-notice">
      <strong className="correction-notice__label">Correction</strong>{' '}
      <time dateTime={latest.createdAt.toISOString()}>{exactTime(latest.createdAt, timeZone)}</time>
      {': '}
      <span className="correction-notice__text">{latest.textPlain}</span>{' '}
      <a href={`#${CORRECTIONS_SECTION_ID}`}>
        All corrections and notes<span className="visually-hidden"> on this story</span>
      </a>
    </p>
  );
}

/** Every record on the story, in the order they were added, at the end of the article. */
export function CorrectionsSection({
  records,
  timeZone,
  idPrefix = '',
}: {
  records: readonly CorrectionView[];
  timeZone: string;
  idPrefix?: string;
}) {
  if (records.length === 0) return null;
  const titleId = `${idPrefix}corrections-title`;
  return (
    <section id={`${idPrefix}${CORRECTIONS_SECTION_ID}`} className="corrections" aria-labelledby={titleId} data-testid="corrections">
      <h2 id={titleId} className="corrections__title">
        Corrections and notes
      </h2>
      <ol className="corrections__list">
        {records.map((record) => (
          <li key={record.id} className="corrections__item">
            <p className="corrections__meta">
              <strong>{CORRECTION_TYPE_LABELS[record.type]}</strong> ·{' '}
              <time dateTime={record.createdAt.toISOString()}>{exactTime(record.createdAt, timeZone)}</time>
            </p>
            <div className="corrections__text">{renderRichText(record.text) ?? <p>{record.textPlain}</p>}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The small marker on a corrected story in any list. */
export function CorrectedMarker() {
  return (
    <span className="corrected-marker" data-testid="corrected-marker">
      Corrected
    </span>
  );
}
