import { and, asc, count, desc, eq, ilike, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RichTextDoc } from '@/lib/content';
import type { Database } from '../connection';
import { leadImageRefs } from './lead-images';
import {
  articleBylines,
  articleRevisions,
  articles,
  people,
  keyPoints,
  publishRuns,
  sections,
  sources,
  users,
  webLinks,
} from '../schema';

/** Newsroom reads: never cached, always the primary's current state. */

/**
 * Whether readers ever saw the story `id`: it has a publish time, or a revision written by a
 * publish (a story unpublished and then scheduled loses its publish time, not its history).
 * The id is a parameter, not a column reference: drizzle leaves columns unqualified in a
 * one-table query, where `id` inside the subquery would mean the revision's own id.
 */
function everPublishedSql(id: string): SQL<boolean> {
  return sql<boolean>`(${articles.publishedAt} is not null or exists (select 1 from ${articleRevisions} where ${articleRevisions.articleId} = ${id} and ${articleRevisions.reason} in ('publish', 'scheduled-publish')))`;
}

/** For deletion, under the article's row lock: see everPublishedSql. */
export async function wasEverPublished(db: Database, id: string): Promise<boolean> {
  const [row] = await db.select({ everPublished: everPublishedSql(id) }).from(articles).where(eq(articles.id, id));
  // A row that vanished counts as published: the caller then refuses to delete.
  return row?.everPublished !== false;
}

/** Who verified a key point (a second join on users, beside the article's author). */
const verifier = alias(users, 'verifier');

export async function getEditorArticle(db: Database, id: string) {
  const [article] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      kind: articles.kind,
      headline: articles.headline,
      headlineText: articles.headlineText,
      summary: articles.summary,
      sourceId: articles.sourceId,
      sectionId: articles.sectionId,
      authorId: articles.authorId,
      authorName: users.name,
      publishedAt: articles.publishedAt,
      scheduledAt: articles.scheduledAt,
      revisedAt: articles.revisedAt,
      reviewNote: articles.reviewNote,
      version: articles.version,
      updatedAt: articles.updatedAt,
      createdAt: articles.createdAt,
      everPublished: everPublishedSql(id),
      leadImageId: articles.leadImageId,
      leadImageCaption: articles.leadImageCaption,
    })
    .from(articles)
    .leftJoin(users, eq(articles.authorId, users.id))
    .where(eq(articles.id, id))
    .limit(1);
  if (!article) return null;
  const [points, links, bylines, images] = await Promise.all([
    db
      .select({
        id: keyPoints.id,
        content: keyPoints.content,
        sourceUrl: keyPoints.sourceUrl,
        verifiedAt: keyPoints.verifiedAt,
        verifiedByName: verifier.name,
      })
      .from(keyPoints)
      .leftJoin(verifier, eq(keyPoints.verifiedById, verifier.id))
      .where(eq(keyPoints.articleId, id))
      .orderBy(asc(keyPoints.position)),
    db
      .select({ title: webLinks.title, url: webLinks.url, siteName: webLinks.siteName })
      .from(webLinks)
      .where(eq(webLinks.articleId, id))
      .orderBy(asc(webLinks.position)),
    listBylines(db, id),
    leadImageRefs(db, [article.leadImageId]),
  ]);
  return {
    ...article,
    leadImageCaption: article.leadImageCaption ?? '',
    leadImage: article.leadImageId ? (images.get(article.leadImageId) ?? null) : null,
    keyPoints: points.map((point) => ({ ...point, sourceUrl: point.sourceUrl ?? '' })),
    webLinks: links,
    bylines,
  };
}

/** An article's bylines in order, with what the editor shows of each person. */
export function listBylines(db: Database, articleId: string) {
  return db
    .select({ id: people.id, name: people.name })
    .from(articleBylines)
    .innerJoin(people, eq(people.id, articleBylines.personId))
    .where(eq(articleBylines.articleId, articleId))
    .orderBy(asc(articleBylines.position));
}

export type EditorArticle = NonNullable<Awaited<ReturnType<typeof getEditorArticle>>>;

export function listRevisions(db: Database, articleId: string) {
  return db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      reason: articleRevisions.reason,
      createdAt: articleRevisions.createdAt,
      authorName: users.name,
      headline: sql<RichTextDoc>`${articleRevisions.snapshot}->'headline'`,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(articleRevisions.authorId, users.id))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.createdAt))
    .limit(100);
}

export async function getRevision(db: Database, articleId: string, revisionId: string) {
  const [revision] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .limit(1);
  return revision ?? null;
}

export interface DashboardFilter {
  status?: (typeof articles.status.enumValues)[number];
  sectionId?: string;
  /** The account that owns the story (writers see only their own). */
  authorId?: string;
  /** A person in the story's bylines. */
  personId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listDashboard(db: Database, filter: DashboardFilter) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(articles.status, filter.status));
  if (filter.sectionId) conditions.push(eq(articles.sectionId, filter.sectionId));
  if (filter.authorId) conditions.push(eq(articles.authorId, filter.authorId));
  if (filter.personId) {
    conditions.push(
      sql`exists (select 1 from ${articleBylines} as byline where byline.article_id = ${articles.id} and byline.person_id = ${filter.personId})`,
    );
  }
  if (filter.q) conditions.push(ilike(articles.headlineText, `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const author = alias(users, 'author');
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: articles.id,
        slug: articles.slug,
        headline: articles.headlineText,
        status: articles.status,
        kind: articles.kind,
        sectionName: sections.name,
        sourceName: sources.name,
        authorName: author.name,
        authorId: articles.authorId,
        // The bylines in order, for the Author column ("Ana Ruiz, Ben Okafor").
        bylines: sql<string | null>`(select string_agg(p.name, ', ' order by byline.position) from ${articleBylines} as byline join ${people} as p on p.id = byline.person_id where byline.article_id = ${articles.id})`,
        updatedAt: articles.updatedAt,
        publishedAt: articles.publishedAt,
        scheduledAt: articles.scheduledAt,
      })
      .from(articles)
      .leftJoin(sections, eq(articles.sectionId, sections.id))
      .leftJoin(sources, eq(articles.sourceId, sources.id))
      .leftJoin(author, eq(articles.authorId, author.id))
      .where(where)
      .orderBy(desc(articles.updatedAt), desc(articles.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ value: count() }).from(articles).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function latestPublishRun(db: Database) {
  const [run] = await db.select().from(publishRuns).orderBy(desc(publishRuns.startedAt)).limit(1);
  return run ?? null;
}

/** Scheduled stories whose time passed more than `graceMs` ago: the job is late or failing. */
export function listOverdueScheduled(db: Database, now: Date, graceMs = 120_000) {
  return db
    .select({ id: articles.id, headline: articles.headlineText, scheduledAt: articles.scheduledAt })
    .from(articles)
    .where(and(eq(articles.status, 'scheduled'), lte(articles.scheduledAt, new Date(now.getTime() - graceMs))))
    .orderBy(asc(articles.scheduledAt));
}

export function listAuthors(db: Database) {
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name));
}
