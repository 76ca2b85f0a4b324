import type { UploadAnswer } from '@/lib/media/upload-answer';

/** Where the library sends pictures (app/api/media/images/route.ts). */
export const UPLOAD_URL = '/api/media/images';

export interface UploadHandlers {
  /** 0..1 of the bytes sent. */
  onProgress(fraction: number): void;
  /** Every byte is sent; the server is making the variants. */
  onSent(): void;
}

/**
 * Sends one file with XMLHttpRequest — fetch() can't report upload progress — and resolves
 * with the server's JSON answer, or an answer made here when there is none (network down,
 * a proxy's HTML error page).
 */
export function uploadFile(file: File, handlers: UploadHandlers): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', UPLOAD_URL);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) handlers.onProgress(event.loaded / event.total);
    });
    request.upload.addEventListener('load', () => handlers.onSent());
    request.addEventListener('load', () => {
      const answer = request.response as UploadAnswer | null;
      if (answer && typeof answer === 'object' && 'status' in answer) return resolve(answer);
      const message =
        request.status === 413
          ? 'The picture is too large to send (at most 20 MB).'
          : `The upload failed (HTTP ${request.status}). Please try again.`;
      resolve({ status: 'error', code: 'error', message, fieldErrors: {} });
    });
    request.addEventListener('error', () =>
      resolve({ status: 'error', code: 'error', message: 'The connection dropped before the picture was sent. Please try again.', fieldErrors: {} }),
    );
    const form = new FormData();
    form.set('file', file);
    request.send(form);
  });
}
