import { create } from 'xmlbuilder2';

/*
 * Sitemap XML through xmlbuilder2, which escapes text and attributes itself: a headline
 * with "&" or "<" in it, or a slug an editor typed, cannot break the document.
 */

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';

export interface SitemapEntry {
  url: string;
  lastModified?: Date | null;
  /** Absolute URLs of the pictures the page shows (Google's image sitemap extension). */
  images?: string[];
}

export interface NewsSitemapEntry {
  url: string;
  title: string;
  publishedAt: Date;
  images?: string[];
}

/** <image:image><image:loc>…</image:loc></image:image> per picture the page shows. */
function imageEntries(url: ReturnType<ReturnType<typeof document>['ele']>, images: string[] | undefined) {
  for (const image of images ?? []) url.ele(IMAGE_NS, 'image:image').ele(IMAGE_NS, 'image:loc').txt(image);
}

const hasImages = (entries: { images?: string[] }[]) => entries.some((entry) => (entry.images?.length ?? 0) > 0);

export interface NewsPublication {
  name: string;
  /** ISO 639 code, as Google News wants it ("en"). */
  language: string;
}

// W3C Datetime with the zone spelled out: what sitemaps and Google News accept.
const w3cDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function document() {
  // XML 1.0 cannot carry most control characters at all, escaped or not: drop them.
  return create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });
}

export function urlsetXml(entries: SitemapEntry[]): string {
  const urlset = document().ele(SITEMAP_NS, 'urlset');
  if (hasImages(entries)) urlset.att('xmlns:image', IMAGE_NS);
  for (const entry of entries) {
    const url = urlset.ele('url');
    url.ele('loc').txt(entry.url);
    if (entry.lastModified) url.ele('lastmod').txt(w3cDate(entry.lastModified));
    imageEntries(url, entry.images);
  }
  return urlset.end({ prettyPrint: true });
}

export function sitemapIndexXml(entries: SitemapEntry[]): string {
  const index = document().ele(SITEMAP_NS, 'sitemapindex');
  for (const entry of entries) {
    const sitemap = index.ele('sitemap');
    sitemap.ele('loc').txt(entry.url);
    if (entry.lastModified) sitemap.ele('lastmod').txt(w3cDate(entry.lastModified));
  }
  return index.end({ prettyPrint: true });
}

export function newsSitemapXml(entries: NewsSitemapEntry[], publication: NewsPublication): string {
  const urlset = document().ele(SITEMAP_NS, 'urlset').att('xmlns:news', NEWS_NS);
  if (hasImages(entries)) urlset.att('xmlns:image', IMAGE_NS);
  for (const entry of entries) {
    const url = urlset.ele('url');
    url.ele('loc').txt(entry.url);
    const news = url.ele(NEWS_NS, 'news:news');
    const source = news.ele(NEWS_NS, 'news:publication');
    source.ele(NEWS_NS, 'news:name').txt(publication.name);
    source.ele(NEWS_NS, 'news:language').txt(publication.language);
    news.ele(NEWS_NS, 'news:publication_date').txt(w3cDate(entry.publishedAt));
    news.ele(NEWS_NS, 'news:title').txt(entry.title);
    imageEntries(url, entry.images);
  }
  return urlset.end({ prettyPrint: true });
}
