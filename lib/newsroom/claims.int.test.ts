import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { findPublishedArticle } from '@/db/queries/articles';
import { type EditorArticle, getEditorArticle } from '@/db/queries/newsroom';
import { articles, auditLog, keyPoints, sections, sources } from '@/db/schema';
import { withTestDatabase } from '@/db/test-support';
import type { Actor } from '@/lib/authz/policy';
import type { Result } from '@/lib/result';
import { createTestUser, draftFrom, readyDraft, rich, type TestUser } from '@/lib/testing/newsroom-fixtures';
import { setKeyPointVerified } from './key-point-verification';
import { createDraft, publishArticle, saveArticle, scheduleArticle } from './workflow';

/*
 * Key points as sourced claims, against a real database: verification stored and cleared by
 * rewording (not by moving), and the publish checklist refusing a story without a label or a
 * byline, for publish and schedule alike. Runs on PGlite and on TEST_DATABASE_URL.
 */

let db: Database;
withTestDatabase((opened) => (db = opened));

let writer: TestUser;
let editor: TestUser;
let sourceId: string;
let sectionId: string;

beforeAll(async () => {
  writer = await createTestUser(db, { role: 'writer', email: 'wren.writer@newsdesk.test', name: 'Wren Writer' });
  editor = await createTestUser(db, { role: 'editor', email: 'ed.editor@newsdesk.test', name: 'Ed Editor' });
  const [source] = await db.insert(sources).values({ slug: 'wire', name: 'The Wire' }).returning();
  const [section] = await db.insert(sections).values({ slug: 'world', name: 'World', position: 0 }).returning();
  sourceId = source!.id;
  sectionId = section!.id;
});

function expectOk<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
}

async function load(id: string): Promise<EditorArticle> {
  const article = await getEditorArticle(db, id);
  if (!article) throw new Error(`Article ${id} is gone`);
  return article;
}

/** A saved draft with three points, the first two sourced. */
async function draftWithPoints(actor: Actor = editor.actor): Promise<EditorArticle> {
  const { id } = expectOk(await createDraft(db, actor));
  const article = await load(id);
  expectOk(
    await saveArticle(db, actor, {
      ...draftFrom(article, { headline: 'Ceasefire talks resume', summary: 'Negotiators meet again.' }),
      keyPoints: [
        { content: rich('Talks resume on Monday in Doha.'), sourceUrl: 'https://www.reuters.com/world/talks' },
        { content: rich('Both sides sent delegations.'), sourceUrl: 'https://apnews.com/article/delegations' },
        { content: rich('A deal is not expected this week.'), sourceUrl: '' },
      ],
    }),
  );
  return load(id);
}

const verify = (article: EditorArticle, index: number, verified = true, actor = editor.actor) =>
  setKeyPointVerified(db, actor, { articleId: article.id, keyPointId: article.keyPoints[index]!.id, verified });

describe('verifying a key point', () => {
  it('stores who verified it and when, shows it to the newsroom, and audits it', async () => {
    const article = await draftWithPoints();
    const before = Date.now();
    const value = expectOk(await verify(article, 2));
    expect(value.verification).toMatchObject({ byName: 'Ed Editor' });
    const point = (await load(article.id)).keyPoints[2]!;
    expect(point.verifiedByName).toBe('Ed Editor');
    expect(point.verifiedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'key_point.verify'), eq(auditLog.entityId, point.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(editor.actor.id);
  });

  it('can be withdrawn', async () => {
    const article = await draftWithPoints();
    expectOk(await verify(article, 0));
    expect(expectOk(await verify(article, 0, false)).verification).toBeNull();
    expect((await load(article.id)).keyPoints[0]!.verifiedAt).toBeNull();
  });

  it('is an editor’s word: a writer is refused, even on their own story, and nothing is stored', async () => {
    const article = await draftWithPoints(writer.actor);
    const result = await verify(article, 0, true, writer.actor);
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await load(article.id)).keyPoints[0]!.verifiedAt).toBeNull();
  });

  it('refuses a point of another story, or one that is not stored, without a crash', async () => {
    const article = await draftWithPoints();
    const other = await draftWithPoints();
    const result = await setKeyPointVerified(db, editor.actor, {
      articleId: article.id,
      keyPointId: other.keyPoints[0]!.id,
      verified: true,
    });
    expect(result).toMatchObject({ ok: false, code: 'not_found' });
    expect((await load(other.id)).keyPoints[0]!.verifiedAt).toBeNull();
    const unsaved = await setKeyPointVerified(db, editor.actor, { articleId: article.id, keyPointId: '', verified: true });
    expect(unsaved).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { keyPointId: [expect.any(String)] } });
  });

  it('is cleared when a save rewords the point, and the save answers with what is stored', async () => {
    const article = await draftWithPoints();
    expectOk(await verify(article, 0));
    expectOk(await verify(article, 1));
    const draft = draftFrom(article);
    const saved = expectOk(
      await saveArticle(db, editor.actor, {
        ...draft,
        keyPoints: draft.keyPoints.map((point, index) =>
          index === 0 ? { ...point, content: rich('Talks resume on Tuesday in Doha.') } : point,
        ),
      }),
    );
    const points = (await load(article.id)).keyPoints;
    expect(points[0]!.verifiedAt).toBeNull();
    expect(points[0]!.verifiedByName).toBeNull();
    expect(points[1]!.verifiedByName).toBe('Ed Editor');
    expect(Object.keys(saved.verifications)).toEqual([points[1]!.id]);
  });

  it('survives moving the points and a change of bold only', async () => {
    const article = await draftWithPoints();
    expectOk(await verify(article, 0));
    const draft = draftFrom(article);
    const [first, second, third] = draft.keyPoints;
    const bolded = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph' as const,
          content: [
            { type: 'text' as const, text: 'Talks resume ' },
            { type: 'text' as const, text: 'on Monday', marks: [{ type: 'bold' as const }] },
            { type: 'text' as const, text: ' in Doha.' },
          ],
        },
      ],
    };
    expectOk(await saveArticle(db, editor.actor, { ...draft, keyPoints: [third!, second!, { ...first!, content: bolded }] }));
    const points = (await load(article.id)).keyPoints;
    expect(points.map((point) => point.id)).toEqual([article.keyPoints[2]!.id, article.keyPoints[1]!.id, article.keyPoints[0]!.id]);
    expect(points[2]!.verifiedByName).toBe('Ed Editor');
  });
});

