import { and, asc, desc, eq, ne, notInArray } from 'drizzle-orm';
import type { Tx } from '@/db/connection';
import {
  type ArticleSnapshot,
  articleRevisions,
  articles,
  keyPoints,
  sections,
  slugRedirects,
  sources,
  users,
  webLinks,
} from '@/db/schema';
import { toPlainText } from '@/lib/content';
import type { ArticleDraft } from './article-input';
import type { KeyPointVerification } from './result';
import { claimChanged } from './claim-text';
import { bylineSlugs, readBylineIds, unknownPeople, writeBylines } from './bylines';
import { leadImageExists } from './lead-image-check';
import { slugFromHeadline } from './slugs';

export type ArticleRow = typeof articles.$inferSelect;

/** The article row, locked until the transaction ends so two saves can't interleave. */
export async function lockArticle(tx: Tx, id: string): Promise<ArticleRow | null> {
  const [row] = await tx.select().from(articles).where(eq(articles.id, id)).for('update').limit(1);
  return row ?? null;
}

/** Source and section slugs, for the cache tags a change touches. */
export async function taxonomySlugs(tx: Tx, sourceId: string | null, sectionId: string | null) {
  const [source] = sourceId
    ? await tx.select({ slug: sources.slug }).from(sources).where(eq(sources.id, sourceId))
    : [];
  const [section] = sectionId
    ? await tx.select({ slug: sections.slug }).from(sections).where(eq(sections.id, sectionId))
    : [];
  return { sourceSlug: source?.slug ?? null, sectionSlug: section?.slug ?? null };
}

/** The slugs of the lists a story appears in: its source's, its section's, its people's. */
export async function storySlugs(tx: Tx, row: Pick<ArticleRow, 'id' | 'sourceId' | 'sectionId'>) {
  return { ...(await taxonomySlugs(tx, row.sourceId, row.sectionId)), personSlugs: await bylineSlugs(tx, row.id) };
}

/**
 * Checks what the schema can't: the slug is free, the source and section exist.
 * Returns field errors (empty when fine) so the form can show them all at once.
 */
export async function checkDraftReferences(
  tx: Tx,
  articleId: string,
  slug: string,
  draft: ArticleDraft,
): Promise<Record<string, string[]>> {
  const problems: Record<string, string[]> = {};
  const [taken] = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), ne(articles.id, articleId)))
    .limit(1);
  const [redirect] = await tx
    .select({ articleId: slugRedirects.articleId })
    .from(slugRedirects)
    .where(and(eq(slugRedirects.fromSlug, slug), ne(slugRedirects.articleId, articleId)))
    .limit(1);
  if (taken) problems.slug = ['Another story already uses this address'];
  else if (redirect) problems.slug = ['This address belonged to another story and still leads there'];
  if (draft.sourceId) {
    const [source] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.id, draft.sourceId));
    if (!source) problems.sourceId = ['That source no longer exists'];
  }
  if (draft.sectionId) {
    const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, draft.sectionId));
    if (!section) problems.sectionId = ['That section no longer exists'];
  }
  if (draft.bylineIds && (await unknownPeople(tx, draft.bylineIds)).length > 0) {
    problems.bylineIds = ['Someone in the bylines was removed from the people directory; choose again'];
  }
  if (draft.leadImageId && !(await leadImageExists(tx, draft.leadImageId))) {
    problems.leadImageId = ['That picture is no longer in the library: choose another or remove it'];
  }
  return problems;
}

/** The slug a draft asks for: typed by the editor, else from the headline, else unchanged. */
export function resolveSlug(draft: ArticleDraft, currentSlug: string): string {
  return draft.slug || slugFromHeadline(toPlainText(draft.headline)) || currentSlug;
}

/** Writes the draft's content (not its status) and returns the columns that changed. */
export async function writeDraftContent(tx: Tx, row: ArticleRow, draft: ArticleDraft, slug: string) {
  const points = draft.keyPoints.filter((point) => toPlainText(point.content).length > 0);
  const values = {
    slug,
    kind: draft.kind,
    headline: draft.headline,
    headlineText: toPlainText(draft.headline),
    summary: draft.summary,
    summaryText: toPlainText(draft.summary),
    keyPointsText: points.map((point) => toPlainText(point.content)).join('\n\n'),
    sourceId: draft.sourceId,
    sectionId: draft.sectionId,
    leadImageId: draft.leadImageId,
    // A caption belongs to its picture: none is kept without one.
    leadImageCaption: draft.leadImageId && draft.leadImageCaption ? draft.leadImageCaption : null,
  };
  await tx.update(articles).set(values).where(eq(articles.id, row.id));

  // Points keep their ids (and any verification) across edits; only this article's ids count.
  const existing = await tx
    .select({ id: keyPoints.id, content: keyPoints.content })
    .from(keyPoints)
    .where(eq(keyPoints.articleId, row.id));
  const ownIds = new Set(existing.map((point) => point.id));
  const storedContent = new Map(existing.map((point) => [point.id, point.content]));
  const keptIds = points.flatMap((point) => (point.id && ownIds.has(point.id) ? [point.id] : []));
  await tx
    .delete(keyPoints)
    .where(
      keptIds.length > 0
        ? and(eq(keyPoints.articleId, row.id), notInArray(keyPoints.id, keptIds))
        : eq(keyPoints.articleId, row.id),
    );
  for (const [position, point] of points.entries()) {
    const fields = {
      position,
      content: point.content,
      contentText: toPlainText(point.content),
      sourceUrl: point.sourceUrl || null,
      updatedAt: new Date(),
    };
    if (point.id && ownIds.has(point.id)) {
      // A verification vouches for the words that were checked: new words need a new check.
      // Moving a point changes only its position, so it stays verified.
      const reworded = claimChanged(storedContent.get(point.id), point.content);
      const verification = reworded ? { verifiedById: null, verifiedAt: null } : {};
      await tx
        .update(keyPoints)
        .set({ ...fields, ...verification })
        .where(eq(keyPoints.id, point.id));
    } else {
      await tx.insert(keyPoints).values({ articleId: row.id, ...fields });
    }
  }

  if (draft.bylineIds) await writeBylines(tx, row.id, draft.bylineIds);

  await tx.delete(webLinks).where(eq(webLinks.articleId, row.id));
  if (draft.webLinks.length > 0) {
    await tx
      .insert(webLinks)
      .values(draft.webLinks.map((link, position) => ({ articleId: row.id, position, ...link })));
  }
  return values;
}

