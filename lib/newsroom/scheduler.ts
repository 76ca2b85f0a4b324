import { and, eq, lte } from 'drizzle-orm';
import type { Database } from '@/db/connection';
import { articles, publishRuns } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { tagsForArticleChange } from '@/lib/cache-tags';
import { logger } from '@/lib/log/logger';
import { storySlugs, writeRevision } from './persist';
import { PUBLISH_FAILED } from './publish-runs';

export interface PublishRunReport {
  runId: string;
  published: { id: string; slug: string }[];
  tags: string[];
}

/**
 * Puts every scheduled story whose time has come live, dated at its scheduled time. Safe to
 * run from several places at once (Vercel Cron and each Node instance's timer): the row
 * update is the claim, so no story is published twice. Each run is recorded, failures too.
 */
export async function runScheduledPublishing(
  db: Database,
  trigger: 'cron' | 'timer' | 'manual',
  now = new Date(),
): Promise<PublishRunReport> {
  const [run] = await db.insert(publishRuns).values({ trigger, startedAt: now }).returning({ id: publishRuns.id });
  if (!run) throw new Error('Could not record the publishing run');
  try {
    const report = await db.transaction(async (tx) => {
      const due = await tx
        .update(articles)
        .set({ status: 'published', updatedAt: now })
        .where(and(eq(articles.status, 'scheduled'), lte(articles.scheduledAt, now)))
        .returning();
      const tags = new Set<string>();
      const published: PublishRunReport['published'] = [];
      for (const row of due) {
        const publishedAt = row.scheduledAt ?? now;
        const [updated] = await tx
          .update(articles)
          .set({ publishedAt, scheduledAt: null, version: row.version + 1 })
          .where(eq(articles.id, row.id))
          .returning();
        if (!updated) continue;
        await writeRevision(tx, row.id, updated.version, 'scheduled-publish', null, now, {
          public: true,
          substantive: true,
        });
        await recordAudit(tx, {
          actorId: null,
          action: 'article.scheduled-publish',
          entity: { type: 'article', id: row.id },
          details: { scheduledAt: publishedAt },
        });
        const slugs = await storySlugs(tx, row);
        for (const tag of tagsForArticleChange(null, { slug: row.slug, public: true, ...slugs })) tags.add(tag);
        published.push({ id: row.id, slug: row.slug });
      }
      return { published, tags: [...tags] };
    });
    await db
      .update(publishRuns)
      .set({ finishedAt: new Date(), published: report.published.length })
      .where(eq(publishRuns.id, run.id));
    return { runId: run.id, ...report };
  } catch (error) {
    // The row gets a code for the dashboard; the log, keyed by the run's id, gets the detail.
    logger.error({ runId: run.id, trigger, err: error }, 'scheduled publishing run failed');
    await db
      .update(publishRuns)
      .set({ finishedAt: new Date(), error: PUBLISH_FAILED })
      .where(eq(publishRuns.id, run.id));
    throw error;
  }
}
