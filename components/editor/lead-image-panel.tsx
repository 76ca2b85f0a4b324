'use client';

import { AppLink } from '@/components/ui/app-link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ResponsivePicture } from '@/components/article/lead-image';
import type { ActionState } from '@/lib/actions/action-state';
import type { ImageRef } from '@/lib/media/image-ref';
import { LEAD_IMAGE_CAPTION_MAX } from '@/lib/newsroom/article-input';
import { describedBy, FieldErrors } from './field-errors';
import type { EditorDraft } from './model/draft';
import type { EditorSession } from './model/editor-session';
import { cropPreviews, leadImageHints } from './model/lead-image';

/**
 * The media library as the editor reaches it (app/admin/articles/[id]/actions.ts): both
 * are server actions that check the policy. `upload` takes the form with a `file` field.
 */
export interface ImageLibraryApi {
  search(input: { query: string }): Promise<ActionState<ImageRef[]>>;
  upload(form: FormData): Promise<ActionState<ImageRef>>;
}

/** The lead image: pick from the library or upload here, see its crops, caption it for this story. */
export function LeadImagePanel({
  session,
  draft,
  library,
  fieldErrors,
  readOnly,
}: {
  session: EditorSession;
  draft: EditorDraft;
  library: ImageLibraryApi;
  fieldErrors: Record<string, string[]>;
  readOnly: boolean;
}) {
  const image = draft.leadImage;
  const hints = leadImageHints(draft);
  const errors = fieldErrors.leadImageId;
  // The server's refusal says the same as the hint: show it once.
  const shownHints = hints.filter((hint) => !errors?.includes(hint));
  return (
    <fieldset className="lead-image-panel" aria-describedby={describedBy('leadImageId-hint', errors && 'leadImageId-error')}>
      <legend className="label">Lead image</legend>
      <p id="leadImageId-hint" className="field-hint">
        Shown between the byline and the summary, on the home page and in shares. Alt text, credit and focal point are
        edited in the <AppLink href="/admin/media">media library</AppLink>.
      </p>
      <FieldErrors id="leadImageId-error" messages={errors} />
      {shownHints.length > 0 ? (
        <div className="field-warning" data-testid="lead-image-hint">
          {shownHints.map((hint) => (
            <p key={hint}>{hint}</p>
          ))}
        </div>
      ) : null}

      {image ? (
        <div className="lead-image-panel__chosen" data-testid="lead-image-chosen">
          <p className="lead-image-panel__alt">
            <strong>Alt text:</strong> {image.alt ? image.alt : <em>none yet</em>}
            {image.credit ? (
              <>
                {' '}
                · <strong>Credit:</strong> {image.credit}
              </>
            ) : null}
          </p>
          <p>
            <a href={`/admin/media/${image.id}`} target="_blank" rel="noopener">
              Edit alt text, credit and focal point in the library
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
          <ul className="lead-image-panel__crops" aria-label="Crops readers get">
            {cropPreviews(image).map((crop) => (
              <li key={crop.aspect}>
                <ResponsivePicture image={{ ...image, alt: '' }} aspect={crop.aspect} sizes="10rem" />
                <span>
                  {crop.label} <span className="field-hint">{crop.where}</span>
                </span>
              </li>
            ))}
          </ul>
          <div className="field">
            <label htmlFor="leadImageCaption">Caption for this story</label>
            <textarea
              id="leadImageCaption"
              rows={2}
              value={draft.leadImageCaption}
              readOnly={readOnly}
              placeholder={image.caption || 'What the picture shows, and why it matters here'}
              aria-invalid={fieldErrors.leadImageCaption ? true : undefined}
              aria-describedby={describedBy('leadImageCaption-hint', fieldErrors.leadImageCaption && 'leadImageCaption-error')}
              onChange={(event) => session.setLeadImageCaption(event.target.value)}
            />
            <p id="leadImageCaption-hint" className="field-hint">
              Up to {LEAD_IMAGE_CAPTION_MAX} characters. Left empty, the library’s caption shows.
            </p>
            <FieldErrors id="leadImageCaption-error" messages={fieldErrors.leadImageCaption} />
          </div>
        </div>
      ) : (
        <p className="field-hint">No lead image.</p>
      )}

      {readOnly ? null : (
        <div className="lead-image-panel__actions">
          <LibraryPicker library={library} onChoose={session.chooseLeadImage} />
          <InPlaceUpload library={library} onUploaded={session.chooseLeadImage} />
          {image ? (
            <button type="button" className="button button--small button--quiet" onClick={session.removeLeadImage}>
              Remove lead image
            </button>
          ) : null}
        </div>
      )}
    </fieldset>
  );
}

