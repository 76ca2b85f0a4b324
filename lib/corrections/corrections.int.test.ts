import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { listLatest } from '@/db/queries/articles';
import { listPublicRevisions } from '@/db/queries/changelog';
import {
  listCorrectionPage,
  listCorrectionsForArticle,
  listPendingProposals,
  listPublicCorrectionsBySlug,
} from '@/db/queries/corrections';
import { type EditorArticle, getEditorArticle } from '@/db/queries/newsroom';
import { findStandardsPage } from '@/db/queries/standards';
import { findSection, findSource } from '@/db/queries/taxonomy';
import { articles, auditLog, correctionProposals, corrections } from '@/db/schema';
import { DEMO_CORRECTIONS } from '@/db/seed/trust';
import { seedDemoContent } from '@/db/seed/index';
import { pgErrorOf, withTestDatabase } from '@/db/test-support';
import type { Actor } from '@/lib/authz/policy';
import { tags } from '@/lib/cache-tags';
import { buildChangeLog } from '@/lib/changelog/changelog';
import { createDraft, deleteDraft, publishArticle, saveArticle } from '@/lib/newsroom/workflow';
import type { Result, Success } from '@/lib/result';
import { saveStandardsPage } from '@/lib/standards/manage';
import { createTestUser, draftFrom, readyDraft, rich, type TestUser } from '@/lib/testing/newsroom-fixtures';
import {
  addCorrection,
  APPEND_ONLY_MESSAGE,
  changeCorrection,
  decideProposal,
  proposeCorrection,
  removeCorrection,
} from './commands';

const SEED_NOW = new Date('2025-03-01T12:00:00.000Z');

let db: Database;
withTestDatabase((opened) => {
  db = opened;
});

let writer: TestUser;
let editor: TestUser;
let admin: TestUser;
let sourceId: string;
let sectionId: string;

beforeAll(async () => {
  await seedDemoContent(db, { now: SEED_NOW });
  writer = await createTestUser(db, { role: 'writer', email: 'wendy@corrections.test', name: 'Wendy Writer' });
  editor = await createTestUser(db, { role: 'editor', email: 'ed@corrections.test', name: 'Ed Editor' });
  admin = await createTestUser(db, { role: 'admin', email: 'ann@corrections.test', name: 'Ann Admin' });
  sourceId = (await findSource(db, 'fox-news'))!.id;
  sectionId = (await findSection(db, 'world'))!.id;
});

function expectOk<T>(result: Result<T, unknown>): Success<T> {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result;
}

async function load(id: string): Promise<EditorArticle> {
  const article = await getEditorArticle(db, id);
  if (!article) throw new Error(`Article ${id} is gone`);
  return article;
}

/** A draft by `owner`, filled in; published by the editor when `live`. */
async function story(slug: string, { owner = writer.actor, live = true }: { owner?: Actor; live?: boolean } = {}) {
  const created = expectOk(await createDraft(db, owner));
  const draft = await load(created.value.id);
  const saved = readyDraft(draft, { sourceId, sectionId, slug });
  if (live) expectOk(await publishArticle(db, editor.actor, saved));
  else expectOk(await saveArticle(db, owner, saved));
  return load(created.value.id);
}

const note = (text: string, type: 'correction' | 'clarification' | 'editors_note' = 'correction') => ({ type, text: rich(text) });

