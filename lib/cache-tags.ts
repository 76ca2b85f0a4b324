/**
 * Every cache tag the public site uses, in one place: reads tag themselves with these, and
 * writes invalidate exactly the ones a change touches (see `tagsForArticleChange`).
 */
export const tags = {
  /** One article page, by slug; also holds "no such slug" answers, so publishing clears them. */
  article: (slug: string) => `article:${slug}`,
  /** The site-wide latest list: home page and every article's Latest News. */
  latest: 'list:latest',
  sourceList: (slug: string) => `list:source:${slug}`,
  sectionList: (slug: string) => `list:section:${slug}`,
  source: (slug: string) => `source:${slug}`,
  section: (slug: string) => `section:${slug}`,
  /** The lists of sources and sections (navigation, footers). */
  sources: 'sources',
  sections: 'sections',
  /** Around The Web links shared by every article. */
  globalWebLinks: 'web-links:global',
  feeds: 'feeds',
  sitemaps: 'sitemaps',
} as const;

/** What an article looked like on one side of a change, as far as caches care. */
export interface ArticleCacheFacts {
  slug: string;
  /** Whether readers could see it. */
  public: boolean;
  sourceSlug: string | null;
  sectionSlug: string | null;
}

/**
 * The tags a change to one article touches. `before` is null for a new article, `after`
 * null for a deleted one. A change that never reaches readers (a draft saved as a draft)
 * touches nothing.
 */
export function tagsForArticleChange(
  before: ArticleCacheFacts | null,
  after: ArticleCacheFacts | null,
): string[] {
  const sides = [before, after].filter((side): side is ArticleCacheFacts => side?.public === true);
  if (sides.length === 0) return [];
  const touched = new Set<string>([tags.latest, tags.feeds, tags.sitemaps]);
  for (const side of sides) {
    touched.add(tags.article(side.slug));
    if (side.sourceSlug) touched.add(tags.sourceList(side.sourceSlug));
    if (side.sectionSlug) touched.add(tags.sectionList(side.sectionSlug));
  }
  // A slug that stops serving the article must answer with its redirect, not the old page.
  for (const side of [before, after]) if (side) touched.add(tags.article(side.slug));
  return [...touched];
}
