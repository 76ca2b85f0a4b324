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
  articleCount: number;
  /** The newest change on the site, for the home page and the index. */
  newest: Date | null;
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
  ];
}

export function partCount(outline: SitemapOutline, perPart = MAX_URLS_PER_SITEMAP): number {
  return sitemapPartCount(1 + outline.sections.length + outline.sources.length, outline.articleCount, perPart);
}

/** Which articles part `part` lists (newest first), for the caller to fetch. */
export function partArticleWindow(part: number, outline: SitemapOutline, perPart = MAX_URLS_PER_SITEMAP) {
  return articleWindow(part, 1 + outline.sections.length + outline.sources.length, perPart);
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
