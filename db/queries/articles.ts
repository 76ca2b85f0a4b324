import { and, asc, desc, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { ImageRef } from '../../lib/media/image-ref';
import type { Database } from '../connection';
import { articles, corrections, keyPoints, sections, slugRedirects, sources, webLinks } from '../schema';
import { leadImageRefs, withLeadImages } from './lead-images';
import { listArticleBylines } from './people';

/** Readers only ever see published stories whose publish time has come. */
export const isPublic = (): SQL =>
  and(eq(articles.status, 'published'), lte(articles.publishedAt, sql`now()`)) as SQL;

/** What a story list shows of each story. */
export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  kind: articles.kind,
  headline: articles.headlineText,
  summary: articles.summaryText,
  publishedAt: articles.publishedAt,
  source: { slug: sources.slug, name: sources.name, logoUrl: sources.logoUrl },
  section: { slug: sections.slug, name: sections.name },
  /** Lists mark a story that carries a correction (clarifications and notes don't count). */
  corrected: sql<boolean>`exists (select 1 from ${corrections} where ${corrections.articleId} = ${articles.id} and ${corrections.type} = 'correction')`,
  /** Swapped for `image` (withLeadImages) before a card leaves the queries. */
  leadImageId: articles.leadImageId,
};

/** A story card's row as selected, before its lead image is attached. */
export type CardRecord = Awaited<ReturnType<typeof selectCards>>[number];

/** What a story list shows of each story, its lead image (cropped by focal point) included. */
export type ArticleCard = Omit<CardRecord, 'leadImageId'> & { image: ImageRef | null };

function selectCards(db: Database, where: SQL, limit: number) {
  return db
    .select(cardColumns)
    .from(articles)
    .leftJoin(sources, eq(articles.sourceId, sources.id))
    .leftJoin(sections, eq(articles.sectionId, sections.id))
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
}

async function listCards(db: Database, where: SQL, limit: number): Promise<ArticleCard[]> {
  return withLeadImages(db, await selectCards(db, where, limit));
}

export function listLatest(db: Database, limit: number) {
  return listCards(db, isPublic(), limit);
}

export function listBySource(db: Database, sourceId: string, limit: number) {
  return listCards(db, and(isPublic(), eq(articles.sourceId, sourceId)) as SQL, limit);
}

export function listBySection(db: Database, sectionId: string, limit: number) {
  return listCards(db, and(isPublic(), eq(articles.sectionId, sectionId)) as SQL, limit);
}

export async function findPublishedArticle(db: Database, slug: string) {
  const [article] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      kind: articles.kind,
      headline: articles.headline,
      headlineText: articles.headlineText,
      summary: articles.summary,
      summaryText: articles.summaryText,
      publishedAt: articles.publishedAt,
      revisedAt: articles.revisedAt,
      updatedAt: articles.updatedAt,
      leadImageId: articles.leadImageId,
      leadImageCaption: articles.leadImageCaption,
      source: {
        slug: sources.slug,
        name: sources.name,
        logoUrl: sources.logoUrl,
        homepageUrl: sources.homepageUrl,
      },
      section: { slug: sections.slug, name: sections.name },
    })
    .from(articles)
    .leftJoin(sources, eq(articles.sourceId, sources.id))
    .leftJoin(sections, eq(articles.sectionId, sections.id))
    .where(and(isPublic(), eq(articles.slug, slug)))
    .limit(1);
  if (!article) return null;

  const [points, links, bylines, images] = await Promise.all([
    db
      .select({ id: keyPoints.id, content: keyPoints.content, sourceUrl: keyPoints.sourceUrl })
      .from(keyPoints)
      .where(eq(keyPoints.articleId, article.id))
      .orderBy(asc(keyPoints.position)),
    db
      .select({ id: webLinks.id, title: webLinks.title, url: webLinks.url, siteName: webLinks.siteName })
      .from(webLinks)
      .where(eq(webLinks.articleId, article.id))
      .orderBy(asc(webLinks.position)),
    listArticleBylines(db, article.id),
    leadImageRefs(db, [article.leadImageId]),
  ]);
  const leadImage = article.leadImageId ? (images.get(article.leadImageId) ?? null) : null;
  return { ...article, leadImage, keyPoints: points, webLinks: links, bylines };
}

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof findPublishedArticle>>>;

/** The slug a retired slug now points to, if the article is still public. */
export async function findRedirectTarget(db: Database, fromSlug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: articles.slug })
    .from(slugRedirects)
    .innerJoin(articles, eq(slugRedirects.articleId, articles.id))
    .where(and(eq(slugRedirects.fromSlug, fromSlug), isPublic()))
    .limit(1);
  return row?.slug ?? null;
}

export function listGlobalWebLinks(db: Database) {
  return db
    .select({ id: webLinks.id, title: webLinks.title, url: webLinks.url, siteName: webLinks.siteName })
    .from(webLinks)
    .where(isNull(webLinks.articleId))
    .orderBy(asc(webLinks.position));
}