describe('adding corrections', () => {
  it('an editor adds one to a live story: readers see it, the story shows "Updated", the audit log has it', async () => {
    const article = await story('bridge-reopens');
    expect(article.revisedAt).toBeNull();
    const at = new Date(Date.now() + 1000);
    const result = expectOk(await addCorrection(db, editor.actor, { articleId: article.id, ...note('It was the north bridge.') }, at));
    expect(result.tags).toEqual(expect.arrayContaining([tags.article('bridge-reopens'), tags.corrections, tags.latest]));

    const after = await load(article.id);
    expect(after.revisedAt?.getTime()).toBe(at.getTime());
    expect(after.version).toBe(article.version); // an open editor is not sent into a conflict
    const shown = await listPublicCorrectionsBySlug(db, 'bridge-reopens');
    expect(shown.map((record) => record.textPlain)).toEqual(['It was the north bridge.']);
    const [card] = (await listLatest(db, 50)).filter((candidate) => candidate.slug === 'bridge-reopens');
    expect(card?.corrected).toBe(true);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'correction.add'), eq(auditLog.entityId, article.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(editor.actor.id);
  });

  it('a clarification does not mark the story "Corrected" in lists', async () => {
    const article = await story('clarified-story');
    expectOk(await addCorrection(db, admin.actor, { articleId: article.id, ...note('To be clear: estimates.', 'clarification') }));
    const [card] = (await listLatest(db, 50)).filter((candidate) => candidate.slug === 'clarified-story');
    expect(card?.corrected).toBe(false);
  });

  it('refuses writers, empty and overlong text, and unknown types with field errors', async () => {
    const article = await story('refusals', { owner: writer.actor });
    const refused = await addCorrection(db, writer.actor, { articleId: article.id, ...note('Mine.') });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.code).toBe('forbidden');

    const empty = await addCorrection(db, editor.actor, { articleId: article.id, ...note('   ') });
    expect(!empty.ok && empty.fieldErrors.text).toBeTruthy();
    const long = await addCorrection(db, editor.actor, { articleId: article.id, ...note('x'.repeat(601)) });
    expect(!long.ok && long.fieldErrors.text).toBeTruthy();
    const badType = await addCorrection(db, editor.actor, { articleId: article.id, type: 'retraction', text: rich('No.') });
    expect(!badType.ok && badType.fieldErrors.type).toBeTruthy();
    expect(await listCorrectionsForArticle(db, article.id)).toHaveLength(0);
  });
});

describe('append-only once the story has been live', () => {
  it('the workflow refuses to change or remove a record on a live story', async () => {
    const article = await story('append-only');
    const added = expectOk(await addCorrection(db, editor.actor, { articleId: article.id, ...note('First wording.') }));
    const change = await changeCorrection(db, editor.actor, { id: added.value.id, ...note('Second wording.') });
    expect(change.ok).toBe(false);
    if (!change.ok) {
      expect(change.code).toBe('conflict');
      expect(change.message).toBe(APPEND_ONLY_MESSAGE);
    }
    const remove = await removeCorrection(db, admin.actor, { id: added.value.id });
    expect(remove.ok).toBe(false);
    const [record] = await listCorrectionsForArticle(db, article.id);
    expect(record?.textPlain).toBe('First wording.');
  });

  it('the database refuses a direct UPDATE, DELETE or TRUNCATE', async () => {
    const article = await story('trigger-guarded');
    const added = expectOk(await addCorrection(db, editor.actor, { articleId: article.id, ...note('Guarded.') }));
    const update = await pgErrorOf(db.execute(sql`update corrections set text_plain = 'Rewritten' where id = ${added.value.id}`));
    expect(update.code).toBe('23001');
    expect(update.message).toContain('append-only');
    const remove = await pgErrorOf(db.execute(sql`delete from corrections where id = ${added.value.id}`));
    expect(remove.code).toBe('23001');
    // (Proposals reference corrections, so a TRUNCATE must name both to get as far as the trigger.)
    const truncate = await pgErrorOf(db.execute(sql`truncate corrections, correction_proposals`));
    expect(truncate.code).toBe('23001');
    // Nor can the story be deleted from under its corrections.
    const dropStory = await pgErrorOf(db.execute(sql`delete from articles where id = ${article.id}`));
    expect(dropStory.code).toBe('23001');
    const [record] = await db.select().from(corrections).where(eq(corrections.id, added.value.id));
    expect(record?.textPlain).toBe('Guarded.');
  });

  it('a note prepared with a never-live draft can be changed and removed, until the story goes live', async () => {
    const draft = await story('prepared-note', { live: false });
    const first = expectOk(await addCorrection(db, editor.actor, { articleId: draft.id, ...note('Draft note.', 'editors_note') }));
    expect((await load(draft.id)).revisedAt).toBeNull(); // not live: no "Updated"
    expectOk(await changeCorrection(db, editor.actor, { id: first.value.id, ...note('Reworded note.', 'editors_note') }));
    // And the database allows it too, while nobody has seen the story.
    await db.execute(sql`update corrections set text_plain = 'Reworded note.' where id = ${first.value.id}`);
    const second = expectOk(await addCorrection(db, editor.actor, { articleId: draft.id, ...note('Second note.', 'editors_note') }));
    expectOk(await removeCorrection(db, editor.actor, { id: second.value.id }));
    expect((await listCorrectionsForArticle(db, draft.id)).map((record) => record.textPlain)).toEqual(['Reworded note.']);

    expectOk(await publishArticle(db, editor.actor, draftFrom(await load(draft.id))));
    const late = await changeCorrection(db, editor.actor, { id: first.value.id, ...note('Too late.', 'editors_note') });
    expect(!late.ok && late.message).toBe(APPEND_ONLY_MESSAGE);
    expect((await pgErrorOf(db.execute(sql`delete from corrections where id = ${first.value.id}`))).code).toBe('23001');
  });

  it('a never-live draft with a note can still be deleted (its note goes with it)', async () => {
    const draft = await story('deletable-draft', { owner: editor.actor, live: false });
    expectOk(await addCorrection(db, editor.actor, { articleId: draft.id, ...note('Prepared.', 'editors_note') }));
    expectOk(await deleteDraft(db, editor.actor, { id: draft.id, version: (await load(draft.id)).version }));
    expect(await db.select().from(corrections).where(eq(corrections.articleId, draft.id))).toHaveLength(0);
  });
});

