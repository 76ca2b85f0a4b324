import { parseRichText } from '@/lib/content';
import { toParagraphs } from '@/lib/content/allowlist';

/**
 * What a key point claims, as a comparable string: its words and the links in them, through
 * the same allowlist readers' pages use. Bold and italics don't change a claim; a word or a
 * link does, and then a verification of the old wording no longer holds.
 * (Stored jsonb reorders object keys, so the docs themselves can't be compared as text.)
 */
export function claimFingerprint(doc: unknown): string {
  const parsed = parseRichText(doc);
  if (!parsed) return '';
  const segments: [string, string | null][] = [];
  for (const [index, paragraph] of toParagraphs(parsed).entries()) {
    if (index > 0) segments.push(['\n', null]);
    for (const item of paragraph) {
      const [text, href] = item.kind === 'text' ? [item.text, item.href] : ['\n', null];
      const last = segments.at(-1);
      // Text split by a change of bold or italics is still the same words.
      if (last && last[1] === href) last[0] += text;
      else segments.push([text, href]);
    }
  }
  return JSON.stringify(segments);
}

/** Whether an edit changed what the point claims (so its verification must go). */
export const claimChanged = (before: unknown, after: unknown) => claimFingerprint(before) !== claimFingerprint(after);
