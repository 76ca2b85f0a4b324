import { and, desc, eq, gt, isNotNull, max, sql, type SQL } from 'drizzle-orm';
import { widestVariant } from '../../lib/media/picture';
import type { Database } from '../connection';
import { articles, sections, sources } from '../schema';
import { isPublic } from './articles';
import { leadImageRefs } from './lead-images';

/** The last change readers were told about: the revision time, else the publish time. */
const lastChange = sql<Date>`coalesce(${articles.revisedAt}, ${articles.publishedAt})`;

export interface SitemapArticle {
  slug: string;
  lastModified: Date;
  /** The lead image's widest 16:9 crop, for the image sitemap entry; null without one. */
  imageUrl: string | null;
  /** Which image, so the cached sitemap refreshes when it changes. */
  imageId: string | null;
}

/** The lead images' widest 16:9 crops, by image id. */
async function imageUrls(db: Database, ids: (string | null)[]): Promise<Map<string, string>> {
  const refs = await leadImageRefs(db, ids);
  const urls = new Map<string, string>();
  for (const [id, ref] of refs) {
    const variant = widestVariant(ref, '16:9');
    if (variant) urls.set(id, variant.url);
  }
  return urls;
}

export interface SitemapListing {
  slug: string;
  /** The newest change among its stories; null when it has none yet. */
  lastModified: Date | null;
}

export async function countPublicArticles(db: Database): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(articles).where(isPublic());
  return row?.count ?? 0;
}

/** One window of the public articles, newest first (sitemaps split past 50,000 URLs). */
export async function listSitemapArticles(db: Database, offset: number, limit: number): Promise<SitemapArticle[]> {
  const rows = await db
    .select({ slug: articles.slug, lastModified: lastChange, imageId: articles.leadImageId })
    .from(articles)
    .where(isPublic())
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .offset(offset)
    .limit(limit);
  const urls = await imageUrls(db, rows.map((row) => row.imageId));
  return rows.map((row) => ({
    slug: row.slug,
    lastModified: new Date(row.lastModified),
    imageId: row.imageId,
    imageUrl: row.imageId ? (urls.get(row.imageId) ?? null) : null,
  }));
}

function toListing(row: { slug: string; lastModified: Date | string | null }): SitemapListing {
  return { slug: row.slug, lastModified: row.lastModified === null ? null : new Date(row.lastModified) };
}

export async function listSitemapSections(db: Database): Promise<SitemapListing[]> {
  const rows = await db
    .select({ slug: sections.slug, lastModified: max(lastChange) })
    .from(sections)
    .leftJoin(articles, and(eq(articles.sectionId, sections.id), isPublic()))
    .groupBy(sections.id)
    .orderBy(sections.position, sections.slug);
  return rows.map(toListing);
}

export async function listSitemapSources(db: Database): Promise<SitemapListing[]> {
  const rows = await db
    .select({ slug: sources.slug, lastModified: max(lastChange) })
    .from(sources)
    .leftJoin(articles, and(eq(articles.sourceId, sources.id), isPublic()))
    .groupBy(sources.id)
    .orderBy(sources.slug);
  return rows.map(toListing);
}

export interface NewsSitemapArticle {
  slug: string;
  headline: string;
  publishedAt: Date;
  imageUrl: string | null;
  imageId: string | null;
}

/** Google News takes stories from the last two days, at most 1,000 per sitemap. */
export const NEWS_SITEMAP_WINDOW_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

export async function listNewsSitemapArticles(db: Database): Promise<NewsSitemapArticle[]> {
  const recent: SQL = gt(articles.publishedAt, sql`now() - make_interval(hours => ${NEWS_SITEMAP_WINDOW_HOURS})`);
  const rows = await db
    .select({
      slug: articles.slug,
      headline: articles.headlineText,
      publishedAt: articles.publishedAt,
      imageId: articles.leadImageId,
    })
    .from(articles)
    .where(and(isPublic(), isNotNull(articles.publishedAt), recent))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(NEWS_SITEMAP_LIMIT);
  const urls = await imageUrls(db, rows.map((row) => row.imageId));
  return rows.flatMap((row) =>
    row.publishedAt
      ? [{ ...row, publishedAt: row.publishedAt, imageUrl: row.imageId ? (urls.get(row.imageId) ?? null) : null }]
      : [],
  );
}
