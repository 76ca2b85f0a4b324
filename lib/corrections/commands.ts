import { eq } from 'drizzle-orm';
import type { Database, Tx } from '@/db/connection';
import { hasBeenLive } from '@/db/queries/corrections';
import { articles, correctionProposals, corrections } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { type Actor, can } from '@/lib/authz/policy';
import { tags, tagsForArticleChange } from '@/lib/cache-tags';
import { type RichTextDoc, toPlainText } from '@/lib/content';
import { type ArticleRow, lockArticle, taxonomySlugs } from '@/lib/newsroom/persist';
import { fail, type Failure, ok, parseInput, type Result } from '@/lib/result';
import type { CorrectionType } from '@/lib/vocabulary';
import {
  addCorrectionSchema,
  changeCorrectionSchema,
  correctionRefSchema,
  decideProposalSchema,
} from './input';

/*
 * Corrections, clarifications and editor's notes. Editors and admins add them; a story's
 * writer proposes one and an editor accepts (it is then added as theirs) or declines it with
 * a note. Once the story has been live, records are append-only — here, and in the database
 * by a trigger, so a direct UPDATE or DELETE is refused as well.
 */

const articleGone = () => fail.notFound('That article no longer exists.');
const recordGone = () => fail.notFound('That note no longer exists.');

export const APPEND_ONLY_MESSAGE =
  'This story has been live, so its corrections and notes can no longer be changed or removed. Add another one to put it right.';

export interface CorrectionRecord {
  id: string;
  articleId: string;
  type: CorrectionType;
  createdAt: Date;
}

/** The cache tags a change to a story's records touches: its page, the lists that mark it, /corrections. */
async function recordTags(tx: Tx, row: ArticleRow, now: Date): Promise<string[]> {
  const visible = row.status === 'published' && row.publishedAt !== null && row.publishedAt <= now;
  const facts = { slug: row.slug, public: visible, ...(await taxonomySlugs(tx, row.sourceId, row.sectionId)) };
  return [...new Set([...tagsForArticleChange(facts, facts), tags.corrections])];
}

/** Writes one record under the article's lock; a live story shows "Updated" from now. */
async function insertRecord(
  tx: Tx,
  row: ArticleRow,
  record: { type: CorrectionType; text: RichTextDoc },
  actor: Actor,
  now: Date,
  details: Record<string, unknown> = {},
): Promise<CorrectionRecord> {
  const [inserted] = await tx
    .insert(corrections)
    .values({
      articleId: row.id,
      type: record.type,
      text: record.text,
      textPlain: toPlainText(record.text),
      authorId: actor.id,
      createdAt: now,
    })
    .returning();
  if (!inserted) throw new Error('Adding a correction returned no row');
  // Readers' "Updated" time is the editor's substantive-change time: a correction is one.
  // The version stays, so an editor with the story open is not sent into a conflict.
  if (row.status === 'published') {
    await tx.update(articles).set({ revisedAt: now, updatedAt: now }).where(eq(articles.id, row.id));
  }
  await recordAudit(tx, {
    actorId: actor.id,
    action: 'correction.add',
    entity: { type: 'article', id: row.id },
    details: { correctionId: inserted.id, type: record.type, ...details },
  });
  return { id: inserted.id, articleId: row.id, type: inserted.type, createdAt: inserted.createdAt };
}

