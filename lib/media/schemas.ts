import { z } from 'zod';
import { cleanString } from '@/lib/text/controls';

/*
 * The words about a picture, shared by the upload route, the library's form and the tests.
 * Form fields arrive as strings; an empty one means "none" (null).
 */

export const ALT_MAX = 300;
export const CAPTION_MAX = 1000;
export const CREDIT_MAX = 200;
export const LICENCE_MAX = 200;

const optionalText = (max: number, what: string) =>
  cleanString()
    .trim()
    .max(max, `Use at most ${max} characters for the ${what}`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/** A form's "0.25" or a JSON number, kept within the picture. */
const fraction = z.coerce
  .number({ error: 'Pick a point on the picture' })
  .min(0, 'The focal point must lie on the picture')
  .max(1, 'The focal point must lie on the picture');

export const imageWordsSchema = z.object({
  altText: optionalText(ALT_MAX, 'alt text'),
  caption: optionalText(CAPTION_MAX, 'caption'),
  credit: optionalText(CREDIT_MAX, 'credit'),
  licence: optionalText(LICENCE_MAX, 'licence'),
});

export type ImageWords = z.output<typeof imageWordsSchema>;

export const imageUpdateSchema = imageWordsSchema.extend({
  id: z.uuid('That picture no longer exists'),
  focalX: fraction,
  focalY: fraction,
});

export const imageIdSchema = z.object({ id: z.uuid('That picture no longer exists') });
