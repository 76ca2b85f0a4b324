/** The sitemaps protocol's limit per file; past it the URLs split across parts and an index. */
export const MAX_URLS_PER_SITEMAP = 50_000;

/**
 * Part 1 holds the fixed pages (home, sections, sources) and then the newest articles;
 * later parts hold only articles. Returns how many parts `total` URLs need (at least one).
 */
export function sitemapPartCount(fixedCount: number, articleCount: number, perPart = MAX_URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil((fixedCount + articleCount) / perPart));
}

/** Which articles (newest first) go into a part, numbered from 1. */
export function articleWindow(
  part: number,
  fixedCount: number,
  perPart = MAX_URLS_PER_SITEMAP,
): { offset: number; limit: number } {
  const firstPartArticles = Math.max(0, perPart - fixedCount);
  if (part <= 1) return { offset: 0, limit: firstPartArticles };
  return { offset: firstPartArticles + (part - 2) * perPart, limit: perPart };
}

/** `3.xml` → 3; anything else (no extension, 0, "1e3.xml", 5,000 digits) → null. */
export function parsePartFileName(fileName: string): number | null {
  const match = /^([1-9]\d{0,5})\.xml$/.exec(fileName);
  return match ? Number(match[1]) : null;
}