/** An editor or admin adds a record to a story. */
export async function addCorrection(
  db: Database,
  actor: Actor,
  input: unknown,
  now = new Date(),
): Promise<Result<CorrectionRecord>> {
  const parsed = await parseInput(addCorrectionSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { articleId, type, text } = parsed.data;
  return db.transaction(async (tx) => {
    const row = await lockArticle(tx, articleId);
    if (!row) return articleGone();
    if (!can(actor, 'correction:add', { authorId: row.authorId, status: row.status })) return fail.forbidden();
    const record = await insertRecord(tx, row, { type, text }, actor, now);
    return ok(record, await recordTags(tx, row, now));
  });
}

/** A story's writer suggests a record; it waits for an editor like a submitted draft. */
export async function proposeCorrection(
  db: Database,
  actor: Actor,
  input: unknown,
  now = new Date(),
): Promise<Result<{ id: string }>> {
  const parsed = await parseInput(addCorrectionSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { articleId, type, text } = parsed.data;
  return db.transaction(async (tx) => {
    const row = await lockArticle(tx, articleId);
    if (!row) return articleGone();
    if (!can(actor, 'correction:propose', { authorId: row.authorId, status: row.status })) return fail.forbidden();
    const [proposal] = await tx
      .insert(correctionProposals)
      .values({ articleId, type, text, textPlain: toPlainText(text), proposedById: actor.id, createdAt: now })
      .returning({ id: correctionProposals.id });
    if (!proposal) throw new Error('Proposing a correction returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'correction.propose',
      entity: { type: 'article', id: articleId },
      details: { proposalId: proposal.id, type },
    });
    // Nothing public changed: the newsroom's pages read the database directly.
    return ok({ id: proposal.id });
  });
}

/** An editor publishes a writer's proposal as a record, or declines it with a note for the writer. */
export async function decideProposal(
  db: Database,
  actor: Actor,
  input: unknown,
  now = new Date(),
): Promise<Result<{ id: string; correctionId: string | null }>> {
  const parsed = await parseInput(decideProposalSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { id, decision, note } = parsed.data;
  if (!can(actor, 'correction:review')) return fail.forbidden();
  if (decision === 'decline' && note.length === 0) {
    return fail.invalid({ note: ['Tell the writer why it was declined'] });
  }
  return db.transaction(async (tx) => {
    const [proposal] = await tx
      .select()
      .from(correctionProposals)
      .where(eq(correctionProposals.id, id))
      .for('update')
      .limit(1);
    if (!proposal) return fail.notFound('That proposal no longer exists.');
    if (proposal.status !== 'pending') {
      return fail.conflict(`Someone already ${proposal.status} this proposal.`);
    }
    const row = await lockArticle(tx, proposal.articleId);
    if (!row) return articleGone();
    if (!can(actor, 'correction:add', { authorId: row.authorId, status: row.status })) return fail.forbidden();
    const decided = { decidedById: actor.id, decidedAt: now, decisionNote: note || null };
    if (decision === 'decline') {
      await tx.update(correctionProposals).set({ ...decided, status: 'declined' }).where(eq(correctionProposals.id, id));
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'correction.decline',
        entity: { type: 'article', id: row.id },
        details: { proposalId: id },
      });
      return ok({ id, correctionId: null });
    }
    const record = await insertRecord(tx, row, { type: proposal.type, text: proposal.text }, actor, now, { proposalId: id });
    await tx
      .update(correctionProposals)
      .set({ ...decided, status: 'accepted', correctionId: record.id })
      .where(eq(correctionProposals.id, id));
    return ok({ id, correctionId: record.id }, await recordTags(tx, row, now));
  });
}

/** The record and its story, locked, if the actor may change it and readers never saw the story. */
async function changeableRecord(
  tx: Tx,
  actor: Actor,
  id: string,
): Promise<{ record: typeof corrections.$inferSelect; row: ArticleRow } | Failure> {
  const [record] = await tx.select().from(corrections).where(eq(corrections.id, id)).limit(1);
  if (!record) return recordGone();
  const row = await lockArticle(tx, record.articleId);
  if (!row) return articleGone();
  if (!can(actor, 'correction:add', { authorId: row.authorId, status: row.status })) return fail.forbidden();
  if (await hasBeenLive(tx, row.id)) return fail.conflict(APPEND_ONLY_MESSAGE);
  return { record, row };
}

/** Rewords a note prepared with a story that has never been live; refused from then on. */
export async function changeCorrection(db: Database, actor: Actor, input: unknown): Promise<Result<{ id: string }>> {
  const parsed = await parseInput(changeCorrectionSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { id, type, text } = parsed.data;
  return db.transaction(async (tx) => {
    const found = await changeableRecord(tx, actor, id);
    if ('ok' in found) return found;
    await tx.update(corrections).set({ type, text, textPlain: toPlainText(text) }).where(eq(corrections.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'correction.change',
      entity: { type: 'article', id: found.row.id },
      details: { correctionId: id, type },
    });
    return ok({ id });
  });
}

/** Removes a note from a story that has never been live; refused from then on. */
export async function removeCorrection(db: Database, actor: Actor, input: unknown): Promise<Result<{ id: string }>> {
  const parsed = await parseInput(correctionRefSchema, input);
  if (!parsed.ok) return parsed.failure;
  return db.transaction(async (tx) => {
    const found = await changeableRecord(tx, actor, parsed.data.id);
    if ('ok' in found) return found;
    await tx.delete(corrections).where(eq(corrections.id, parsed.data.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'correction.remove',
      entity: { type: 'article', id: found.row.id },
      details: { correctionId: parsed.data.id },
    });
    return ok({ id: parsed.data.id });
  });
}
