import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '@/db/connection';
import { type EditorArticle, getEditorArticle, getRevision, listRevisions, wasEverPublished } from '@/db/queries/newsroom';
import { articles } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can, type Actor, type Permission } from '@/lib/authz/policy';
import { type ArticleCacheFacts, tagsForArticleChange } from '@/lib/cache-tags';
import { docFromText } from '@/lib/content';
import { type ArticleDraft, articleDraftSchema, publishProblems } from './article-input';
import { leadImageExists, leadImageGoLiveProblems } from './lead-image-check';
import {
  type ArticleRow,
  checkDraftReferences,
  lockArticle,
  recordSlugChange,
  storedKeyPointIds,
  storedVerifications,
  resolveSlug,
  storySlugs,
  writeDraftContent,
  writeRevision,
} from './persist';
import { conflict, fail, type Failure, ok, type Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation';
import type { SavedArticle } from './result';
import { loadChecklistFacts } from './checklist-facts';
import { checklistRefusals, publishChecklist } from './publish-checklist';
import { personOfUser, readBylineIds, writeBylines } from './bylines';

/** An article command's result: a conflict carries the version someone else saved. */
type ArticleResult = Result<SavedArticle, EditorArticle>;

const articleGone = () => fail.notFound('That article no longer exists.');

/** Shortest lead time for scheduling: anything sooner is "publish now". */
const MIN_SCHEDULE_LEAD_MS = 60_000;

interface Ref {
  id: string;
  version: number;
}

/** What a command changed beyond the draft content; applied under the row lock. */
interface Change {
  status?: ArticleRow['status'];
  publishedAt?: Date | null;
  scheduledAt?: Date | null;
  revisedAt?: Date | null;
  reviewNote?: string | null;
}

type Step = (tx: Tx, row: ArticleRow) => Promise<Change | Failure>;

const isFailure = (value: Change | Failure): value is Failure =>
  'ok' in value && value.ok === false;

function cacheFacts(
  row: Pick<ArticleRow, 'slug' | 'status' | 'publishedAt'>,
  slugs: { sourceSlug: string | null; sectionSlug: string | null; personSlugs?: string[] },
  now: Date,
): ArticleCacheFacts {
  const visible = row.status === 'published' && row.publishedAt !== null && row.publishedAt <= now;
  return { slug: row.slug, public: visible, ...slugs };
}

/**
 * The skeleton of every command on an existing article: lock the row, check the policy and
 * the version the editor started from, apply the step, bump the version, keep a revision and
 * an audit entry — all in one transaction — and report the cache tags it touched.
 */
async function mutate(
  db: Database,
  actor: Actor,
  ref: Ref,
  permission: Permission,
  reason: string,
  step: Step,
  now = new Date(),
): Promise<ArticleResult> {
  type Outcome = { result: ArticleResult } | { conflict: true };
  const outcome: Outcome = await db.transaction(async (tx) => {
    const row = await lockArticle(tx, ref.id);
    if (!row) return { result: articleGone() };
    if (!can(actor, permission, { authorId: row.authorId, status: row.status })) {
      return { result: fail.forbidden() };
    }
    if (row.version !== ref.version) return { conflict: true };

    const before = cacheFacts(row, await storySlugs(tx, row), now);
    const change = await step(tx, row);
    if (isFailure(change)) return { result: change };

    const [updated] = await tx
      .update(articles)
      .set({ ...change, version: row.version + 1, updatedAt: now })
      .where(eq(articles.id, row.id))
      .returning();
    if (!updated) return { result: articleGone() };
    const after = cacheFacts(updated, await storySlugs(tx, updated), now);
    // The public change log lists a state readers saw that was either the story going live
    // or a change the editor marked substantive (the flag that sets "Updated").
    await writeRevision(tx, row.id, updated.version, reason, actor.id, now, {
      public: after.public,
      substantive: after.public && (!before.public || change.revisedAt !== undefined),
    });
    if (reason !== 'autosave') {
      await recordAudit(tx, {
        actorId: actor.id,
        action: `article.${reason}`,
        entity: { type: 'article', id: row.id },
        details: {
          version: updated.version,
          status: updated.status,
          ...(updated.slug !== row.slug ? { slugFrom: row.slug, slugTo: updated.slug } : {}),
        },
      });
    }
    const value: SavedArticle = {
      id: updated.id,
      version: updated.version,
      slug: updated.slug,
      status: updated.status,
      updatedAt: updated.updatedAt,
      publishedAt: updated.publishedAt,
      scheduledAt: updated.scheduledAt,
      reviewNote: updated.reviewNote,
      keyPointIds: await storedKeyPointIds(tx, row.id),
      verifications: await storedVerifications(tx, row.id),
      bylineIds: await readBylineIds(tx, row.id),
      leadImageId: updated.leadImageId,
      leadImageCaption: updated.leadImageCaption ?? '',
    };
    return { result: ok(value, tagsForArticleChange(before, after)) };
  });

  if ('result' in outcome) return outcome.result;
  const [current, revisions] = await Promise.all([getEditorArticle(db, ref.id), listRevisions(db, ref.id)]);
  if (!current) return articleGone();
  const savedBy = revisions[0]?.authorName ?? 'Someone';
  return conflict(
    `${savedBy} saved this article while you were editing. Nothing was overwritten: compare the versions and choose what to keep.`,
    current,
  );
}

/**
 * What the publish checklist refuses (a byline, the label, the lead image's alt text), as
 * field errors; its warnings are the editor's to weigh and never stop a publish.
 */
async function checklistProblems(tx: Tx, row: ArticleRow, draft: ArticleDraft) {
  return checklistRefusals(publishChecklist(await loadChecklistFacts(tx, row, draft)));
}

const goesLive = (status: ArticleRow['status']) => status === 'published' || status === 'scheduled';

/**
 * Everything that stops a draft going live: its own gaps, the publish checklist's refusals
 * (bylines, label, lead image alt text) and a lead image that has gone from the library.
 */
async function goLiveProblems(tx: Tx, row: ArticleRow, draft: ArticleDraft): Promise<Record<string, string[]>> {
  return {
    ...publishProblems(draft),
    ...(await checklistProblems(tx, row, draft)),
    ...(await leadImageGoLiveProblems(tx, draft.leadImageId)),
  };
}

/** A story that is live or about to be can't be edited below what publishing requires. */
async function liveStoryProblems(tx: Tx, row: ArticleRow, draft: ArticleDraft): Promise<Failure | null> {
  if (!goesLive(row.status)) return null;
  const problems = await goLiveProblems(tx, row, draft);
  return Object.keys(problems).length > 0
    ? fail.invalid(problems, 'A live or scheduled story still needs everything publishing needs.')
    : null;
}

/** Writes a draft's content under the lock; a once-public story's slug change leaves a redirect. */
function saveContent(draft: ArticleDraft, extra: (row: ArticleRow) => Change = () => ({})): Step {
  return async (tx, row) => {
    const incomplete = await liveStoryProblems(tx, row, draft);
    if (incomplete) return incomplete;
    const slug = resolveSlug(draft, row.slug);
    const problems = await checkDraftReferences(tx, row.id, slug, draft);
    if (Object.keys(problems).length > 0) return fail.invalid(problems);
    await writeDraftContent(tx, row, draft, slug);
    // Any address readers have ever been given keeps working, even for a story that was
    // taken down and is being prepared to go back up.
    if (row.publishedAt !== null) await recordSlugChange(tx, row.id, row.slug, slug);
    return extra(row);
  };
}

function parseDraft(input: unknown): ArticleDraft | Failure {
  const parsed = articleDraftSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  return fail.invalid(fieldErrorsOf(parsed.error));
}

const isDraft = (value: ArticleDraft | Failure): value is ArticleDraft => !('ok' in value);

/** A new, empty draft owned by the actor. */
export async function createDraft(db: Database, actor: Actor): Promise<ArticleResult> {
  if (!can(actor, 'article:create')) return fail.forbidden();
  return db.transaction(async (tx) => {
    const empty = docFromText('');
    const [row] = await tx
      .insert(articles)
      .values({
        slug: `draft-${randomBytes(5).toString('hex')}`,
        headline: empty,
        summary: empty,
        authorId: actor.id,
      })
      .returning();
    if (!row) throw new Error('Creating a draft returned no row');
    // A writer's new story starts with their own byline, when their account has a profile.
    const ownProfile = await personOfUser(tx, actor.id);
    if (ownProfile) await writeBylines(tx, row.id, [ownProfile]);
    await writeRevision(tx, row.id, row.version, 'create', actor.id, row.createdAt);
    await recordAudit(tx, { actorId: actor.id, action: 'article.create', entity: { type: 'article', id: row.id } });
    const value: SavedArticle = {
      id: row.id,
      version: row.version,
      slug: row.slug,
      status: row.status,
      updatedAt: row.updatedAt,
      publishedAt: row.publishedAt,
      scheduledAt: row.scheduledAt,
      reviewNote: row.reviewNote,
      keyPointIds: [],
      verifications: {},
      bylineIds: ownProfile ? [ownProfile] : [],
      leadImageId: null,
      leadImageCaption: '',
    };
    return ok(value);
  });
}

/**
 * Saves the editor's work. Readers see the change at once if the story is live (an editor's
 * "Update"), so autosave only ever writes to stories that aren't.
 */
export async function saveArticle(
  db: Database,
  actor: Actor,
  input: unknown,
  mode: 'save' | 'autosave' = 'save',
): Promise<ArticleResult> {
  const draft = parseDraft(input);
  if (!isDraft(draft)) return draft;
  const write = saveContent(draft, (row) =>
    row.status === 'published' && draft.substantive ? { revisedAt: new Date() } : {},
  );
  return mutate(db, actor, draft, 'article:edit', mode, async (tx, row) => {
    if (mode === 'autosave' && (row.status === 'published' || row.status === 'scheduled')) {
      return fail.invalid({ form: ['Autosave is paused for live stories: use Update to publish your changes'] });
    }
    return write(tx, row);
  });
}

/** Saves and puts the story live now (or keeps it live, for a published story's update). */
export async function publishArticle(db: Database, actor: Actor, input: unknown, now = new Date()) {
  const draft = parseDraft(input);
  if (!isDraft(draft)) return draft;
  const write = saveContent(draft, (row) => ({
    status: 'published',
    // A story already live keeps its original time; one going live now is dated now.
    publishedAt: row.status === 'published' && row.publishedAt ? row.publishedAt : now,
    scheduledAt: null,
    reviewNote: null,
    ...(row.status === 'published' && draft.substantive ? { revisedAt: now } : {}),
  }));
  // Checked after the policy (inside mutate): someone who may not publish learns nothing more.
  return mutate(db, actor, draft, 'article:publish', 'publish', async (tx, row) => {
    const problems = await goLiveProblems(tx, row, draft);
    if (Object.keys(problems).length > 0) return fail.invalid(problems, 'The story isn’t ready to publish yet.');
    return write(tx, row);
  }, now);
}

export async function scheduleArticle(
  db: Database,
  actor: Actor,
  input: unknown,
  scheduledAt: Date,
  now = new Date(),
) {
  const draft = parseDraft(input);
  if (!isDraft(draft)) return draft;
  const write = saveContent(draft, (row) =>
    row.status === 'published'
      ? {} // Already live: a schedule can't take it back off the site.
      : { status: 'scheduled', scheduledAt, publishedAt: null, reviewNote: null },
  );
  return mutate(db, actor, draft, 'article:schedule', 'schedule', async (tx, row) => {
    const problems = await goLiveProblems(tx, row, draft);
    if (Number.isNaN(scheduledAt.getTime())) problems.scheduledAt = ['Choose a date and time'];
    else if (scheduledAt.getTime() - now.getTime() < MIN_SCHEDULE_LEAD_MS) {
      problems.scheduledAt = ['Choose a time at least a minute from now, or publish now'];
    }
    if (Object.keys(problems).length > 0) return fail.invalid(problems, 'The story can’t be scheduled yet.');
    return write(tx, row);
  }, now);
}

/** A writer hands a draft to the editors. */
export async function submitForReview(db: Database, actor: Actor, input: unknown) {
  const draft = parseDraft(input);
  if (!isDraft(draft)) return draft;
  return mutate(db, actor, draft, 'article:submit', 'submit', saveContent(draft, () => ({ status: 'in_review' })));
}

export function sendBack(db: Database, actor: Actor, ref: Ref, note: string) {
  return mutate(db, actor, ref, 'article:send-back', 'send-back', async () => ({
    status: 'draft',
    reviewNote: note,
  }));
}

export function unpublishArticle(db: Database, actor: Actor, ref: Ref) {
  return mutate(db, actor, ref, 'article:unpublish', 'unpublish', async (_tx, row) =>
    row.status === 'published' || row.status === 'scheduled'
      ? { status: 'draft', scheduledAt: null }
      : fail.invalid({ form: ['Only a published or scheduled story can be unpublished'] }),
  );
}

export function archiveArticle(db: Database, actor: Actor, ref: Ref) {
  return mutate(db, actor, ref, 'article:archive', 'archive', async () => ({
    status: 'archived',
    scheduledAt: null,
  }));
}

/** Restoring makes a new revision with the old content; history is never rewritten. */
export async function restoreRevision(db: Database, actor: Actor, ref: Ref, revisionId: string) {
  const revision = await getRevision(db, ref.id, revisionId);
  if (!revision) return articleGone();
  const { snapshot } = revision;
  const draft = parseDraft({
    id: ref.id,
    version: ref.version,
    headline: snapshot.headline,
    summary: snapshot.summary,
    keyPoints: snapshot.keyPoints.map((point) => ({
      id: point.id || undefined,
      content: point.content,
      sourceUrl: point.sourceUrl ?? '',
    })),
    kind: snapshot.kind,
    sourceId: snapshot.sourceId ?? '',
    sectionId: snapshot.sectionId ?? '',
    slug: '',
    webLinks: snapshot.webLinks,
    // Revisions from before bylines existed carry none: the current bylines stay.
    ...(snapshot.bylineIds ? { bylineIds: snapshot.bylineIds } : {}),
    leadImageId: snapshot.leadImageId ?? '',
    leadImageCaption: snapshot.leadImageCaption ?? '',
  });
  if (!isDraft(draft)) return draft;
  // The story keeps its current address: restoring text shouldn't move a live URL.
  return mutate(db, actor, ref, 'article:edit', 'restore', async (tx, row) => {
    // A picture deleted from the library since that revision: the words come back without it.
    if (draft.leadImageId && !(await leadImageExists(tx, draft.leadImageId))) {
      draft.leadImageId = null;
      draft.leadImageCaption = '';
    }
    const incomplete = await liveStoryProblems(tx, row, draft);
    if (incomplete) return incomplete;
    // The source or section may have been deleted since: a field error, not a crash.
    const problems = await checkDraftReferences(tx, row.id, row.slug, draft);
    if (Object.keys(problems).length > 0) return fail.invalid(problems, 'This revision can’t be restored as it is.');
    await writeDraftContent(tx, row, { ...draft, slug: row.slug }, row.slug);
    return {};
  });
}

/** Only drafts can be deleted; anything readers have seen is archived instead. */
export async function deleteDraft(db: Database, actor: Actor, ref: Ref): Promise<Result<{ id: string }>> {
  return db.transaction(async (tx) => {
    const row = await lockArticle(tx, ref.id);
    if (!row) return articleGone();
    const everPublished = await wasEverPublished(tx, row.id);
    if (!can(actor, 'article:delete', { authorId: row.authorId, status: row.status, everPublished })) {
      return fail.forbidden(
        row.status === 'draft' && !everPublished
          ? undefined
          : 'Only a draft that was never published can be deleted; archive it instead.',
      );
    }
    if (row.version !== ref.version) {
      return fail.invalid({ form: ['Someone changed this draft since you opened it; reload before deleting'] });
    }
    // Whatever readers' caches hold for it (its slug's answer, the lists) goes with it; for a
    // draft nobody saw that is nothing, but the rule above is what makes it nothing.
    const tags = tagsForArticleChange(cacheFacts(row, await storySlugs(tx, row), new Date()), null);
    await tx.delete(articles).where(eq(articles.id, row.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'article.delete',
      entity: { type: 'article', id: row.id },
      details: { headline: row.headlineText },
    });
    return ok({ id: row.id }, tags);
  });
}
