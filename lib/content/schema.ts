import { z } from 'zod';
import { cleanString, stripControlsDeep } from '../text/controls';
import { RICH_TEXT_LIMITS, isWithinLimits } from './limits';

/** A TipTap mark as stored. Only `type` and `attrs` are kept; any other key is stripped. */
export interface RichTextMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A TipTap node as stored. Any key beyond these is stripped on parse. */
export interface RichTextNode {
  type: string;
  content?: RichTextNode[];
  text?: string;
  marks?: RichTextMark[];
  attrs?: Record<string, unknown>;
}

export interface RichTextDoc {
  type: 'doc';
  content: RichTextNode[];
}

const typeNameSchema = z.string().min(1).max(RICH_TEXT_LIMITS.maxTypeLength);

// zod's record never copies a `__proto__` key into its output (it builds a fresh object and
// skips that key), so a JSON.parse'd `{"__proto__": …}` can neither reach the renderer nor
// replace the output object's prototype. lib/content/schema.test.ts pins this behaviour.
// Attribute strings lose control characters like text does (lib/text/controls).
const attrsSchema = z.record(z.string().max(RICH_TEXT_LIMITS.maxTypeLength), z.unknown().transform(stripControlsDeep));

const markSchema = z.object({
  type: typeNameSchema,
  attrs: attrsSchema.optional(),
});

// Recursive through a getter (the zod 4 idiom). Safe only because `isWithinLimits` has
// already bounded the depth before this schema runs; never use it on unchecked input.
const nodeSchema: z.ZodType<RichTextNode> = z.object({
  type: typeNameSchema,
  // A NUL pasted into the editor failed the whole save (Postgres rejects it): stripped here.
  text: cleanString().max(RICH_TEXT_LIMITS.maxTextLength).optional(),
  marks: z.array(markSchema).max(RICH_TEXT_LIMITS.maxMarksPerNode).optional(),
  attrs: attrsSchema.optional(),
  get content() {
    return z.array(nodeSchema).optional();
  },
});

const docShapeSchema = z.object({
  type: z.literal('doc'),
  content: z.array(nodeSchema),
});

/**
 * The stored rich-text document. Measures the input without recursion first and only then
 * hands it to the structural schema, so deeply nested or huge hostile JSON fails cleanly
 * instead of overflowing the stack. Use it inside larger schemas (form input, DB rows).
 */
export const richTextDocSchema = z
  .unknown()
  .refine(isWithinLimits, { message: 'Rich text is too large or too deeply nested', abort: true })
  .pipe(docShapeSchema);

/** The doc, validated and stripped of unknown keys, or null when it is not a valid doc. */
export function parseRichText(value: unknown): RichTextDoc | null {
  const result = richTextDocSchema.safeParse(value);
  return result.success ? result.data : null;
}
