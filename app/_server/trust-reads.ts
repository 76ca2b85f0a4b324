import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getReadDb } from '@/db/client';
import { findChangeLogArticle, listPublicRevisions } from '@/db/queries/changelog';
import * as correctionQueries from '@/db/queries/corrections';
import { findStandardsPage } from '@/db/queries/standards';
import { tags } from '@/lib/cache-tags';
import { buildChangeLog } from '@/lib/changelog/changelog';
import { LIST_PAGE_SIZE } from '@/lib/paging/page-sizes';
import { pageRequestArg, slugArg } from '@/lib/read-args';
import { STANDARDS_DEMO_TEXT } from '@/lib/standards/demo-text';
import { isStandardsPageSlug, STANDARDS_PAGES } from '@/lib/standards/pages';
import { docFromStandardsText } from '@/lib/standards/text-format';
import type { PageRequest } from '@/lib/paging/page-request';

/*
 * The cached reads behind corrections, change logs and standards pages. Like
 * ./cached-reads.ts, each is callable from outside with any arguments, so each checks its own.
 */
const newsLife = { stale: 60, revalidate: 3600, expire: 7 * 24 * 3600 };

/** A public story's corrections and notes, oldest first; tagged with the story. */
export async function getArticleCorrections(rawSlug: string) {
  'use cache';
  cacheLife(newsLife);
  const slug = slugArg(rawSlug);
  if (slug === null) return [];
  cacheTag(tags.article(slug));
  return correctionQueries.listPublicCorrectionsBySlug(await getReadDb(), slug);
}

/** A public story's change log (lib/changelog), or null when it isn't public. */
export async function getChangeLog(rawSlug: string) {
  'use cache';
  cacheLife(newsLife);
  const slug = slugArg(rawSlug);
  if (slug === null) return null;
  cacheTag(tags.article(slug));
  const db = await getReadDb();
  const article = await findChangeLogArticle(db, slug);
  if (!article) return null;
  return { article, entries: buildChangeLog(await listPublicRevisions(db, article.id)) };
}

/** One page of /corrections, newest first (a null request is the first page). */
export async function getCorrectionsPage(rawRequest: PageRequest) {
  'use cache';
  cacheLife(newsLife);
  // Every change to a public story touches `latest`: an unpublished story's notes leave too.
  cacheTag(tags.corrections, tags.latest);
  const request = pageRequestArg(rawRequest);
  const before = request?.direction === 'before' ? request.cursor : null;
  return correctionQueries.listCorrectionPage(await getReadDb(), before, LIST_PAGE_SIZE);
}

export const CORRECTIONS_FEED_SIZE = 50;

export async function getCorrectionsFeed() {
  'use cache';
  cacheLife(newsLife);
  cacheTag(tags.corrections, tags.latest, tags.feeds);
  return correctionQueries.listFeedCorrections(await getReadDb(), CORRECTIONS_FEED_SIZE);
}

/** A standards page: the admins' text, or the demo text if nobody has saved one yet. */
export async function getStandardsPage(rawSlug: string) {
  'use cache';
  cacheLife(newsLife);
  if (!isStandardsPageSlug(rawSlug)) return null;
  cacheTag(tags.standardsPage(rawSlug), tags.standardsPages);
  const row = await findStandardsPage(await getReadDb(), rawSlug);
  if (row) return { slug: rawSlug, title: row.title, body: row.body, updatedAt: row.updatedAt };
  return {
    slug: rawSlug,
    title: STANDARDS_PAGES[rawSlug].defaultTitle,
    body: docFromStandardsText(STANDARDS_DEMO_TEXT[rawSlug]),
    updatedAt: null,
  };
}
