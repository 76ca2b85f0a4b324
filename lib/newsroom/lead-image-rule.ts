import type { FieldErrors } from '@/lib/result';

/**
 * Readers who can't see a picture get its alt text instead; a story can't go live (now or
 * on a schedule) with a lead image that has none. Pure: the caller loads the image's alt
 * text and folds these errors into the other publishing problems.
 */

/** The field the editor shows the lead image's errors at. */
export const LEAD_IMAGE_FIELD = 'leadImageId';

export const LEAD_IMAGE_NEEDS_ALT =
  'The lead image has no alt text. Describe what the picture shows in the media library, or choose another image.';
export const LEAD_IMAGE_MISSING = 'The lead image no longer exists. Choose another image or remove it.';

/**
 * What stops the lead image from going live. `image` is what the story points at: null for
 * no lead image (allowed), `'missing'` when the id points at nothing.
 */
export function leadImageProblems(image: { alt: string | null } | 'missing' | null): FieldErrors {
  if (image === null) return {};
  if (image === 'missing') return { [LEAD_IMAGE_FIELD]: [LEAD_IMAGE_MISSING] };
  return (image.alt ?? '').trim().length === 0 ? { [LEAD_IMAGE_FIELD]: [LEAD_IMAGE_NEEDS_ALT] } : {};
}
