'use client';

import { useState } from 'react';
import { ZonedTimestamp } from '@/components/ui/zoned-timestamp';
import type { ActionState } from '@/lib/actions/action-state';
import { docFromText, type RichTextDoc, toPlainText } from '@/lib/content';
import { CORRECTION_TEXT_MAX } from '@/lib/corrections/input';
import type { CorrectionsPanelData } from '@/lib/corrections/panel';
import { CORRECTION_TYPE_LABELS, CORRECTION_TYPES, type CorrectionType } from '@/lib/vocabulary';
import { describedBy, FieldErrors } from './field-errors';
import { RichTextField } from './tiptap/rich-text-field';

type PanelState = ActionState<CorrectionsPanelData>;

/** The panel's server actions (app/admin/articles/[id]/corrections-actions.ts). */
export interface CorrectionsApi {
  add(input: { articleId: string; type: CorrectionType; text: RichTextDoc }): Promise<PanelState>;
  propose(input: { articleId: string; type: CorrectionType; text: RichTextDoc }): Promise<PanelState>;
  change(input: { articleId: string; id: string; type: CorrectionType; text: RichTextDoc }): Promise<PanelState>;
  remove(input: { articleId: string; id: string }): Promise<PanelState>;
}

const PROPOSAL_STATUS = { pending: 'Waiting for an editor', accepted: 'Published', declined: 'Declined' } as const;

/** Type and one short paragraph: adds, proposes or (before the story is live) rewords a note. */
function NoteForm({
  idPrefix,
  initialType = 'correction',
  initialText = docFromText(''),
  submitLabel,
  busy,
  errors,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initialType?: CorrectionType;
  initialText?: RichTextDoc;
  submitLabel: string;
  busy: boolean;
  errors: Record<string, string[]>;
  onSubmit: (type: CorrectionType, text: RichTextDoc) => void;
  onCancel?: () => void;
}) {
  const [type, setType] = useState<CorrectionType>(initialType);
  const [text, setText] = useState<RichTextDoc>(initialText);
  const length = toPlainText(text).length;
  const textErrors = [...(length > CORRECTION_TEXT_MAX ? [`At most ${CORRECTION_TEXT_MAX} characters`] : []), ...(errors.text ?? [])];
  return (
    <form
      className="corrections-panel__form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(type, text);
      }}
    >
      <div className="field">
        <label htmlFor={`${idPrefix}-type`}>Type</label>
        <select
          id={`${idPrefix}-type`}
          value={type}
          aria-invalid={errors.type ? true : undefined}
          onChange={(event) => setType(event.target.value as CorrectionType)}
        >
          {CORRECTION_TYPES.map((value) => (
            <option key={value} value={value}>
              {CORRECTION_TYPE_LABELS[value]}
            </option>
          ))}
        </select>
        <FieldErrors id={`${idPrefix}-type-error`} messages={errors.type} />
      </div>
      <div className="field">
        <span id={`${idPrefix}-text-label`} className="label">
          Text
        </span>
        <RichTextField
          name={`${idPrefix}-text`}
          format="inline"
          initialContent={initialText}
          onChange={setText}
          labelledBy={`${idPrefix}-text-label`}
          describedBy={describedBy(`${idPrefix}-text-count`, textErrors.length > 0 && `${idPrefix}-text-error`)}
          invalid={textErrors.length > 0}
          multiline
          placeholder="What was wrong, and what is right"
          toolbarLabel="Note formatting"
        />
        <p id={`${idPrefix}-text-count`} className="field-hint">
          {length} of {CORRECTION_TEXT_MAX} characters
        </p>
        <FieldErrors id={`${idPrefix}-text-error`} messages={textErrors} />
      </div>
      <div className="publishing-panel__buttons">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--small" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/**
 * "Corrections and notes" in the article editor. Editors add records; the story's writer
 * proposes them. Before the story has ever been live a record can still be reworded or
 * removed; after that there are no such controls, and the server refuses a browser that
 * still shows them (the panel then says why).
 */
