import slugify from 'slugify';

const MAX_SLUG = 80;

/** A readable URL slug from a headline: "Rates held at 4%" → "rates-held-at-4percent". */
export function slugFromHeadline(headline: string): string {
  const slug = slugify(headline, { lower: true, strict: true, trim: true });
  if (slug.length <= MAX_SLUG) return slug;
  // Cut at a word boundary so the URL doesn't end mid-word.
  const cut = slug.slice(0, MAX_SLUG);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut;
}