function LibraryPicker({ library, onChoose }: { library: ImageLibraryApi; onChoose: (image: ImageRef) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ImageRef[] | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const search = async (text: string) => {
    setBusy(true);
    try {
      const answer = await library.search({ query: text });
      if (answer.status === 'success') {
        setResults(answer.data);
        setMessage(answer.data.length === 0 ? 'No pictures match.' : `${answer.data.length} pictures`);
      } else {
        setMessage(answer.status === 'error' ? answer.message : '');
      }
    } catch {
      setMessage('Couldn’t reach the server. Try again in a moment.');
    } finally {
      setBusy(false);
    }
  };
  const open = () => {
    dialog.current?.showModal();
    if (results === null) void search('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void search(query);
  };
  const choose = (image: ImageRef) => {
    onChoose(image);
    dialog.current?.close();
  };

  return (
    <>
      <button type="button" className="button button--small" onClick={open}>
        Choose from library
      </button>
      <dialog ref={dialog} className="image-picker" aria-labelledby={titleId}>
        <div className="image-picker__head">
          <h2 id={titleId}>Choose a lead image</h2>
          <button type="button" className="button button--small button--quiet" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <form role="search" className="image-picker__search" onSubmit={submit}>
          <label htmlFor={`${titleId}-q`}>Search alt text, caption or credit</label>
          <input id={`${titleId}-q`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
          <button type="submit" className="button button--small" disabled={busy}>
            Search
          </button>
        </form>
        <p role="status" className="field-hint">
          {busy ? 'Searching…' : message}
        </p>
        {results && results.length > 0 ? (
          <ul className="image-picker__grid">
            {results.map((image) => (
              <li key={image.id}>
                <button type="button" className="image-picker__choice" onClick={() => choose(image)}>
                  <ResponsivePicture image={{ ...image, alt: '' }} aspect="4:3" sizes="12rem" />
                  <span>{image.alt || 'No alt text yet'}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </dialog>
    </>
  );
}

function InPlaceUpload({ library, onUploaded }: { library: ImageLibraryApi; onUploaded: (image: ImageRef) => void }) {
  const inputId = useId();
  const [status, setStatus] = useState<{ tone: 'error' | 'status'; text: string } | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ tone: 'status', text: `Uploading ${file.name}…` });
    const form = new FormData();
    form.append('file', file);
    try {
      const answer = await library.upload(form);
      if (answer.status === 'success') {
        onUploaded(answer.data);
        setStatus({ tone: 'status', text: 'Uploaded. Describe it (alt text) in the media library before publishing.' });
      } else if (answer.status === 'error') {
        setStatus({ tone: 'error', text: answer.message });
      }
    } catch {
      setStatus({ tone: 'error', text: 'The upload didn’t reach the server. Try again in a moment.' });
    }
  };
  return (
    <div className="lead-image-panel__upload">
      <label htmlFor={inputId} className="button button--small">
        Upload a picture
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
        onChange={(event) => {
          void upload(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {status ? (
        <p role={status.tone === 'error' ? 'alert' : 'status'} className={status.tone === 'error' ? 'field-error' : 'field-hint'}>
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