export function CorrectionsPanel({
  articleId,
  initial,
  liveNow,
  api,
  timeZone,
}: {
  articleId: string;
  initial: CorrectionsPanelData;
  /** The editor just published the story in this browser. */
  liveNow: boolean;
  api: CorrectionsApi;
  timeZone: string;
}) {
  const [data, setData] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; message: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [editing, setEditing] = useState<string | null>(null);
  // Remounts the add form (empty again) after each successful add.
  const [formKey, setFormKey] = useState(0);
  const live = data.live || liveNow;

  async function run(call: () => Promise<PanelState>, after?: () => void) {
    setBusy(true);
    try {
      const state = await call();
      if (state.status === 'success') {
        setData(state.data);
        setErrors({});
        setNotice({ tone: 'success', message: state.message });
        after?.();
      } else if (state.status === 'error') {
        setErrors(state.fieldErrors);
        setNotice({ tone: 'error', message: state.message });
      }
    } finally {
      setBusy(false);
    }
  }

  if (data.mode === 'none' && data.records.length === 0) return null;

  return (
    <section className="corrections-panel" aria-labelledby="corrections-panel-title" data-testid="corrections-panel">
      <h2 id="corrections-panel-title" className="corrections-panel__title">
        Corrections and notes
      </h2>
      <p className="field-hint">
        {live
          ? 'Readers have seen this story: corrections and notes are permanent. To fix one, add another.'
          : 'Notes prepared before the story goes live can still be changed; once it is live they are permanent.'}
      </p>
      {notice ? (
        <p className={notice.tone === 'error' ? 'form-alert' : 'form-notice'} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.message}
        </p>
      ) : null}

      {data.records.length > 0 ? (
        <ol className="corrections-panel__list">
          {data.records.map((record) => (
            <li key={record.id} className="corrections-panel__item" data-testid="correction-record">
              {editing === record.id ? (
                <NoteForm
                  idPrefix={`edit-${record.id}`}
                  initialType={record.type}
                  initialText={record.text}
                  submitLabel="Save note"
                  busy={busy}
                  errors={errors}
                  onCancel={() => setEditing(null)}
                  onSubmit={(type, text) =>
                    void run(() => api.change({ articleId, id: record.id, type, text }), () => setEditing(null))
                  }
                />
              ) : (
                <>
                  <p className="corrections-panel__meta">
                    <strong>{CORRECTION_TYPE_LABELS[record.type]}</strong> ·{' '}
                    <ZonedTimestamp date={record.createdAt} timeZone={timeZone} /> · {record.authorName ?? 'Someone'}
                  </p>
                  <p>{record.textPlain}</p>
                  {!live && data.mode === 'add' ? (
                    <div className="publishing-panel__buttons">
                      <button type="button" className="button button--small" disabled={busy} onClick={() => setEditing(record.id)}>
                        Edit<span className="visually-hidden"> this note</span>
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy}
                        onClick={() => void run(() => api.remove({ articleId, id: record.id }))}
                      >
                        Remove<span className="visually-hidden"> this note</span>
                      </button>
                    </div>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="field-hint">No corrections or notes.</p>
      )}

      {data.mode !== 'none' ? (
        <div className="corrections-panel__add">
          <h3 className="corrections-panel__subtitle">{data.mode === 'add' ? 'Add a correction or note' : 'Propose a correction'}</h3>
          {data.mode === 'propose' ? (
            <p className="field-hint">An editor reviews your proposal and publishes it or tells you why not.</p>
          ) : null}
          <NoteForm
            key={formKey}
            idPrefix="new-correction"
            submitLabel={data.mode === 'add' ? 'Add' : 'Propose'}
            busy={busy}
            errors={editing ? {} : errors}
            onSubmit={(type, text) =>
              void run(
                () => (data.mode === 'add' ? api.add({ articleId, type, text }) : api.propose({ articleId, type, text })),
                () => setFormKey((key) => key + 1),
              )
            }
          />
        </div>
      ) : null}

      {data.proposals.length > 0 ? (
        <div className="corrections-panel__proposals">
          <h3 className="corrections-panel__subtitle">Proposals</h3>
          <ul className="corrections-panel__list">
            {data.proposals.map((proposal) => (
              <li key={proposal.id} className="corrections-panel__item">
                <p className="corrections-panel__meta">
                  <strong>{CORRECTION_TYPE_LABELS[proposal.type]}</strong> · {proposal.proposedBy ?? 'Someone'} ·{' '}
                  {PROPOSAL_STATUS[proposal.status]}
                </p>
                <p>{proposal.textPlain}</p>
                {proposal.decisionNote ? <p className="field-hint">Editor’s note: {proposal.decisionNote}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
