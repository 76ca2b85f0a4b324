import { z } from 'zod';
import { normalizeDoc, richTextDocSchema, singleParagraph, toPlainText, type RichTextDoc } from '@/lib/content';
import { cleanString } from '@/lib/text/controls';
import { CORRECTION_TYPES } from '@/lib/vocabulary';

/**
 * What the "Corrections and notes" panel sends. Plain zod, no server imports: the panel
 * uses the limits for its hints, the server actions and the commands parse with it.
 */

export const CORRECTION_TEXT_MAX = 600;
export const DECISION_NOTE_MAX = 1_000;

/** One short paragraph (bold, italic, links), as the allowlist keeps it. */
export const correctionTextSchema = richTextDocSchema
  .transform((doc): RichTextDoc => singleParagraph(normalizeDoc(doc)))
  .refine((doc) => toPlainText(doc).length > 0, 'Write what was wrong and what is right')
  .refine(
    (doc) => toPlainText(doc).length <= CORRECTION_TEXT_MAX,
    `A note can be at most ${CORRECTION_TEXT_MAX} characters`,
  );

const type = z.enum(CORRECTION_TYPES, { error: 'Choose correction, clarification or editor’s note' });

export const addCorrectionSchema = z.object({
  articleId: z.uuid('Unknown article'),
  type,
  text: correctionTextSchema,
});

/** Only ever accepted for a story readers haven't seen yet (see lib/corrections/commands). */
export const changeCorrectionSchema = z.object({
  id: z.uuid('Unknown note'),
  type,
  text: correctionTextSchema,
});

export const correctionRefSchema = z.object({ id: z.uuid('Unknown note') });

export const decideProposalSchema = z.object({
  id: z.uuid('Unknown proposal'),
  decision: z.enum(['accept', 'decline']),
  note: cleanString().trim().max(DECISION_NOTE_MAX, `At most ${DECISION_NOTE_MAX} characters`).default(''),
});

export type AddCorrectionInput = z.input<typeof addCorrectionSchema>;
