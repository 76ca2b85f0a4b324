import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { type DisplayedStoryFacts, tags, tagsForDisplayedStories } from '@/lib/cache-tags';
import { isWellFormedSlug } from '@/lib/slug';
import { getDb } from '../client';
import * as articleQueries from './articles';
import * as taxonomy from './taxonomy';

/*
 * The reads behind readers' pages, cached and tagged. Tags (lib/cache-tags) make a publish
 * show at once; the lifetime below is only a safety net for anything a tag misses.
 */
const newsLife = { stale: 60, revalidate: 3600, expire: 7 * 24 * 3600 };

/** Inside a cached read: tags it with every source and section its stories show. */
function tagDisplayed<T extends DisplayedStoryFacts>(stories: T[]): T[] {
  const displayed = tagsForDisplayedStories(stories);
  if (displayed.length > 0) cacheTag(...displayed);
  return stories;
}

export type ArticleResolution =
  | { kind: 'article'; article: articleQueries.PublishedArticle }
  | { kind: 'redirect'; slug: string }
  | { kind: 'missing' };

export async function resolveArticle(slug: string): Promise<ArticleResolution> {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.article(slug));
  if (!isWellFormedSlug(slug)) return { kind: 'missing' };
  const db = await getDb();
  const article = await articleQueries.findPublishedArticle(db, slug);
  if (article) {
    // The page shows the source's name and logo and the section's name: renaming either
    // must refresh it (lib/cache-tags: tagsForSourceChange, tagsForSectionChange).
    tagDisplayed([article]);
    return { kind: 'article', article };
  }
  const target = await articleQueries.findRedirectTarget(db, slug);
  return target ? { kind: 'redirect', slug: target } : { kind: 'missing' };
}

export async function getLatest(limit: number) {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.latest);
  return tagDisplayed(await articleQueries.listLatest(await getDb(), limit));
}

export async function getGlobalWebLinks() {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.globalWebLinks);
  return articleQueries.listGlobalWebLinks(await getDb());
}

export async function getSourcePage(slug: string, limit: number) {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.source(slug), tags.sourceList(slug));
  if (!isWellFormedSlug(slug)) return null;
  const db = await getDb();
  const source = await taxonomy.findSource(db, slug);
  if (!source) return null;
  return { source, stories: tagDisplayed(await articleQueries.listBySource(db, source.id, limit)) };
}

export async function getSectionPage(slug: string, limit: number) {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.section(slug), tags.sectionList(slug));
  if (!isWellFormedSlug(slug)) return null;
  const db = await getDb();
  const section = await taxonomy.findSection(db, slug);
  if (!section) return null;
  return { section, stories: tagDisplayed(await articleQueries.listBySection(db, section.id, limit)) };
}

export async function getSections() {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.sections);
  return taxonomy.listSections(await getDb());
}

export async function getSources() {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.sources);
  return taxonomy.listSources(await getDb());
}
