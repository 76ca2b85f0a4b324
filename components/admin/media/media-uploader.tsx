'use client';

import { AppLink } from '@/components/ui/app-link';
import { useRouter } from 'next/navigation';
import { type ChangeEvent, type DragEvent, useId, useRef, useState } from 'react';
import { IMAGE_MAX_BYTES, megabytes } from '@/lib/media/limits';
import { uploadFile } from './upload-file';

type Phase = 'waiting' | 'sending' | 'processing' | 'done' | 'failed';

interface Item {
  key: number;
  name: string;
  size: number;
  phase: Phase;
  progress: number;
  message?: string;
  imageId?: string;
  thumbnail?: string | null;
}

/** Files sent side by side; the server processes one picture at a time anyway. */
const PARALLEL = 3;

let nextKey = 1;

const PHASE_TEXT: Record<Phase, string> = {
  waiting: 'Waiting',
  sending: 'Sending',
  processing: 'Making the crops',
  done: 'Uploaded',
  failed: 'Not uploaded',
};

/**
 * Upload by file picker or drag-and-drop, several files at once, each with its own progress
 * bar and, when refused, the server's reason (not a picture, SVG, too large, damaged…).
 */
export function MediaUploader() {
  const router = useRouter();
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);

  const update = (key: number, patch: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  async function send(files: File[]) {
    const queued = files.map((file): Item & { file: File } => ({
      key: nextKey++,
      file,
      name: file.name || 'Unnamed file',
      size: file.size,
      phase: 'waiting',
      progress: 0,
    }));
    setItems((current) => [...queued.map(({ file: _file, ...item }) => item), ...current]);
    let stored = 0;
    const work = [...queued];
    async function worker() {
      for (let next = work.shift(); next; next = work.shift()) {
        const { key, file } = next;
        // Checked here too, so 80 MB isn't sent only to be refused.
        if (file.size > IMAGE_MAX_BYTES) {
          update(key, { phase: 'failed', message: `The picture must be at most ${megabytes(IMAGE_MAX_BYTES)}; this file is ${megabytes(file.size)}.` });
          continue;
        }
        update(key, { phase: 'sending' });
        const answer = await uploadFile(file, {
          onProgress: (progress) => update(key, { progress }),
          onSent: () => update(key, { phase: 'processing', progress: 1 }),
        });
        if (answer.status === 'success') {
          stored += 1;
          update(key, { phase: 'done', progress: 1, imageId: answer.image.id, thumbnail: answer.image.thumbnail });
        } else {
          update(key, { phase: 'failed', message: answer.fieldErrors.file?.[0] ?? answer.message });
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(PARALLEL, queued.length) }, worker));
    if (stored > 0) router.refresh();
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) void send(files);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void send(files);
  }

  return (
    <section className="media-uploader" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Upload pictures</h2>
      <div
        className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop pictures here, or</p>
        <label htmlFor={inputId} className="button">
          Choose files…
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
          multiple
          aria-describedby={hintId}
          onChange={onChange}
        />
        <p id={hintId} className="field-hint">
          JPEG, PNG, WebP, AVIF or GIF; at most {megabytes(IMAGE_MAX_BYTES)} and 50 megapixels each. Several at once are fine.
        </p>
      </div>
      {items.length > 0 ? (
        <ul className="upload-list" aria-live="polite">
          {items.map((item) => (
            <li key={item.key} className={`upload-item upload-item--${item.phase}`}>
              <span className="upload-item__name">{item.name}</span>
              <span className="upload-item__size">{megabytes(item.size)}</span>
              {item.phase === 'failed' ? null : (
                <progress
                  max={1}
                  value={item.phase === 'processing' ? undefined : item.progress}
                  aria-label={`${PHASE_TEXT[item.phase]}: ${item.name}`}
                />
              )}
              <span className="upload-item__status">
                {item.phase === 'failed' ? (
                  <span className="field-error" role="alert">
                    {item.message}
                  </span>
                ) : item.phase === 'done' && item.imageId ? (
                  <>
                    Uploaded. <AppLink href={`/admin/media/${item.imageId}`}>Describe it (alt text, caption, credit)</AppLink>
                  </>
                ) : (
                  `${PHASE_TEXT[item.phase]}${item.phase === 'sending' ? ` ${Math.round(item.progress * 100)}%` : '…'}`
                )}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
