import { absoluteUrl, paths } from '../seo/paths';
import type { SiteInfo } from '../seo/site';
import { articleWindow, MAX_URLS_PER_SITEMAP, sitemapPartCount } from './plan';
import { sitemapIndexXml, urlsetXml, type SitemapEntry } from './xml';

export interface SitemapListing {
  slug: string;
  lastModified: Date | null;
}

export interface SitemapOutline {
  sections: SitemapListing[];
  sources: SitemapListing[];
  /** Author pages of people with public stories; absent in outlines made before bylines. */
  people?: SitemapListing[];
  articleCount: number;
  /** The newest change on the site, for the home page and the index. */
  newest: Date | null;
  /** Other fixed pages (the standards pages, /corrections), by path. */
  pages?: { path: string; lastModified: Date | null }[];
}

export interface SitemapArticle {
  slug: string;
  lastModified: Date;
  /** The lead image's URL (path or absolute), if the story has one. */
  imageUrl?: string | null;
}

/** The home page, every section and every source: the head of part 1. */
export function fixedEntries(outline: SitemapOutline, site: SiteInfo): SitemapEntry[] {
  return [
    { url: absoluteUrl(site.url, paths.home), lastModified: outline.newest },
    ...outline.sections.map((section) => ({
      url: absoluteUrl(site.url, paths.section(section.slug)),
      lastModified: section.lastModified,
    })),
    ...outline.sources.map((source) => ({
      url: absoluteUrl(site.url, paths.source(source.slug)),
      lastModified: source.lastModified,
    })),
    ...(outline.pages ?? []).map((page) => ({ url: absoluteUrl(site.url, page.path), lastModified: page.lastModified })),
    ...(outline.people ?? []).map((person) => ({
      url: absoluteUrl(site.url, paths.author(person.slug)),
      lastModified: person.lastModified,
    })),
  ];
}

/** How many fixed URLs head part 1: home, sections, sources, standards pages, author pages. */
function fixedCount(outline: SitemapOutline): number {
  return 1 + outline.sections.length + outline.sources.length + (outline.pages?.length ?? 0) + (outline.people?.length ?? 0);
}

export function partCount(outline: SitemapOutline, perPart = MAX_URLS_PER_SITEMAP): number {
  return sitemapPartCount(fixedCount(outline), outline.articleCount, perPart);
}

/** Which articles part `part` lists (newest first), for the caller to fetch. */
export function partArticleWindow(part: number, outline: SitemapOutline, perPart = MAX_URLS_PER_SITEMAP) {
  return articleWindow(part, fixedCount(outline), perPart);
}

export function partXml(part: number, outline: SitemapOutline, articles: SitemapArticle[], site: SiteInfo): string {
  const head = part === 1 ? fixedEntries(outline, site) : [];
  return urlsetXml([
    ...head,
    ...articles.map((article) => ({
      url: absoluteUrl(site.url, paths.article(article.slug)),
      lastModified: article.lastModified,
      ...(article.imageUrl ? { images: [absoluteUrl(site.url, article.imageUrl)] } : {}),
    })),
  ]);
}

export function indexXml(outline: SitemapOutline, parts: number, site: SiteInfo): string {
  return sitemapIndexXml(
    Array.from({ length: parts }, (_, index) => ({
      url: absoluteUrl(site.url, paths.sitemapPart(index + 1)),
      lastModified: outline.newest,
    })),
  );
}
