import slugify from 'slugify';
import { z } from 'zod';
import { cleanString } from '@/lib/text/controls';
import { safeHref } from '@/lib/content/safe-href';
import { checkLogo } from '@/lib/media/logo';
import { isWellFormedSlug } from '@/lib/slug';

/*
 * One schema per entity, shared by the server actions, the domain functions and the tests.
 * Form fields arrive as strings: an empty optional field means "none".
 */

const MAX_SLUG = 80;

/** A URL slug from a name: "Économie & Business" → "economie-and-business". */
export function slugFromName(name: string): string {
  return slugify(name, { lower: true, strict: true, trim: true }).slice(0, MAX_SLUG).replace(/-+$/, '');
}

/** Empty means "make one from the name"; anything typed must already be a clean slug. */
const slugField = z
  .string()
  .trim()
  .max(MAX_SLUG, `Use at most ${MAX_SLUG} characters`)
  .refine((slug) => slug === '' || isWellFormedSlug(slug), {
    error: 'Use lowercase letters, digits and single hyphens, like world-news',
  })
  .default('');

const nameField = cleanString().trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters');

/** Fills in the slug from the name when it was left empty. */
function withSlug<T extends { name: string; slug: string }>(value: T, ctx: z.RefinementCtx): T {
  const slug = value.slug || slugFromName(value.name);
  if (!slug) {
    ctx.addIssue({ code: 'custom', path: ['slug'], message: 'Enter a slug: the name has no letters or digits to make one from' });
  }
  return { ...value, slug };
}

/**
 * The slug some input would get, if that much of it is valid: used to report a taken slug
 * together with the input's other problems instead of one round later.
 */
export function intendedSlug(input: unknown): string | null {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as { name?: unknown; slug?: unknown };
  const slug = slugField.safeParse(fields.slug);
  if (!slug.success) return null;
  if (slug.data) return slug.data;
  const name = nameField.safeParse(fields.name);
  return name.success ? slugFromName(name.data) || null : null;
}

/** An absolute http(s) URL, normalised; empty means none. */
function webUrl(message: string) {
  return z
    .string()
    .trim()
    .max(2048, 'Use at most 2,048 characters')
    .transform((raw, ctx) => {
      if (raw === '') return null;
      const href = safeHref(raw);
      if (!href || !/^https?:/.test(href)) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return href;
    })
    .default(null);
}

/** Logos shipped in public/logos (ours, so SVG is fine there) and uploads served from /media. */
const SITE_LOGO_PATH = /^\/logos\/[a-z0-9][a-z0-9._-]*\.(?:png|jpe?g|webp|svg)$/i;
const MEDIA_PATH = /^\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isSiteLogoPath(value: string): boolean {
  return SITE_LOGO_PATH.test(value) || MEDIA_PATH.test(value);
}

/** The upload served at a `/media/<id>` logo URL, if it is one. */
export function mediaIdOf(logoUrl: string | null): string | null {
  return logoUrl && MEDIA_PATH.test(logoUrl) ? logoUrl.slice('/media/'.length) : null;
}

const logoUrlField = z
  .string()
  .trim()
  .max(2048, 'Use at most 2,048 characters')
  .transform((raw, ctx) => {
    if (raw === '') return null;
    if (isSiteLogoPath(raw)) return raw;
    const href = safeHref(raw);
    if (href && /^https?:/.test(href)) return href;
    ctx.addIssue({ code: 'custom', message: 'Enter an http(s) address, or a path like /logos/name.png' });
    return z.NEVER;
  })
  .default(null);

/**
 * A chosen logo file, checked by its bytes (lib/media/logo). An empty file input (nothing
 * chosen) arrives as a nameless empty file and means "no upload". Reading the bytes is
 * async, so source input is parsed with `safeParseAsync`.
 */
const logoFileField = z
  .custom<Blob>((value) => value instanceof Blob, { error: 'Choose an image file' })
  .optional()
  .transform(async (file, ctx) => {
    if (!file || file.size === 0) return undefined;
    const checked = await checkLogo(file);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }
    return { contentType: checked.contentType, bytes: checked.bytes };
  });

const sourceFields = z.object({
  name: nameField,
  slug: slugField,
  homepageUrl: webUrl('Enter the full address, starting with https://'),
  description: cleanString().trim().max(500, 'Use at most 500 characters').default(''),
  logoUrl: logoUrlField,
  /** Wins over `logoUrl`: a new upload replaces whatever logo the source had. */
  logoFile: logoFileField,
});

const sectionFields = z.object({ name: nameField, slug: slugField });

const id = z.uuid('Unknown item');

/** Async (the logo's bytes are read): parse with `safeParseAsync`. */
export const sourceSchema = sourceFields.transform(withSlug);
export const sourceUpdateSchema = sourceFields.extend({ id }).transform(withSlug);
export const sectionSchema = sectionFields.transform(withSlug);
export const sectionUpdateSchema = sectionFields.extend({ id }).transform(withSlug);

export const sectionMoveSchema = z.object({ id, direction: z.enum(['up', 'down'], { error: 'Choose up or down' }) });
export const sectionOrderSchema = z.object({
  ids: z.array(id).min(1, 'No sections to order').refine((ids) => new Set(ids).size === ids.length, 'A section appears twice'),
});

export type SourceInput = z.output<typeof sourceSchema>;
export type SectionInput = z.output<typeof sectionSchema>;
