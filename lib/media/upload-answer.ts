import type { ActionErrorCode } from '@/lib/actions/action-state';
import type { FieldErrors } from '@/lib/result';
import type { ImageRef } from './image-ref';
import type { IngestResult } from './ingest';
import type { RefusalCode } from './inspect';

/**
 * What POST /api/media/images answers, as JSON: the stored picture, or why not. `refusal`
 * says which check a file failed (for scripts; people read `message`).
 */
export type UploadAnswer =
  | { status: 'success'; image: Pick<ImageRef, 'id' | 'width' | 'height' | 'alt'> & { thumbnail: string | null } }
  | { status: 'error'; code: ActionErrorCode; message: string; fieldErrors: FieldErrors; refusal?: RefusalCode };

const STATUS: Record<ActionErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 422,
  conflict: 409,
  error: 500,
};

export function toUploadResponse(result: IngestResult): { answer: UploadAnswer; status: number } {
  if (result.ok) {
    const { id, width, height, alt, variants } = result.value;
    const thumbnail = variants.find((variant) => variant.aspect === '4:3' && variant.format === 'webp')?.url ?? null;
    return { answer: { status: 'success', image: { id, width, height, alt, thumbnail } }, status: 201 };
  }
  const refusal = 'refusal' in result ? result.refusal : undefined;
  // A file over the size limit is the same 413 whether the route or the check caught it.
  const status = refusal === 'too_large' ? 413 : STATUS[result.code];
  return { answer: { status: 'error', code: result.code, message: result.message, fieldErrors: result.fieldErrors, ...(refusal ? { refusal } : {}) }, status };
}
