'use client';

import { type KeyboardEvent, type MouseEvent, useState } from 'react';
import { FormMessage, SubmitButton, TextAreaField, TextField } from '@/components/admin/form-fields';
import { type FormAction, errorsFor, valueFor } from '@/components/admin/form-state';
import { useFormAction } from '@/components/admin/use-form-action';
import type { ImageRef } from '@/lib/media/image-ref';
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX, LICENCE_MAX } from '@/lib/media/schemas';
import { CropPreview, type Preview } from './crop-preview';

export interface EditableImage {
  id: string;
  altText: string | null;
  caption: string | null;
  credit: string | null;
  licence: string | null;
  focalX: number;
  focalY: number;
}

const fields = ['altText', 'caption', 'credit', 'licence', 'focalX', 'focalY'] as const;

const CROPS = [
  { label: '16:9 (article, share cards)', ratio: { width: 16, height: 9 } },
  { label: '4:3 (story cards)', ratio: { width: 4, height: 3 } },
  { label: '1:1 (lists, search)', ratio: { width: 1, height: 1 } },
] as const;

const round = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
const STEP = 0.02;

/**
 * The words about a picture and its focal point. Clicking the picture sets the focal point;
 * so do the arrow keys on it, and the two sliders (which are what the form sends). The three
 * crops follow at once.
 */
export function ImageEditor({ image, preview, canEdit, action }: { image: EditableImage; preview: Preview | null; canEdit: boolean; action: FormAction<ImageRef> }) {
  const { state, pending, formProps } = useFormAction(action);
  const [focus, setFocus] = useState({ x: image.focalX, y: image.focalY });
  const setPoint = (x: number, y: number) => setFocus({ x: round(x), y: round(y) });

  function onPick(event: MouseEvent<HTMLButtonElement>) {
    // A keyboard "click" (Enter/Space) has no position: the arrow keys move the point instead.
    if (event.detail === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    setPoint((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
  }

  function onKey(event: KeyboardEvent<HTMLButtonElement>) {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, -STEP], ArrowDown: [0, STEP] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setPoint(focus.x + move[0], focus.y + move[1]);
  }

  const percent = (value: number) => `${Math.round(value * 100)}%`;

  return (
    <form {...formProps} className="image-editor" noValidate>
      <FormMessage state={state} fields={fields} />
      <input type="hidden" name="id" value={image.id} />
      <div className="image-editor__columns">
        <div className="image-editor__picture">
          <h2>Focal point</h2>
          {preview ? (
            <button
              type="button"
              className="focal-picker"
              onClick={onPick}
              onKeyDown={onKey}
              disabled={!canEdit}
              aria-label={`Focal point at ${percent(focus.x)} across and ${percent(focus.y)} down. Click the picture, or use the arrow keys, to move it.`}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- our own uncropped preview variant */}
              <img src={preview.url} width={preview.width} height={preview.height} alt="" />
              <span className="focal-picker__marker" style={{ left: percent(focus.x), top: percent(focus.y) }} aria-hidden="true" />
            </button>
          ) : (
            <p className="muted">No preview of this picture.</p>
          )}
          <div className="focal-sliders">
            <TextField
              name="focalX"
              label={`Across: ${percent(focus.x)}`}
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={focus.x}
              disabled={!canEdit}
              onChange={(event) => setPoint(Number(event.target.value), focus.y)}
              errors={errorsFor(state, 'focalX')}
            />
            <TextField
              name="focalY"
              label={`Down: ${percent(focus.y)}`}
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={focus.y}
              disabled={!canEdit}
              onChange={(event) => setPoint(focus.x, Number(event.target.value))}
              errors={errorsFor(state, 'focalY')}
            />
          </div>
          {preview ? (
            <section aria-label="Crops" className="crop-previews" data-testid="crop-previews">
              {CROPS.map((crop) => (
                <CropPreview key={crop.label} preview={preview} ratio={crop.ratio} label={crop.label} focalX={focus.x} focalY={focus.y} />
              ))}
            </section>
          ) : null}
        </div>
        <div className="image-editor__words">
          <TextAreaField
            name="altText"
            label="Alt text"
            rows={2}
            maxLength={ALT_MAX}
            readOnly={!canEdit}
            defaultValue={valueFor(state, 'altText', image.altText ?? '')}
            errors={errorsFor(state, 'altText')}
            hint="What the picture shows, for readers who can’t see it. Needed before a story can go live with it."
          />
          <TextAreaField
            name="caption"
            label="Caption"
            maxLength={CAPTION_MAX}
            readOnly={!canEdit}
            defaultValue={valueFor(state, 'caption', image.caption ?? '')}
            errors={errorsFor(state, 'caption')}
            hint="Shown under the picture. A story can use its own caption instead."
          />
          <TextField
            name="credit"
            label="Credit"
            maxLength={CREDIT_MAX}
            readOnly={!canEdit}
            defaultValue={valueFor(state, 'credit', image.credit ?? '')}
            errors={errorsFor(state, 'credit')}
            hint="Photographer / agency, e.g. Jo Rivera / Reuters."
          />
          <TextField
            name="licence"
            label="Licence"
            maxLength={LICENCE_MAX}
            readOnly={!canEdit}
            defaultValue={valueFor(state, 'licence', image.licence ?? '')}
            errors={errorsFor(state, 'licence')}
            hint="e.g. Staff, Reuters subscription, CC BY 4.0."
          />
          {canEdit ? (
            <div className="form-actions">
              <SubmitButton pending={pending} pendingLabel="Saving…">
                Save picture
              </SubmitButton>
            </div>
          ) : (
            <p className="muted">Only the person who uploaded this picture, or an editor, can change it.</p>
          )}
        </div>
      </div>
    </form>
  );
}