/** The article's key point ids in reading order, as a write left them. */
export async function storedKeyPointIds(tx: Tx, articleId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: keyPoints.id })
    .from(keyPoints)
    .where(eq(keyPoints.articleId, articleId))
    .orderBy(asc(keyPoints.position));
  return rows.map((row) => row.id);
}

/** Who verified which of the article's key points, and when, as stored (unverified points absent). */
export async function storedVerifications(tx: Tx, articleId: string): Promise<Record<string, KeyPointVerification>> {
  const rows = await tx
    .select({ id: keyPoints.id, at: keyPoints.verifiedAt, byName: users.name })
    .from(keyPoints)
    .leftJoin(users, eq(keyPoints.verifiedById, users.id))
    .where(eq(keyPoints.articleId, articleId));
  return Object.fromEntries(rows.flatMap((row) => (row.at ? [[row.id, { at: row.at, byName: row.byName }]] : [])));
}

/** A published story that changes address keeps its old one as a 308 redirect. */
export async function recordSlugChange(tx: Tx, articleId: string, oldSlug: string, newSlug: string) {
  if (oldSlug === newSlug) return;
  await tx
    .insert(slugRedirects)
    .values({ fromSlug: oldSlug, articleId })
    .onConflictDoUpdate({ target: slugRedirects.fromSlug, set: { articleId, createdAt: new Date() } });
  // The new slug serves the story itself now; an old redirect from it would shadow nothing.
  await tx.delete(slugRedirects).where(eq(slugRedirects.fromSlug, newSlug));
}

export async function readSnapshot(tx: Tx, articleId: string): Promise<ArticleSnapshot | null> {
  const [row] = await tx.select().from(articles).where(eq(articles.id, articleId)).limit(1);
  if (!row) return null;
  const points = await tx
    .select({ id: keyPoints.id, content: keyPoints.content, sourceUrl: keyPoints.sourceUrl })
    .from(keyPoints)
    .where(eq(keyPoints.articleId, articleId))
    .orderBy(asc(keyPoints.position));
  const links = await tx
    .select({ title: webLinks.title, url: webLinks.url, siteName: webLinks.siteName })
    .from(webLinks)
    .where(eq(webLinks.articleId, articleId))
    .orderBy(asc(webLinks.position));
  return {
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    headline: row.headline,
    summary: row.summary,
    keyPoints: points,
    webLinks: links,
    sourceId: row.sourceId,
    sectionId: row.sectionId,
    bylineIds: await readBylineIds(tx, articleId),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    leadImageId: row.leadImageId,
    leadImageCaption: row.leadImageCaption,
  };
}

const AUTOSAVE_COALESCE_MS = 10 * 60_000;

/** Whether a revision's state reached readers, and whether the public change log lists it. */
export interface RevisionVisibility {
  public: boolean;
  substantive: boolean;
}

const PRIVATE_REVISION: RevisionVisibility = { public: false, substantive: false };

/**
 * Keeps a revision of the article as it now stands. Autosaves by the same person within ten
 * minutes refresh one revision instead of piling up hundreds.
 */
export async function writeRevision(
  tx: Tx,
  articleId: string,
  version: number,
  reason: string,
  authorId: string | null,
  now: Date,
  visibility: RevisionVisibility = PRIVATE_REVISION,
) {
  const snapshot = await readSnapshot(tx, articleId);
  if (!snapshot) return;
  if (reason === 'autosave') {
    const [latest] = await tx
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, articleId))
      .orderBy(desc(articleRevisions.createdAt))
      .limit(1);
    if (
      latest?.reason === 'autosave' &&
      latest.authorId === authorId &&
      now.getTime() - latest.createdAt.getTime() < AUTOSAVE_COALESCE_MS
    ) {
      await tx
        .update(articleRevisions)
        .set({ snapshot, version, createdAt: now })
        .where(eq(articleRevisions.id, latest.id));
      return;
    }
  }
  await tx
    .insert(articleRevisions)
    .values({ articleId, version, reason, snapshot, authorId, createdAt: now, ...visibility });
}