describe('proposals', () => {
  it('a writer proposes; editors see it waiting and publish it as a correction', async () => {
    const article = await story('proposed-fix', { owner: writer.actor });
    const proposed = expectOk(await proposeCorrection(db, writer.actor, { articleId: article.id, ...note('The mayor is Ms Lee.') }));
    expect(proposed.tags).toEqual([]); // nothing public yet
    expect(await listCorrectionsForArticle(db, article.id)).toHaveLength(0);
    const waiting = await listPendingProposals(db);
    expect(waiting.map((proposal) => proposal.id)).toContain(proposed.value.id);
    expect((await listPendingProposals(db, { proposedById: writer.actor.id })).map((proposal) => proposal.id)).toContain(
      proposed.value.id,
    );

    const refused = await decideProposal(db, writer.actor, { id: proposed.value.id, decision: 'accept' });
    expect(!refused.ok && refused.code).toBe('forbidden');

    const accepted = expectOk(await decideProposal(db, editor.actor, { id: proposed.value.id, decision: 'accept' }));
    expect(accepted.tags).toContain(tags.corrections);
    const [record] = await listCorrectionsForArticle(db, article.id);
    expect(record?.textPlain).toBe('The mayor is Ms Lee.');
    expect(record?.authorName).toBe('Ed Editor');
    expect((await load(article.id)).revisedAt).not.toBeNull();
    expect((await listPendingProposals(db)).map((proposal) => proposal.id)).not.toContain(proposed.value.id);

    const twice = await decideProposal(db, admin.actor, { id: proposed.value.id, decision: 'decline', note: 'No.' });
    expect(!twice.ok && twice.code).toBe('conflict');
  });

  it('an editor declines with a note the writer sees; without a note it is refused', async () => {
    const article = await story('declined-fix', { owner: writer.actor });
    const proposed = expectOk(await proposeCorrection(db, writer.actor, { articleId: article.id, ...note('Wrong date?') }));
    const bare = await decideProposal(db, editor.actor, { id: proposed.value.id, decision: 'decline' });
    expect(!bare.ok && bare.fieldErrors.note).toBeTruthy();
    expectOk(await decideProposal(db, editor.actor, { id: proposed.value.id, decision: 'decline', note: 'The date was right.' }));
    const [row] = await db.select().from(correctionProposals).where(eq(correctionProposals.id, proposed.value.id));
    expect(row?.status).toBe('declined');
    expect(row?.decisionNote).toBe('The date was right.');
    expect(await listCorrectionsForArticle(db, article.id)).toHaveLength(0);
  });

  it('a writer can only propose on their own story, and editors add rather than propose', async () => {
    const theirs = await story('someone-elses', { owner: editor.actor });
    expect((await proposeCorrection(db, writer.actor, { articleId: theirs.id, ...note('Hm.') })).ok).toBe(false);
    expect((await proposeCorrection(db, editor.actor, { articleId: theirs.id, ...note('Hm.') })).ok).toBe(false);
  });
});

