import { AppLink } from '@/components/ui/app-link';
import type { ChangeLogEntry, DiffPart } from '@/lib/changelog/changelog';
import { exactTime } from '@/lib/time';

/**
 * A word-level diff as readers see it: <ins> and <del>, with words for screen readers
 * (most don't announce the elements) and colour plus underline/strike for everyone else.
 */
function Diff({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.change === 'added') {
          return (
            <ins key={index}>
              <span className="visually-hidden">[added: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        if (part.change === 'removed') {
          return (
            <del key={index}>
              <span className="visually-hidden">[removed: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        return <span key={index}>{part.text}</span>;
      })}
    </>
  );
}

const changed = (parts: readonly DiffPart[]) => parts.some((part) => part.change !== 'same');

const KEY_POINT_STATUS = { added: 'Key point added', removed: 'Key point removed', changed: 'Key point changed' } as const;

function Entry({ entry, timeZone }: { entry: ChangeLogEntry; timeZone: string }) {
  const when = <time dateTime={entry.at.toISOString()}>{exactTime(entry.at, timeZone)}</time>;
  return (
    <li className="change-log__entry" data-testid="change-log-entry">
      <h2>{entry.first ? <>First published {when}</> : <>Updated {when}</>}</h2>
      {entry.first ? (
        <>
          <p className="change-log__field">
            <span className="change-log__field-name">Headline</span>
            <Diff parts={entry.headline} />
          </p>
          <p className="change-log__field">
            <span className="change-log__field-name">Summary</span>
            <Diff parts={entry.summary} />
          </p>
        </>
      ) : (
        <>
          {!entry.changed ? <p>The headline, summary and key points did not change.</p> : null}
          {changed(entry.headline) ? (
            <p className="change-log__field">
              <span className="change-log__field-name">Headline</span>
              <Diff parts={entry.headline} />
            </p>
          ) : null}
          {changed(entry.summary) ? (
            <p className="change-log__field">
              <span className="change-log__field-name">Summary</span>
              <Diff parts={entry.summary} />
            </p>
          ) : null}
          {entry.keyPoints.map((point, index) => (
            <p key={index} className="change-log__field">
              <span className="change-log__field-name">{KEY_POINT_STATUS[point.status]}</span>
              <Diff parts={point.parts} />
            </p>
          ))}
        </>
      )}
    </li>
  );
}

/** A story's public change log, newest first. */
export function ChangeLog({
  article,
  entries,
  timeZone,
}: {
  article: { slug: string; headline: string };
  entries: readonly ChangeLogEntry[];
  timeZone: string;
}) {
  return (
    <div className="change-log">
      <p className="profile__kicker">Change log</p>
      <h1>{article.headline}</h1>
      <p>
        Every substantive change to this story since it was published, newest first: words added are{' '}
        <ins>underlined</ins>, words removed are <del>struck through</del>. Small fixes such as typos are not listed.{' '}
        <AppLink href={`/articles/${article.slug}`}>Back to the story</AppLink>
      </p>
      {entries.length === 0 ? (
        <p className="empty">This story has not changed since it was published.</p>
      ) : (
        <ol className="corrections__list">
          {entries.map((entry) => (
            <Entry key={entry.revisionId} entry={entry} timeZone={timeZone} />
          ))}
        </ol>
      )}
    </div>
  );
}
