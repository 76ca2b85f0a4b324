import { and, asc, eq, sql } from 'drizzle-orm';
import type { RevisionState } from '../../lib/changelog/changelog';
import type { RichTextDoc } from '../../lib/content/schema';
import type { Database } from '../connection';
import { articleRevisions, articles } from '../schema';
import { isPublic } from './articles';

/** The public story a change log belongs to, by slug; null when it isn't public. */
export async function findChangeLogArticle(db: Database, slug: string) {
  const [article] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headlineText,
      publishedAt: articles.publishedAt,
      revisedAt: articles.revisedAt,
    })
    .from(articles)
    .where(and(isPublic(), eq(articles.slug, slug)))
    .limit(1);
  return article ?? null;
}

/**
 * The states the public change log may show: only revisions readers saw and that are
 * listed (lib/changelog decides again; this keeps private drafts out of the read itself),
 * and only the three fields it diffs.
 */
export function listPublicRevisions(db: Database, articleId: string): Promise<RevisionState[]> {
  return db
    .select({
      id: articleRevisions.id,
      createdAt: articleRevisions.createdAt,
      public: articleRevisions.public,
      substantive: articleRevisions.substantive,
      headline: sql<RichTextDoc>`${articleRevisions.snapshot}->'headline'`,
      summary: sql<RichTextDoc>`${articleRevisions.snapshot}->'summary'`,
      keyPoints: sql<{ id: string; content: RichTextDoc }[]>`coalesce(${articleRevisions.snapshot}->'keyPoints', '[]'::jsonb)`,
    })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.public, true), eq(articleRevisions.substantive, true)))
    .orderBy(asc(articleRevisions.createdAt))
    .limit(200);
}
