import { z } from 'zod';
import { cleanString } from '@/lib/text/controls';
import { normalizeDoc, richTextDocSchema, singleParagraph, toPlainText, safeHref } from '@/lib/content';
import type { RichTextDoc } from '@/lib/content';
import { slugSchema } from '@/lib/slug';
import { ARTICLE_KINDS } from '@/lib/vocabulary';
import { bylineIdsSchema } from './bylines';

/**
 * One schema per shape the newsroom sends: the editor's draft, and the small commands that
 * act on an article. Shared by server actions, the editor's client-side hints and tests.
 */

export const HEADLINE_MAX = 200;
/** Google shows about this many characters of a title in results. */
export const HEADLINE_SEARCH_LENGTH = 70;
export const SUMMARY_MAX = 2_000;
export const KEY_POINT_MAX = 600;
export const KEY_POINTS_MIN = 3;
export const KEY_POINTS_MAX = 10;
export const WEB_LINKS_MAX = 10;
export const LEAD_IMAGE_CAPTION_MAX = 300;

const httpUrl = z
  .string()
  .trim()
  .max(2_000, 'URL is too long')
  .refine((value) => {
    const href = safeHref(value);
    return href !== null && /^https?:/i.test(href);
  }, 'Enter a full http:// or https:// address');

const optionalHttpUrl = z.union([z.literal(''), httpUrl]).default('');

/** Rich text whose plain text must fit a limit; normalised to what the allowlist keeps. */
function richText(max: number, label: string, options: { plain?: boolean; single?: boolean } = {}) {
  return richTextDocSchema
    .transform((doc): RichTextDoc => {
      const clean = normalizeDoc(doc, { plain: options.plain });
      return options.single ? singleParagraph(clean) : clean;
    })
    .refine((doc) => toPlainText(doc).length <= max, `${label} must be at most ${max} characters`);
}

const id = z.uuid('Unknown article');
const version = z.coerce.number().int().min(1);

export const keyPointInputSchema = z.object({
  /** The stored point's id; absent for a point added in this edit. */
  id: z.uuid().optional(),
  content: richText(KEY_POINT_MAX, 'A key point', { single: true }),
  sourceUrl: optionalHttpUrl,
});

export const webLinkInputSchema = z.object({
  title: cleanString().trim().min(1, 'Give the link a title').max(200, 'Title must be at most 200 characters'),
  url: httpUrl,
  siteName: cleanString().trim().min(1, 'Name the site').max(100, 'Site name must be at most 100 characters'),
});

const optionalId = z.union([z.literal(''), z.uuid()]).transform((value) => value || null);

/** Everything the editor sends when it saves. Drafts may be incomplete, never malformed. */
export const articleDraftSchema = z.object({
  id,
  version,
  headline: richText(HEADLINE_MAX, 'The headline', { plain: true, single: true }),
  summary: richText(SUMMARY_MAX, 'The summary', { single: true }),
  keyPoints: z.array(keyPointInputSchema).max(KEY_POINTS_MAX, `At most ${KEY_POINTS_MAX} key points`),
  /** The type-of-work label; '' or null while nobody has chosen one (publishing needs it). */
  kind: z
    .union([z.literal(''), z.enum(ARTICLE_KINDS, { error: 'Choose a label from the list' })])
    .nullable()
    .default(null)
    .transform((value) => value || null),
  sourceId: optionalId,
  sectionId: optionalId,
  slug: z.union([z.literal(''), slugSchema.max(120)], {
    error: 'Use lowercase letters, digits and single hyphens (e.g. rate-rise-expected)',
  }),
  webLinks: z.array(webLinkInputSchema).max(WEB_LINKS_MAX, `At most ${WEB_LINKS_MAX} links`),
  /** The bylines' people, in order (lib/newsroom/bylines); absent leaves them unchanged. */
  bylineIds: bylineIdsSchema,
  /** An editor marks a change to a published story as substantive: readers see "Updated". */
  substantive: z.boolean().default(false),
  /** The picture between byline and summary; '' (or left out) for none. */
  leadImageId: optionalId.prefault(''),
  /** This story's caption for it; the library's caption shows when empty. */
  leadImageCaption: cleanString()
    .trim()
    .max(LEAD_IMAGE_CAPTION_MAX, `The caption must be at most ${LEAD_IMAGE_CAPTION_MAX} characters`)
    .default(''),
});

export type ArticleDraftInput = z.input<typeof articleDraftSchema>;
export type ArticleDraft = z.output<typeof articleDraftSchema>;

export const scheduleInputSchema = articleDraftSchema.extend({
  scheduledAt: z.coerce.date({ error: 'Choose a date and time' }),
});

export const articleRefSchema = z.object({ id, version });
export const sendBackSchema = articleRefSchema.extend({
  note: cleanString().trim().min(1, 'Tell the writer what to change').max(2_000),
});
export const restoreSchema = articleRefSchema.extend({ revisionId: z.uuid('Unknown revision') });

/** What publishing needs beyond a valid draft. Returns field errors, empty when ready. */
export function publishProblems(draft: ArticleDraft): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (toPlainText(draft.headline).length === 0) problems.headline = ['Write a headline'];
  if (toPlainText(draft.summary).length === 0) problems.summary = ['Write a summary'];
  if (draft.keyPoints.filter((point) => toPlainText(point.content).length > 0).length === 0) {
    problems.keyPoints = ['Add at least one key point'];
  }
  if (!draft.sourceId) problems.sourceId = ['Choose a source'];
  if (!draft.sectionId) problems.sectionId = ['Choose a section'];
  return problems;
}
