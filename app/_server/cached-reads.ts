import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { type DisplayedStoryFacts, tags, tagsForDisplayedImages, tagsForDisplayedStories } from '@/lib/cache-tags';
import { HOME_FIRST_PAGE_SIZE, LIST_PAGE_SIZE } from '@/lib/paging/page-sizes';
import type { PageRequest } from '@/lib/paging/page-request';
import { clampInt, listArg, MAX_READ_LIMIT, pageRequestArg, searchArgs, slugArg } from '@/lib/read-args';
import { MAX_URLS_PER_SITEMAP } from '@/lib/sitemaps/plan';
import { isWellFormedSlug } from '@/lib/slug';
import { getReadDb } from '@/db/client';
import type { Database } from '@/db/connection';
import * as articleQueries from '@/db/queries/articles';
import * as feedQueries from '@/db/queries/feeds';
import * as peopleQueries from '@/db/queries/people';
import { findEntityRedirect } from '@/lib/redirects/entity-slugs';
import type { RedirectingEntity } from '@/db/schema';
import * as searchQueries from '@/db/queries/search';
import * as sitemapQueries from '@/db/queries/sitemaps';
import { listStandardsPages } from '@/db/queries/standards';
import { standardsPageList } from '@/lib/standards/pages';
import { paths } from '@/lib/seo/paths';
import { listStoryPage, type StoryPage, type StoryScope } from '@/db/queries/story-pages';
import * as taxonomy from '@/db/queries/taxonomy';

/*
 * Every exported `'use cache'` function below can also be called from outside, through its
 * server-reference id, with any arguments: each checks its own first (lib/read-args).
 *
 * The reads behind readers' pages, cached and tagged. Tags (lib/cache-tags) make a publish
 * show at once; the lifetime below is only a safety net for anything a tag misses.
 */
const newsLife = { stale: 60, revalidate: 3600, expire: 7 * 24 * 3600 };

/** Inside a cached read: tags it with every source and section its stories show. */
function tagDisplayed<T extends DisplayedStoryFacts & { image?: { id: string } | null }>(stories: T[]): T[] {
  const displayed = tagsForDisplayedStories(stories);
  if (displayed.length > 0) cacheTag(...displayed);
  tagImages(stories.map((story) => story.image?.id));
  return stories;
}

/** Inside a cached read: an alt text, caption or focal point change to these images refreshes it. */
function tagImages(ids: (string | null | undefined)[]) {
  const imageTags = tagsForDisplayedImages(ids);
  if (imageTags.length > 0) cacheTag(...imageTags);
}

export type ArticleResolution =
  | { kind: 'article'; article: articleQueries.PublishedArticle }
  | { kind: 'redirect'; slug: string }
  | { kind: 'missing' };

export async function resolveArticle(rawSlug: string): Promise<ArticleResolution> {
  'use cache';
  cacheLife(newsLife);
  const slug = slugArg(rawSlug);
  if (slug === null) return { kind: 'missing' };
  cacheTag(tags.article(slug));
  const db = await getReadDb();
  const article = await articleQueries.findPublishedArticle(db, slug);
  if (article) {
    // The page shows the source's name and logo and the section's name: renaming either
    // must refresh it (lib/cache-tags: tagsForSourceChange, tagsForSectionChange).
    tagDisplayed([article]);
    // The byline shows each person's name: editing a profile refreshes the page.
    if (article.bylines.length > 0) cacheTag(...article.bylines.map((person) => tags.person(person.slug)));
    tagImages([article.leadImage?.id]);
    return { kind: 'article', article };
  }
  const target = await articleQueries.findRedirectTarget(db, slug);
  return target ? { kind: 'redirect', slug: target } : { kind: 'missing' };
}

export async function getLatest(limit: number) {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.latest);
  const bounded = clampInt(limit, 1, MAX_READ_LIMIT, 1);
  return tagDisplayed(await articleQueries.listLatest(await getReadDb(), bounded));
}

