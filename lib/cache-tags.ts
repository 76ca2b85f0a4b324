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
  /** The site-wide /corrections page and its feed. */
  corrections: 'corrections',
  /** One standards page (about, ethics, …), by slug; the footer's list of them. */
  standardsPage: (slug: string) => `standards:${slug}`,
  standardsPages: 'standards',
  /** One person's profile (and every article page showing their byline), by slug. */
  person: (slug: string) => `person:${slug}`,
  /** One person's story list and feed. */
  personList: (slug: string) => `list:person:${slug}`,
  /** One upload served from /media/[id] (edge key only: uploads never change). */
  media: (id: string) => `media:${id}`,
  /** Every cached read that shows this picture (its alt text, caption, credit or crops). */
  image: (id: string) => `image:${id}`,
} as const;

/** What an article looked like on one side of a change, as far as caches care. */
export interface ArticleCacheFacts {
  slug: string;
  /** Whether readers could see it. */
  public: boolean;
  sourceSlug: string | null;
  sectionSlug: string | null;
  /** The slugs of the people in its bylines: their author pages list it. */
  personSlugs?: readonly string[];
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
    for (const person of side.personSlugs ?? []) touched.add(tags.personList(person));
  }
  // A slug that stops serving the article must answer with its redirect, not the old page.
  for (const side of [before, after]) if (side) touched.add(tags.article(side.slug));
  return [...touched];
}

/** What a source or section looked like on one side of a change, as far as caches care. */
export interface TaxonomyCacheFacts {
  slug: string;
}

function tagsForTaxonomyChange(
  before: TaxonomyCacheFacts | null,
  after: TaxonomyCacheFacts | null,
  own: { list: string; entity: (slug: string) => string; stories: (slug: string) => string },
): string[] {
  // Story cards and article pages show source and section names, so `latest` and every page
  // tagged with the entity's own tag (see tagsForCards) change with it; feeds carry the names.
  const touched = new Set<string>([own.list, tags.latest, tags.feeds]);
  for (const side of [before, after]) {
    if (!side) continue;
    touched.add(own.entity(side.slug));
    touched.add(own.stories(side.slug));
  }
  // The sitemap lists each profile URL: only a new, removed or renamed slug changes it.
  if (before?.slug !== after?.slug) touched.add(tags.sitemaps);
  return [...touched];
}

/** The tags a change to one source touches (`before` null: created; `after` null: removed). */
export function tagsForSourceChange(before: TaxonomyCacheFacts | null, after: TaxonomyCacheFacts | null): string[] {
  return tagsForTaxonomyChange(before, after, { list: tags.sources, entity: tags.source, stories: tags.sourceList });
}

/** The tags a change to one section touches (`before` null: created; `after` null: removed). */
export function tagsForSectionChange(before: TaxonomyCacheFacts | null, after: TaxonomyCacheFacts | null): string[] {
  return tagsForTaxonomyChange(before, after, { list: tags.sections, entity: tags.section, stories: tags.sectionList });
}

/** A story as shown on a card or an article page: which source and section it names. */
export interface DisplayedStoryFacts {
  source: { slug: string } | null;
  section: { slug: string } | null;
}

/**
 * The tags a cached read must carry because it shows these stories' source and section
 * names and logos: renaming a source then refreshes every list and page that shows it,
 * not only its own profile.
 */
export function tagsForDisplayedStories(stories: readonly DisplayedStoryFacts[]): string[] {
  const touched = new Set<string>();
  for (const story of stories) {
    if (story.source) touched.add(tags.source(story.source.slug));
    if (story.section) touched.add(tags.section(story.section.slug));
  }
  return [...touched];
}

/**
 * The tags a change to one person touches (`before` null: created; `after` null: removed):
 * their profile, their list and feed, and every article page tagged with them (bylines show
 * the name). The sitemap lists profile URLs, so a new, removed or renamed slug changes it.
 */
export function tagsForPersonChange(before: TaxonomyCacheFacts | null, after: TaxonomyCacheFacts | null): string[] {
  const touched = new Set<string>([tags.feeds]);
  for (const side of [before, after]) {
    if (!side) continue;
    touched.add(tags.person(side.slug));
    touched.add(tags.personList(side.slug));
  }
  if (before?.slug !== after?.slug) touched.add(tags.sitemaps);
  return [...touched];
}

/**
 * The tags a change to one image's alt text, caption, credit or focal point touches: every
 * read that shows it carries `tags.image(id)` (see tagsForDisplayedImages), so the pages,
 * cards, feeds and sitemaps that show it refresh, and nothing else does. The media library's
 * update action revalidates these.
 */
export function tagsForImageChange(imageId: string): string[] {
  return [tags.image(imageId)];
}

/** The tags a cached read must carry because it shows these lead images. */
export function tagsForDisplayedImages(imageIds: readonly (string | null | undefined)[]): string[] {
  return [...new Set(imageIds.filter((id): id is string => typeof id === 'string' && id.length > 0))].map(tags.image);
}
