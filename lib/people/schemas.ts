import { z } from 'zod';
import { normalizeDoc, richTextDocSchema, safeHref, toPlainText, type RichTextDoc } from '@/lib/content';
import { checkLogo } from '@/lib/media/logo';
import { isWellFormedSlug } from '@/lib/slug';
import { cleanString } from '@/lib/text/controls';
import { isSiteLogoPath, slugFromName } from '@/lib/taxonomy/schemas';
import type { PersonLink } from '@/db/schema';

/*
 * A person's profile as the newsroom form sends it (strings from FormData) or as code does
 * (tests, the seed): one schema for both. Empty optional fields mean "none".
 */

export const BIO_MAX = 1_000;
export const BEATS_MAX = 12;
export const LINKS_MAX = 6;
const MAX_SLUG = 80;

/** "Politics, Climate;  courts" → ["Politics", "Climate", "courts"]: trimmed, no duplicates. */
export function parseBeats(value: string): string[] {
  const seen = new Set<string>();
  const beats: string[] = [];
  for (const raw of value.split(/[,;\n]/)) {
    const beat = raw.trim().replace(/\s+/g, ' ');
    if (beat && !seen.has(beat.toLowerCase())) {
      seen.add(beat.toLowerCase());
      beats.push(beat);
    }
  }
  return beats;
}

export type LinkLine = { ok: true; link: PersonLink } | { ok: false; line: number; message: string };

/**
 * The links box: one link a line, "Label | https://address" (a bare address is labelled by
 * its host). Each line is checked on its own so the form can say which one is wrong.
 */
export function parseLinkLines(value: string): LinkLine[] {
  return value
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }): LinkLine => {
      const bar = line.lastIndexOf('|');
      const label = bar >= 0 ? line.slice(0, bar).trim() : '';
      const address = (bar >= 0 ? line.slice(bar + 1) : line).trim();
      const href = safeHref(address);
      if (!href || !/^https?:\/\//i.test(href)) {
        return { ok: false, line: number, message: `Line ${number}: use "Label | https://address"` };
      }
      if (label.length > 60) return { ok: false, line: number, message: `Line ${number}: keep the label under 60 characters` };
      return { ok: true, link: { label: label || new URL(href).hostname.replace(/^www\./, ''), url: href } };
    });
}

/** The links as the form's text box shows them. */
export function linksToLines(links: readonly PersonLink[]): string {
  return links.map((link) => `${link.label} | ${link.url}`).join('\n');
}

const linkSchema = z.object({
  label: cleanString().trim().min(1).max(60),
  url: z.string().refine((url) => {
    const href = safeHref(url);
    return href !== null && /^https?:\/\//i.test(href);
  }, 'Use an http(s) address'),
});

const linksField = z
  .union([z.string(), z.array(linkSchema)])
  .default('')
  .transform((value, ctx): PersonLink[] => {
    if (Array.isArray(value)) return value;
    const lines = parseLinkLines(value.replace(/\0/g, ''));
    const problems = lines.flatMap((line) => (line.ok ? [] : [line.message]));
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
    return lines.flatMap((line) => (line.ok ? [line.link] : []));
  })
  .refine((links) => links.length <= LINKS_MAX, `At most ${LINKS_MAX} links`);

const beatsField = z
  .union([z.string(), z.array(z.string())])
  .default('')
  .transform((value) => parseBeats(Array.isArray(value) ? value.join(',') : value.replace(/\0/g, '')))
  .refine((beats) => beats.length <= BEATS_MAX, `At most ${BEATS_MAX} beats`)
  .refine((beats) => beats.every((beat) => beat.length <= 60), 'Keep each beat under 60 characters');

/** The bio: TipTap JSON (a string from the form's hidden field, or an object), normalised by the allowlist. */
const bioField = z
  .unknown()
  .optional()
  .transform((value, ctx): RichTextDoc | null => {
    if (value === undefined || value === null) return null;
    let raw: unknown = value;
    if (typeof value === 'string') {
      if (value.trim() === '') return null;
      try {
        raw = JSON.parse(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'The bio could not be read; try typing it again' });
        return z.NEVER;
      }
    }
    const parsed = richTextDocSchema.safeParse(raw);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'The bio could not be read; try typing it again' });
      return z.NEVER;
    }
    const doc = normalizeDoc(parsed.data);
    return toPlainText(doc).trim() === '' ? null : doc;
  })
  .refine((doc) => !doc || toPlainText(doc).length <= BIO_MAX, `The bio can be at most ${BIO_MAX} characters`);

const slugField = z
  .string()
  .trim()
  .max(MAX_SLUG, `Use at most ${MAX_SLUG} characters`)
  .refine((slug) => slug === '' || isWellFormedSlug(slug), {
    error: 'Use lowercase letters, digits and single hyphens, like ana-ruiz',
  })
  .default('');

const photoUrlField = z
  .string()
  .trim()
  .max(2048)
  .default('')
  .transform((raw, ctx) => {
    if (raw === '') return null;
    if (isSiteLogoPath(raw)) return raw;
    const href = safeHref(raw);
    if (href && /^https:/.test(href)) return href;
    ctx.addIssue({ code: 'custom', message: 'Enter an https:// address, or leave it empty' });
    return z.NEVER;
  });

/** A chosen photo: the same byte checks as source logos (lib/media/logo). */
const photoFileField = z
  .custom<Blob>((value) => value instanceof Blob, { error: 'Choose an image file' })
  .optional()
  .transform(async (file, ctx) => {
    if (!file || file.size === 0) return undefined;
    const checked = await checkLogo(file);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', message: checked.message.replace('The logo', 'The photo') });
      return z.NEVER;
    }
    return { contentType: checked.contentType, bytes: checked.bytes };
  });

const optionalUserId = z
  .union([z.literal(''), z.uuid('Unknown account')])
  .optional()
  .transform((value) => (value === undefined ? undefined : value || null));

const personFields = z.object({
  name: cleanString().trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters'),
  slug: slugField,
  jobTitle: cleanString().trim().max(120, 'Use at most 120 characters').default(''),
  bio: bioField,
  beats: beatsField,
  links: linksField,
  photoUrl: photoUrlField,
  /** Wins over `photoUrl`: a new upload replaces the photo. */
  photoFile: photoFileField,
  /** Absent: leave the link to an account as it is; '' unlinks. */
  userId: optionalUserId,
});

function withSlug<T extends { name: string; slug: string }>(value: T, ctx: z.RefinementCtx): T {
  const slug = value.slug || slugFromName(value.name);
  if (!slug) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'Enter a slug: the name has no letters or digits to make one from' });
  return { ...value, slug };
}

/** Async (a photo's bytes are read): parse with `safeParseAsync` (lib/result parseInput does). */
export const personSchema = personFields.transform(withSlug);
export const personUpdateSchema = personFields.extend({ id: z.uuid('Unknown person') }).transform(withSlug);
export const personDeleteSchema = z.object({ id: z.uuid('Unknown person') });

export type PersonInput = z.output<typeof personSchema>;