describe('the publish checklist in the workflow', () => {
  const footprint = async (id: string) => {
    const [row] = await db.select({ status: articles.status, version: articles.version }).from(articles).where(eq(articles.id, id));
    return row;
  };

  it('refuses to publish a story without a type-of-work label, on the kind field, writing nothing', async () => {
    const article = await draftWithPoints();
    const before = await footprint(article.id);
    const result = await publishArticle(db, editor.actor, {
      ...readyDraft(article, { sourceId, sectionId, slug: 'no-label' }),
      kind: null,
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { kind: [expect.stringMatching(/label/i)] } });
    expect(await footprint(article.id)).toEqual(before);
  });

  it('refuses to schedule a story without a label, too', async () => {
    const article = await draftWithPoints();
    const result = await scheduleArticle(
      db,
      editor.actor,
      { ...readyDraft(article, { sourceId, sectionId, slug: 'no-label-later' }), kind: '' },
      new Date(Date.now() + 3_600_000),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { kind: [expect.any(String)] } });
    expect((await footprint(article.id))?.status).toBe('draft');
  });

  it('refuses a story nobody is credited for, for publish and schedule', async () => {
    const article = await draftWithPoints();
    const draft = { ...readyDraft(await load(article.id), { sourceId, sectionId, slug: 'no-byline' }), bylineIds: [] };
    expect(await publishArticle(db, editor.actor, draft)).toMatchObject({ ok: false, fieldErrors: { bylines: [expect.any(String)] } });
    expect(await scheduleArticle(db, editor.actor, draft, new Date(Date.now() + 3_600_000))).toMatchObject({
      ok: false,
      fieldErrors: { bylines: [expect.any(String)] },
    });
  });

  it('publishes a labelled story with unsourced points: that is only a warning', async () => {
    const article = await draftWithPoints();
    const draft = readyDraft(article, { sourceId, sectionId, slug: 'labelled' });
    expectOk(await publishArticle(db, editor.actor, { ...draft, keyPoints: draft.keyPoints.map((p) => ({ ...p, sourceUrl: '' })) }));
    expect((await footprint(article.id))?.status).toBe('published');
  });

  it('keeps a live story labelled: an update that drops the label is refused', async () => {
    const article = await draftWithPoints();
    expectOk(await publishArticle(db, editor.actor, readyDraft(article, { sourceId, sectionId, slug: 'stays-labelled' })));
    const live = await load(article.id);
    expect(await saveArticle(db, editor.actor, { ...draftFrom(live), kind: null })).toMatchObject({
      ok: false,
      fieldErrors: { kind: [expect.any(String)] },
    });
  });
});

describe('sponsored stories', () => {
  it('round-trip: saved, published and read back as sponsored', async () => {
    const article = await draftWithPoints();
    expectOk(
      await publishArticle(db, editor.actor, {
        ...readyDraft(article, { sourceId, sectionId, slug: 'paid-for' }),
        kind: 'sponsored',
      }),
    );
    expect((await load(article.id)).kind).toBe('sponsored');
    expect((await findPublishedArticle(db, 'paid-for'))?.kind).toBe('sponsored');
  });

  it('a new draft starts without a label', async () => {
    const { id } = expectOk(await createDraft(db, editor.actor));
    expect((await load(id)).kind).toBeNull();
    const [row] = await db.select({ kind: articles.kind }).from(articles).where(eq(articles.id, id));
    expect(row?.kind).toBeNull();
    expect(await db.select().from(keyPoints).where(eq(keyPoints.articleId, id))).toEqual([]);
  });
});