export async function getGlobalWebLinks() {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.globalWebLinks);
  return articleQueries.listGlobalWebLinks(await getReadDb());
}

export async function getSections() {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.sections);
  return taxonomy.listSections(await getReadDb());
}

export async function getSources() {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.sources);
  return taxonomy.listSources(await getReadDb());
}

/** A story list readers can page through: the front page's, a section's or a source's. */
export type PublicList =
  | { kind: 'latest' }
  | { kind: 'section'; slug: string }
  | { kind: 'source'; slug: string }
  | { kind: 'person'; slug: string };

type Section = NonNullable<Awaited<ReturnType<typeof taxonomy.findSection>>>;
type Source = NonNullable<Awaited<ReturnType<typeof taxonomy.findSource>>>;
type Person = peopleQueries.PublicPerson;

export type ResolvedList =
  | { kind: 'latest' }
  | { kind: 'section'; section: Section }
  | { kind: 'source'; source: Source }
  | { kind: 'person'; person: Person };

function listTags(list: PublicList): string[] {
  if (list.kind === 'section') return [tags.section(list.slug), tags.sectionList(list.slug)];
  if (list.kind === 'source') return [tags.source(list.slug), tags.sourceList(list.slug)];
  if (list.kind === 'person') return [tags.person(list.slug), tags.personList(list.slug)];
  return [tags.latest];
}

async function resolveList(db: Database, list: PublicList): Promise<{ resolved: ResolvedList; scope: StoryScope } | null> {
  if (list.kind === 'latest') return { resolved: list, scope: list };
  if (!isWellFormedSlug(list.slug)) return null;
  if (list.kind === 'section') {
    const section = await taxonomy.findSection(db, list.slug);
    return section ? { resolved: { kind: 'section', section }, scope: { kind: 'section', sectionId: section.id } } : null;
  }
  if (list.kind === 'person') {
    const person = await peopleQueries.findPerson(db, list.slug);
    return person ? { resolved: { kind: 'person', person }, scope: { kind: 'person', personId: person.id } } : null;
  }
  const source = await taxonomy.findSource(db, list.slug);
  return source ? { resolved: { kind: 'source', source }, scope: { kind: 'source', sourceId: source.id } } : null;
}

/** One page of a list (null request: the first page); null when the section/source is unknown. */
export async function getStoryList(
  rawList: PublicList,
  rawRequest: PageRequest,
): Promise<{ list: ResolvedList; page: StoryPage } | null> {
  'use cache';
  cacheLife(newsLife);
  const list = listArg(rawList);
  if (list === null) return null;
  const request = pageRequestArg(rawRequest);
  cacheTag(...listTags(list));
  const db = await getReadDb();
  const found = await resolveList(db, list);
  if (!found) return null;
  const sizes = {
    pageSize: LIST_PAGE_SIZE,
    firstPageSize: list.kind === 'latest' ? HOME_FIRST_PAGE_SIZE : LIST_PAGE_SIZE,
  };
  const page = await listStoryPage(db, found.scope, request, sizes);
  tagDisplayed(page.stories);
  return { list: found.resolved, page };
}

export async function getSourcePage(slug: string) {
  const found = await getStoryList({ kind: 'source', slug }, null);
  return found?.list.kind === 'source' ? { source: found.list.source, page: found.page } : null;
}

export async function getSectionPage(slug: string) {
  const found = await getStoryList({ kind: 'section', slug }, null);
  return found?.list.kind === 'section' ? { section: found.list.section, page: found.page } : null;
}

/** A person's author page: the profile and the first page of their stories. */
export async function getPersonPage(slug: string) {
  const found = await getStoryList({ kind: 'person', slug }, null);
  return found?.list.kind === 'person' ? { person: found.list.person, page: found.page } : null;
}

/**
 * Where an old slug of a person, source or section leads now (null: nowhere). Tagged with
 * the old slug's own tag, which the rename invalidates (lib/cache-tags), so a slug given up
 * and later taken by someone new stops redirecting at once.
 */