describe('the corrections page', () => {
  it('lists public stories’ records newest first, keyset paged without repeats', async () => {
    const all: string[] = [];
    let before = null;
    for (let guard = 0; guard < 50; guard += 1) {
      const page = await listCorrectionPage(db, before, 2);
      all.push(...page.records.map((record) => record.id));
      if (!page.older) break;
      before = page.older;
    }
    expect(new Set(all).size).toBe(all.length);
    const rows = await db
      .select({ id: corrections.id, createdAt: corrections.createdAt, status: articles.status })
      .from(corrections)
      .innerJoin(articles, eq(corrections.articleId, articles.id));
    const publicIds = rows.filter((row) => row.status === 'published').map((row) => row.id);
    expect(all.sort()).toEqual(publicIds.sort());
    expect(all.length).toBeGreaterThanOrEqual(DEMO_CORRECTIONS.length);
  });
});

describe('the change log', () => {
  it('shows only public, substantive states, with a diff between them', async () => {
    const created = expectOk(await createDraft(db, writer.actor));
    let article = await load(created.value.id);
    // A private draft wording that readers never saw.
    expectOk(await saveArticle(db, writer.actor, draftFrom(article, { headline: 'SECRET working title', summary: 'Draft.' })));
    article = await load(article.id);
    expectOk(
      await publishArticle(
        db,
        editor.actor,
        readyDraft(article, { sourceId, sectionId, slug: 'council-budget', headline: 'Council approves a budget of four million' }),
      ),
    );
    article = await load(article.id);
    // A typo fix, not marked substantive: public, but not in the log.
    expectOk(await saveArticle(db, editor.actor, draftFrom(article, { summary: 'A summary for council-budget, fixed.' })));
    article = await load(article.id);
    expectOk(
      await saveArticle(
        db,
        editor.actor,
        draftFrom(article, { headline: 'Council approves a budget of five million', substantive: true }),
      ),
    );

    const states = await listPublicRevisions(db, article.id);
    expect(states).toHaveLength(2);
    const log = buildChangeLog(states);
    expect(log.map((entry) => entry.first)).toEqual([false, true]);
    const [update] = log;
    expect(update?.headline.filter((part) => part.change === 'removed').map((part) => part.text.trim())).toEqual(['four']);
    expect(update?.headline.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual(['five']);
    // The typo fix is folded into the next listed state, never shown on its own.
    expect(update?.summary.some((part) => part.change === 'added' && part.text.includes('fixed'))).toBe(true);
    expect(JSON.stringify(log)).not.toContain('SECRET');
  });

  it('the demo stories with a correction show the wording readers saw first', async () => {
    const [demo] = DEMO_CORRECTIONS;
    const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, demo!.slug));
    const log = buildChangeLog(await listPublicRevisions(db, row!.id));
    expect(log).toHaveLength(2);
    expect(log[0]?.changed).toBe(true);
    expect(log[0]?.summary.some((part) => part.change === 'removed')).toBe(true);
    expect(log[1]?.summary.map((part) => part.text).join('')).toContain(demo!.before.was);
  });
});

describe('standards pages', () => {
  it('the demo seeds every page, and admins (only) can change one', async () => {
    expect((await findStandardsPage(db, 'corrections-policy'))?.title).toBe('Corrections policy');
    const input = { slug: 'ethics', title: 'Our ethics', body: '## Gifts\n\nWe accept none.\n\n- Not one' };
    const refused = await saveStandardsPage(db, editor.actor, input);
    expect(!refused.ok && refused.code).toBe('forbidden');
    const saved = expectOk(await saveStandardsPage(db, admin.actor, input));
    expect(saved.tags).toEqual(expect.arrayContaining([tags.standardsPage('ethics'), tags.standardsPages]));
    const page = await findStandardsPage(db, 'ethics');
    expect(page?.title).toBe('Our ethics');
    expect(page?.body.content.map((node) => node.type)).toEqual(['heading', 'paragraph', 'bulletList']);
    const empty = await saveStandardsPage(db, admin.actor, { ...input, body: '   ' });
    expect(!empty.ok && empty.fieldErrors.body).toBeTruthy();
    const unknown = await saveStandardsPage(db, admin.actor, { ...input, slug: 'careers' });
    expect(!unknown.ok && unknown.fieldErrors.slug).toBeTruthy();
  });
});
