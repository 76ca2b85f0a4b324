'use client';

import { useLayoutEffect, useRef } from 'react';
import { toPlainText } from '@/lib/content';
import { KEY_POINT_MAX, KEY_POINTS_MAX, KEY_POINTS_MIN } from '@/lib/newsroom/article-input';
import { describedBy, FieldErrors } from './field-errors';
import type { DraftKeyPoint } from './model/draft';
import type { EditorSession } from './model/editor-session';
import { useFieldRegistry } from './tiptap/field-registry';
import { type Verifications, verificationText } from './model/verification';
import type { KeyPointVerification } from '@/lib/newsroom/result';
import { RichTextField } from './tiptap/rich-text-field';

type FocusTarget = { key: string; on: 'editor' | 'up' | 'down' | 'remove' } | { key: null; on: 'add' };

/**
 * The key points: an ordered list of one-paragraph fields, each with an optional source URL.
 * Points move with the arrow buttons or Alt+Arrow keys inside a point, are added with the
 * button or Enter at the end of a point, and every move is announced.
 */
export function KeyPointsEditor({
  session,
  points,
  generation,
  fieldErrors,
  readOnly,
  removedIndex,
  verifications,
  canVerify,
  timeZone,
}: {
  session: EditorSession;
  points: DraftKeyPoint[];
  generation: number;
  fieldErrors: Record<string, string[]>;
  readOnly: boolean;
  removedIndex: number | null;
  verifications: Verifications;
  /** An editor may vouch for points (article:verify-claims). */
  canVerify: boolean;
  timeZone: string;
}) {
  const registry = useFieldRegistry();
  // Moving rows re-inserts DOM nodes, which drops focus; put it back once React is done.
  const pendingFocus = useRef<FocusTarget | null>(null);
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target.key !== null && target.on === 'editor') {
      registry?.focus(`keyPoint:${target.key}`);
      return;
    }
    const id = target.key === null ? 'key-points-add' : `key-point-${target.key}-${target.on}`;
    document.getElementById(id)?.focus();
  });

  const written = points.filter((point) => toPlainText(point.content).length > 0).length;
  const listErrors = fieldErrors.keyPoints;
  const full = points.length >= KEY_POINTS_MAX;

  const move = (key: string, delta: number, on: 'editor' | 'up' | 'down') => {
    if (session.moveKeyPoint(key, delta)) pendingFocus.current = { key, on };
    return true;
  };
  const addAfter = (key?: string) => {
    if (full) {
      session.announce(`At most ${KEY_POINTS_MAX} key points.`);
      return true;
    }
    const added = session.addKeyPoint(key);
    pendingFocus.current = { key: added, on: 'editor' };
    return true;
  };
  const remove = (key: string, index: number) => {
    session.removeKeyPoint(key);
    const next = points[index + 1] ?? points[index - 1];
    pendingFocus.current = next ? { key: next.key, on: 'editor' } : { key: null, on: 'add' };
  };

  return (
    <fieldset className="key-points-editor" aria-describedby={describedBy('key-points-hint', listErrors && 'key-points-error')}>
      <legend className="label">Key points</legend>
      <p id="key-points-hint" className="field-hint">
        {KEY_POINTS_MIN} to {KEY_POINTS_MAX} key points · {written} written
        {written < KEY_POINTS_MIN ? ` · add ${KEY_POINTS_MIN - written} more` : ''}
      </p>
      <p id="key-points-keys" className="field-hint">
        In a point: Alt+↑ and Alt+↓ move it, Enter starts the next one.
      </p>
      <FieldErrors id="key-points-error" messages={listErrors} />
      <ol className="key-point-rows">
        {points.map((point, index) => (
          <KeyPointRow
            // A new generation (their version, a restored revision) reloads every field.
            key={`${generation}:${point.key}`}
            point={point}
            index={index}
            count={points.length}
            errors={fieldErrors}
            readOnly={readOnly}
            onContent={session.setKeyPointContent}
            onSource={session.setKeyPointSource}
            onMove={move}
            onAddAfter={addAfter}
            onRemove={remove}
            verification={point.id ? verifications[point.id] : undefined}
            timeZone={timeZone}
            onVerify={canVerify ? (key, verified) => void session.setVerified(key, verified) : null}
          />
        ))}
      </ol>
      {readOnly ? null : (
        <div className="key-points-editor__footer">
          <button
            id="key-points-add"
            type="button"
            className="button button--small"
            onClick={() => addAfter()}
            disabled={full}
          >
            Add key point
          </button>
          {removedIndex !== null ? (
            <button type="button" className="button button--small button--quiet" onClick={session.undoRemoveKeyPoint}>
              Undo removing point {removedIndex + 1}
            </button>
          ) : null}
        </div>
      )}
    </fieldset>
  );
}

