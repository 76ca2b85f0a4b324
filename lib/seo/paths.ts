import { encodeCursor, type StoryCursor } from '../paging/cursor';

/** Every public URL path the discovery features link to, in one place. */
export const paths = {
  home: '/',
  article: (slug: string) => `/articles/${slug}`,
  /** A story's public change log (proxy.ts lets this one path below an article through). */
  articleHistory: (slug: string) => `/articles/${slug}/history`,
  corrections: '/corrections',
  correctionsFeed: '/feeds/corrections.xml',
  source: (slug: string) => `/sources/${slug}`,
  section: (slug: string) => `/sections/${slug}`,
  author: (slug: string) => `/authors/${slug}`,
  search: (query?: string, page = 1) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (page > 1) params.set('page', String(page));
    const search = params.toString();
    return search ? `/search?${search}` : '/search';
  },
  /** A later page of a list: `listPath` is the list's first page (`/`, `/sections/x`). */
  olderPage: (listPath: string, cursor: StoryCursor) => `${listPath}?before=${encodeCursor(cursor)}`,
  newerPage: (listPath: string, cursor: StoryCursor) => `${listPath}?after=${encodeCursor(cursor)}`,
  rssFeed: '/feed.xml',
  atomFeed: '/atom.xml',
  // Not /sections/x/feed.xml: proxy.ts sends any deeper path under /sections to the 404.
  sectionFeed: (slug: string) => `/feeds/sections/${slug}.xml`,
  sourceFeed: (slug: string) => `/feeds/sources/${slug}.xml`,
  authorFeed: (slug: string) => `/feeds/authors/${slug}.xml`,
  articleImage: (slug: string) => `/og/articles/${slug}`,
  defaultImage: '/og/site',
  logo: '/icon',
  sitemap: '/sitemap.xml',
  sitemapPart: (part: number) => `/sitemaps/${part}.xml`,
  newsSitemap: '/news-sitemap.xml',
} as const;

/** `path` on the configured site: what canonical links, feeds and sitemaps must carry. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl}/`).toString();
}