export async function getEntityRedirect(rawType: RedirectingEntity, rawSlug: string): Promise<string | null> {
  'use cache';
  cacheLife(newsLife);
  const slug = slugArg(rawSlug);
  const entityType = rawType === 'person' || rawType === 'source' || rawType === 'section' ? rawType : null;
  if (slug === null || entityType === null) return null;
  const tag = entityType === 'person' ? tags.person(slug) : entityType === 'source' ? tags.source(slug) : tags.section(slug);
  cacheTag(tag);
  return findEntityRedirect(await getReadDb(), entityType, slug);
}

export const SEARCH_PAGE_SIZE = 10;

/**
 * Search results, cached per (query, page) for a few minutes. Tagged with the latest list:
 * every change readers can see (publish, unpublish, edit of a public story) touches it.
 */
export async function searchStories(rawQuery: string, rawPage: number) {
  'use cache';
  cacheLife({ stale: 60, revalidate: 300, expire: 3600 });
  cacheTag(tags.latest);
  const { query, page } = searchArgs(rawQuery, rawPage);
  return searchQueries.searchArticles(await getReadDb(), query, { page, pageSize: SEARCH_PAGE_SIZE });
}

export const FEED_SIZE = 50;

/** The newest stories of a list for its feed; null for an unknown section or source. */
export async function getFeedStories(rawList: PublicList) {
  'use cache';
  cacheLife(newsLife);
  const list = listArg(rawList);
  if (list === null) return null;
  cacheTag(tags.feeds, ...listTags(list));
  const db = await getReadDb();
  const found = await resolveList(db, list);
  if (!found) return null;
  const stories = await feedQueries.listFeedStories(db, found.scope, FEED_SIZE);
  tagImages(stories.map((story) => story.leadImage?.id));
  return { list: found.resolved, stories };
}

/** What the sitemap index needs: the fixed pages and how many articles follow them. */
export async function getSitemapOutline() {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.sitemaps, tags.latest, tags.sections, tags.sources, tags.standardsPages);
  const db = await getReadDb();
  const [sections, sources, people, articleCount, newest, standards] = await Promise.all([
    sitemapQueries.listSitemapSections(db),
    sitemapQueries.listSitemapSources(db),
    peopleQueries.listSitemapPeople(db),
    sitemapQueries.countPublicArticles(db),
    sitemapQueries.listSitemapArticles(db, 0, 1),
    listStandardsPages(db),
  ]);
  const saved = new Map(standards.map((page) => [page.slug, page.updatedAt]));
  const pages = [
    ...standardsPageList().map((page) => ({ path: page.path, lastModified: saved.get(page.slug) ?? null })),
    { path: paths.corrections, lastModified: null },
  ];
  return { sections, sources, people, articleCount, newest: newest[0]?.lastModified ?? null, pages };
}

/** Past any real site (a sitemap index holds 50,000 parts): bounds the OFFSET scan. */
const MAX_SITEMAP_OFFSET = 50_000 * MAX_URLS_PER_SITEMAP;

export async function getSitemapArticles(offset: number, limit: number) {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.sitemaps, tags.latest);
  const window = {
    offset: clampInt(offset, 0, MAX_SITEMAP_OFFSET, 0),
    limit: clampInt(limit, 1, MAX_URLS_PER_SITEMAP, 1),
  };
  const articles = await sitemapQueries.listSitemapArticles(await getReadDb(), window.offset, window.limit);
  tagImages(articles.map((article) => article.imageId));
  return articles;
}

/** Stories of the last 48 hours; they also age out by time, hence the short lifetime. */
export async function getNewsSitemapArticles() {
  'use cache';
  cacheLife({ stale: 60, revalidate: 600, expire: 24 * 3600 });
  cacheTag(tags.sitemaps, tags.latest);
  const articles = await sitemapQueries.listNewsSitemapArticles(await getReadDb());
  tagImages(articles.map((article) => article.imageId));
  return articles;
}
