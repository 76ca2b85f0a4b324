import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { RichTextDoc } from '../../lib/content/schema';
import type { ImageRef } from '../../lib/media/image-ref';
import type { ArticleKind } from '../../lib/vocabulary';
import type { Database } from '../connection';
import { articleBylines, articles, keyPoints, people, sections, sources } from '../schema';
import { leadImageRefs } from './lead-images';
import { scopeCondition, type StoryScope } from './story-pages';

export interface FeedStory {
  id: string;
  slug: string;
  headline: string;
  summary: RichTextDoc;
  summaryText: string;
  keyPoints: RichTextDoc[];
  publishedAt: Date;
  revisedAt: Date | null;
  source: { slug: string; name: string; homepageUrl: string | null } | null;
  section: { slug: string; name: string } | null;
  /** The type-of-work label: a sponsored entry is disclosed and its links marked. */
  kind: ArticleKind | null;
  authors: { slug: string; name: string }[];
  leadImage: ImageRef | null;
}

/** The newest stories of a list with everything a feed entry carries, key points in order. */
export async function listFeedStories(db: Database, scope: StoryScope, limit: number): Promise<FeedStory[]> {
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headlineText,
      summary: articles.summary,
      summaryText: articles.summaryText,
      publishedAt: articles.publishedAt,
      revisedAt: articles.revisedAt,
      source: { slug: sources.slug, name: sources.name, homepageUrl: sources.homepageUrl },
      section: { slug: sections.slug, name: sections.name },
      kind: articles.kind,
      leadImageId: articles.leadImageId,
    })
    .from(articles)
    .leftJoin(sources, eq(articles.sourceId, sources.id))
    .leftJoin(sections, eq(articles.sectionId, sections.id))
    .where(scopeCondition(scope))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  if (rows.length === 0) return [];

  const images = await leadImageRefs(db, rows.map((row) => row.leadImageId));
  const points = await db
    .select({ articleId: keyPoints.articleId, content: keyPoints.content })
    .from(keyPoints)
    .where(
      inArray(
        keyPoints.articleId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(keyPoints.articleId), asc(keyPoints.position));
  const pointsByArticle = new Map<string, RichTextDoc[]>();
  for (const point of points) {
    const list = pointsByArticle.get(point.articleId) ?? [];
    list.push(point.content);
    pointsByArticle.set(point.articleId, list);
  }

  const bylines = await db
    .select({ articleId: articleBylines.articleId, slug: people.slug, name: people.name })
    .from(articleBylines)
    .innerJoin(people, eq(people.id, articleBylines.personId))
    .where(
      inArray(
        articleBylines.articleId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(articleBylines.articleId), asc(articleBylines.position));
  const authorsByArticle = new Map<string, { slug: string; name: string }[]>();
  for (const { articleId, ...person } of bylines) {
    const list = authorsByArticle.get(articleId) ?? [];
    list.push(person);
    authorsByArticle.set(articleId, list);
  }

  return rows.flatMap(({ leadImageId, ...row }) =>
    // Public rows always have a publish time; the filter only convinces the type checker.
    row.publishedAt
      ? [
          {
            ...row,
            publishedAt: row.publishedAt,
            keyPoints: pointsByArticle.get(row.id) ?? [],
            authors: authorsByArticle.get(row.id) ?? [],
            leadImage: leadImageId ? (images.get(leadImageId) ?? null) : null,
          },
        ]
      : [],
  );
}