function KeyPointRow({
  point,
  index,
  count,
  errors,
  readOnly,
  onContent,
  onSource,
  onMove,
  onAddAfter,
  onRemove,
  verification,
  timeZone,
  onVerify,
}: {
  point: DraftKeyPoint;
  index: number;
  count: number;
  errors: Record<string, string[]>;
  readOnly: boolean;
  onContent: EditorSession['setKeyPointContent'];
  onSource: EditorSession['setKeyPointSource'];
  onMove: (key: string, delta: number, on: 'editor' | 'up' | 'down') => boolean;
  onAddAfter: (key: string) => boolean;
  onRemove: (key: string, index: number) => void;
  verification: KeyPointVerification | undefined;
  timeZone: string;
  onVerify: ((key: string, verified: boolean) => void) | null;
}) {
  const { key } = point;
  const id = `key-point-${key}`;
  const number = index + 1;
  const contentErrors = errors[`keyPoints.${key}.content`];
  const sourceErrors = errors[`keyPoints.${key}.sourceUrl`];
  const length = toPlainText(point.content).length;
  const tooLong = length > KEY_POINT_MAX;
  const allContentErrors = [...(tooLong ? [`A key point can be at most ${KEY_POINT_MAX} characters`] : []), ...(contentErrors ?? [])];
  return (
    <li className="key-point-row">
      <div className="key-point-row__head">
        <span id={`${id}-label`} className="label">
          Key point {number}
        </span>
        {readOnly ? null : (
          <div className="row-tools" role="group" aria-label={`Key point ${number}`}>
            <button
              id={`${id}-up`}
              type="button"
              className="button button--small"
              aria-label={`Move key point ${number} up`}
              aria-disabled={index === 0}
              onClick={() => onMove(key, -1, 'up')}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              id={`${id}-down`}
              type="button"
              className="button button--small"
              aria-label={`Move key point ${number} down`}
              aria-disabled={index === count - 1}
              onClick={() => onMove(key, 1, 'down')}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              id={`${id}-remove`}
              type="button"
              className="button button--small button--danger"
              aria-label={`Remove key point ${number}`}
              onClick={() => onRemove(key, index)}
            >
              Remove
            </button>
          </div>
        )}
      </div>
      <RichTextField
        name={`keyPoint:${key}`}
        format="inline"
        initialContent={point.content}
        onChange={(doc) => onContent(key, doc)}
        labelledBy={`${id}-label`}
        describedBy={describedBy('key-points-keys', allContentErrors.length > 0 && `${id}-error`)}
        invalid={allContentErrors.length > 0}
        readOnly={readOnly}
        multiline
        placeholder="One short, self-contained fact"
        toolbarLabel={`Key point ${number} formatting`}
        keys={{
          'Alt-ArrowUp': () => onMove(key, -1, 'editor'),
          'Alt-ArrowDown': () => onMove(key, 1, 'editor'),
          Enter: () => onAddAfter(key),
        }}
      />
      <FieldErrors id={`${id}-error`} messages={allContentErrors} />
      <div className="field field--compact">
        <label htmlFor={`${id}-source`}>Source for point {number} (optional)</label>
        <input
          id={`${id}-source`}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={point.sourceUrl}
          readOnly={readOnly}
          aria-invalid={sourceErrors ? true : undefined}
          aria-describedby={sourceErrors ? `${id}-source-error` : undefined}
          onChange={(event) => onSource(key, event.target.value)}
        />
        <FieldErrors id={`${id}-source-error`} messages={sourceErrors} />
      </div>
      <VerificationRow point={point} number={number} verification={verification} timeZone={timeZone} onVerify={onVerify} />
    </li>
  );
}

/** Who vouched for the point, and (for editors) the button to vouch or withdraw. */
function VerificationRow({
  point,
  number,
  verification,
  timeZone,
  onVerify,
}: {
  point: DraftKeyPoint;
  number: number;
  verification: KeyPointVerification | undefined;
  timeZone: string;
  onVerify: ((key: string, verified: boolean) => void) | null;
}) {
  const id = `key-point-${point.key}-verification`;
  const stored = point.id !== undefined;
  if (!verification && !onVerify) return null;
  return (
    <div className="key-point-row__verification">
      <p id={id} className={verification ? 'verified-note verified-note--yes' : 'field-hint'} data-testid="verification">
        {verification
          ? verificationText(verification, timeZone)
          : stored
            ? 'Not verified'
            : 'Not verified · save the story to verify this point'}
      </p>
      {onVerify ? (
        <button
          type="button"
          className="button button--small"
          aria-describedby={id}
          disabled={!stored}
          onClick={() => onVerify(point.key, !verification)}
        >
          {verification ? `Unverify point ${number}` : `Mark point ${number} verified`}
        </button>
      ) : null}
    </div>
  );
}
