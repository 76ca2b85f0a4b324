import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { findPublishedArticle, findRedirectTarget, listLatest } from '@/db/queries/articles';
import { type EditorArticle, getEditorArticle } from '@/db/queries/newsroom';
import { findSection, findSource } from '@/db/queries/taxonomy';
import { articleRevisions, articles, auditLog, keyPoints, publishRuns, sources } from '@/db/schema';
import { REFERENCE_STORY_SLUG } from '@/db/seed/demo-content';
import { DEMO_OLD_SLUG, seedDemoContent } from '@/db/seed/index';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { Actor } from '@/lib/authz/policy';
import type { RichTextDoc } from '@/lib/content/schema';
import type { Conflict, Failure, Result, Success } from '@/lib/result';
import { createTestUser, draftFrom, readyDraft, rich, type TestUser } from '@/lib/testing/newsroom-fixtures';
import { type ArticleDraftInput, HEADLINE_MAX } from './article-input';
import { PUBLISH_FAILED } from './publish-runs';
import { runScheduledPublishing } from './scheduler';
import {
  archiveArticle,
  createDraft,
  deleteDraft,
  publishArticle,
  restoreRevision,
  saveArticle,
  scheduleArticle,
  sendBack,
  submitForReview,
  unpublishArticle,
} from './workflow';

// Seeded stories are dated from here: long past, so every story this file publishes is newer.
const SEED_NOW = new Date('2025-03-01T12:00:00.000Z');
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

let testDb: TestDatabase;
let db: Database;
let writer: TestUser;
let otherWriter: TestUser;
let editorA: TestUser;
let editorB: TestUser;
let sourceId: string;
let sectionId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedDemoContent(db, { now: SEED_NOW });
  // Four argon2 hashes: about a third of a second.
  writer = await createTestUser(db, { role: 'writer', email: 'wendy.writer@newsdesk.test', name: 'Wendy Writer' });
  otherWriter = await createTestUser(db, { role: 'writer', email: 'oscar.other@newsdesk.test', name: 'Oscar Other' });
  editorA = await createTestUser(db, { role: 'editor', email: 'ada.editor@newsdesk.test', name: 'Ada Editor' });
  editorB = await createTestUser(db, { role: 'admin', email: 'ben.admin@newsdesk.test', name: 'Ben Admin' });
  sourceId = (await findSource(db, 'fox-news'))!.id;
  sectionId = (await findSection(db, 'world'))!.id;
});

afterAll(async () => {
  await testDb?.destroy();
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** A conflict carries the other version; every other failure carries field errors. */
type FailureOf<C extends Failure['code']> = C extends 'conflict' ? Conflict<EditorArticle> : Failure & { code: C };

function expectOk<T>(result: Result<T, EditorArticle>): Success<T> {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result;
}

function expectFailure<C extends Failure['code']>(
  result: Result<unknown, EditorArticle>,
  code: C,
): FailureOf<C> {
  if (result.ok) throw new Error(`Expected ${code}, but the command succeeded`);
  expect(result.code).toBe(code);
  return result as FailureOf<C>;
}

async function load(id: string): Promise<EditorArticle> {
  const article = await getEditorArticle(db, id);
  if (!article) throw new Error(`Article ${id} is gone`);
  return article;
}

async function newDraft(actor: Actor): Promise<EditorArticle> {
  const created = expectOk(await createDraft(db, actor));
  return load(created.value.id);
}

/** A story put live by editor A, with the given slug. */
async function publishedStory(slug: string, author: Actor = editorA.actor): Promise<EditorArticle> {
  const draft = await newDraft(author);
  expectOk(await publishArticle(db, editorA.actor, readyDraft(draft, { sourceId, sectionId, slug })));
  return load(draft.id);
}

const revisionsOf = (articleId: string) =>
  db
    .select()
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(asc(articleRevisions.version), asc(articleRevisions.createdAt));

const auditOf = (articleId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'article'), eq(auditLog.entityId, articleId)))
    .orderBy(asc(auditLog.createdAt));

async function rowOf(id: string) {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row ?? null;
}

async function latestSlugs(): Promise<string[]> {
  return (await listLatest(db, 1_000)).map((card) => card.slug);
}

/** The row and its history, to prove a refused command wrote nothing at all. */
async function footprint(id: string) {
  const row = await rowOf(id);
  const points = await db.select().from(keyPoints).where(eq(keyPoints.articleId, id)).orderBy(asc(keyPoints.position));
  return { row, points, revisions: await revisionsOf(id), audit: await auditOf(id) };
}

const readerTags = (slug: string) => [`article:${slug}`, 'list:latest', 'list:source:fox-news', 'list:section:world'];

// ---------------------------------------------------------------------------------------------

describe('a story from first draft to the front page', () => {
  it('draft → save → submit → sent back with a note → save → published, one version per command', async () => {
    const slug = 'harbour-bridge-to-close-for-six-weeks';

    const created = expectOk(await createDraft(db, writer.actor));
    expect(created.value).toMatchObject({ version: 1, status: 'draft' });
    expect(created.tags).toEqual([]);
    const id = created.value.id;

    // The writer fills the draft in.
    const saved = expectOk(
      await saveArticle(db, writer.actor, readyDraft(await load(id), { sourceId, sectionId, slug, headline: 'Harbour bridge to close for six weeks' })),
    );
    expect(saved.value).toMatchObject({ id, version: 2, status: 'draft', slug });
    expect(saved.tags).toEqual([]); // readers can't see a draft: no cache to clear

    const submitted = expectOk(await submitForReview(db, writer.actor, draftFrom(await load(id))));
    expect(submitted.value).toMatchObject({ version: 3, status: 'in_review' });
    expect(submitted.tags).toEqual([]);

    // The editor wants more, and says so.
    const note = 'Needs a second source on the closure dates.';
    const returned = expectOk(await sendBack(db, editorA.actor, { id, version: 3 }, note));
    expect(returned.value).toMatchObject({ version: 4, status: 'draft' });
    expect((await load(id)).reviewNote).toBe(note);

    const resaved = expectOk(
      await saveArticle(
        db,
        writer.actor,
        draftFrom(await load(id), { summary: 'The harbour bridge closes on Monday for six weeks, the port authority and the council both confirmed.' }),
      ),
    );
    expect(resaved.value).toMatchObject({ version: 5, status: 'draft' });

    const before = Date.now();
    const published = expectOk(await publishArticle(db, editorA.actor, draftFrom(await load(id))));
    expect(published.value).toMatchObject({ version: 6, status: 'published', slug });
    expect(published.tags).toEqual(expect.arrayContaining(readerTags(slug)));

    const article = await load(id);
    expect(article.status).toBe('published');
    expect(article.reviewNote).toBeNull(); // the note was for the draft, not the live story
    expect(article.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(article.authorId).toBe(writer.actor.id); // the writer stays the byline

    // One revision per command, each with its reason, author and version.
    const revisions = await revisionsOf(id);
    expect(revisions.map((r) => [r.version, r.reason, r.authorId])).toEqual([
      [1, 'create', writer.actor.id],
      [2, 'save', writer.actor.id],
      [3, 'submit', writer.actor.id],
      [4, 'send-back', editorA.actor.id],
      [5, 'save', writer.actor.id],
      [6, 'publish', editorA.actor.id],
    ]);
    expect(revisions.at(-1)!.snapshot).toMatchObject({ slug, status: 'published', sourceId, sectionId });
    expect(revisions[4]!.snapshot.summary).toEqual(
      rich('The harbour bridge closes on Monday for six weeks, the port authority and the council both confirmed.'),
    );

    const audit = await auditOf(id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['article.create', writer.actor.id],
      ['article.save', writer.actor.id],
      ['article.submit', writer.actor.id],
      ['article.send-back', editorA.actor.id],
      ['article.save', writer.actor.id],
      ['article.publish', editorA.actor.id],
    ]);
    expect(audit.at(-1)!.details).toMatchObject({ version: 6, status: 'published' });

    // Readers see it.
    const live = await findPublishedArticle(db, slug);
    expect(live).not.toBeNull();
    expect(live!.headlineText).toBe('Harbour bridge to close for six weeks');
    expect(live!.summaryText).toBe(
      'The harbour bridge closes on Monday for six weeks, the port authority and the council both confirmed.',
    );
    expect(live!.keyPoints).toHaveLength(3);
    expect(live!.source?.slug).toBe('fox-news');
    expect(live!.section?.slug).toBe('world');
    const latest = await latestSlugs();
    expect(latest).toContain(slug);
    // Newer than every seeded story, so it leads the list (unless a later test published since).
    expect(latest.indexOf(slug)).toBeLessThan(latest.indexOf(REFERENCE_STORY_SLUG));
  });

  it('an editor’s update to a live story clears the reader caches; a draft save clears none', async () => {
    const draft = await newDraft(writer.actor);
    const savedDraft = expectOk(
      await saveArticle(db, writer.actor, readyDraft(draft, { sourceId, sectionId, slug: 'tags-story' })),
    );
    expect(savedDraft.tags).toEqual([]);

    expectOk(await publishArticle(db, editorA.actor, draftFrom(await load(draft.id))));
    const update = expectOk(
      await saveArticle(db, editorA.actor, draftFrom(await load(draft.id), { summary: 'Corrected figures.', substantive: true })),
    );
    expect(update.value.status).toBe('published');
    expect(update.tags).toEqual(expect.arrayContaining([...readerTags('tags-story'), 'feeds', 'sitemaps']));
    expect((await findPublishedArticle(db, 'tags-story'))!.summaryText).toBe('Corrected figures.');
    // Marked substantive: readers see "Updated".
    expect((await load(draft.id)).revisedAt).not.toBeNull();
  });

  it('a non-substantive update leaves the "Updated" time alone and keeps the original publish time', async () => {
    const story = await publishedStory('quiet-fix-story');
    expectOk(await saveArticle(db, editorA.actor, draftFrom(story, { summary: 'Typo fixed.' })));
    const after = await load(story.id);
    expect(after.revisedAt).toBeNull();
    expect(after.publishedAt).toEqual(story.publishedAt);

    // Publishing again (the editor's "Update" button) keeps the original time too.
    expectOk(await publishArticle(db, editorA.actor, draftFrom(after, { summary: 'Typo fixed again.' })));
    expect((await load(story.id)).publishedAt).toEqual(story.publishedAt);
  });
});

describe('what publishing requires', () => {
  it('an empty draft is refused with every missing field named, and nothing is written', async () => {
    const draft = await newDraft(editorA.actor);
    const before = await footprint(draft.id);

    const result = expectFailure(await publishArticle(db, editorA.actor, draftFrom(draft)), 'invalid');
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['headline', 'keyPoints', 'kind', 'sectionId', 'sourceId', 'summary']);

    expect(await footprint(draft.id)).toEqual(before);
    expect((await load(draft.id)).version).toBe(1);
  });

  const missing: { field: string; change: Partial<ArticleDraftInput> }[] = [
    { field: 'headline', change: { headline: rich('') } },
    { field: 'headline', change: { headline: rich('   ') } },
    { field: 'summary', change: { summary: rich('') } },
    { field: 'keyPoints', change: { keyPoints: [] } },
    { field: 'keyPoints', change: { keyPoints: [{ content: rich('  '), sourceUrl: '' }, { content: rich(''), sourceUrl: '' }] } },
    { field: 'sourceId', change: { sourceId: '' } },
    { field: 'sectionId', change: { sectionId: '' } },
  ];

  it.each(missing)('without $field (case %#) it is refused with just that field, nothing written', async ({ field, change }) => {
    const draft = await newDraft(editorA.actor);
    const slug = `requirements-${draft.id.slice(0, 8)}`;
    const input = { ...readyDraft(draft, { sourceId, sectionId, slug }), ...change };

    const before = await footprint(draft.id);
    const result = expectFailure(await publishArticle(db, editorA.actor, input), 'invalid');
    expect(Object.keys(result.fieldErrors)).toEqual([field]);
    expect(await footprint(draft.id)).toEqual(before);
    expect(await findPublishedArticle(db, slug)).toBeNull();
  });

  it('a source that was deleted meanwhile is a field error, not a crash', async () => {
    const draft = await newDraft(editorA.actor);
    const input = readyDraft(draft, { sourceId: crypto.randomUUID(), sectionId, slug: 'ghost-source-story' });
    const result = expectFailure(await publishArticle(db, editorA.actor, input), 'invalid');
    expect(Object.keys(result.fieldErrors)).toEqual(['sourceId']);
    expect((await load(draft.id)).status).toBe('draft');
  });

  // BUG: saveArticle (the editor's "Update" on a live story, which readers see at once) never
  // runs publishProblems, so a live story can lose its headline, summary, key points, source
  // and section. Flip to `it` once fixed.
  it('an update to a live story must still meet the publish requirements', async () => {
    const story = await publishedStory('live-update-requirements');
    const result = expectFailure(
      await saveArticle(db, editorA.actor, draftFrom(story, { headline: '', summary: '', keyPoints: [], sourceId: '', sectionId: '' })),
      'invalid',
    );
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['headline', 'keyPoints', 'sectionId', 'sourceId', 'summary']);
    expect((await findPublishedArticle(db, 'live-update-requirements'))!.headlineText).toBe('Story live-update-requirements');
  });

  // BUG: restoreRevision doesn't check publishProblems either: restoring the empty 'create'
  // revision of a live story blanks the live page. Flip to `it` once fixed.
  it('restoring an incomplete revision onto a live story is refused', async () => {
    const story = await publishedStory('live-restore-empty');
    const [created] = await revisionsOf(story.id);
    expect(created!.reason).toBe('create');
    expectFailure(await restoreRevision(db, editorA.actor, story, created!.id), 'invalid');
    expect((await findPublishedArticle(db, 'live-restore-empty'))!.headlineText).toBe('Story live-restore-empty');
  });
});

describe('two people editing the same story', () => {
  it('the second save from a stale version is a conflict showing the first; nothing is overwritten', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(await submitForReview(db, writer.actor, readyDraft(draft, { sourceId, sectionId, slug: 'conflict-story' })));

    // Both editors open version N.
    const seenByA = await load(draft.id);
    const seenByB = await load(draft.id);
    const n = seenByA.version;

    const aSaved = expectOk(
      await saveArticle(db, editorA.actor, draftFrom(seenByA, { headline: 'Ada’s headline', summary: 'Ada’s summary.' })),
    );
    expect(aSaved.value.version).toBe(n + 1);
    const afterA = await footprint(draft.id);

    const result = expectFailure(
      await saveArticle(db, editorB.actor, draftFrom(seenByB, { headline: 'Ben’s headline', summary: 'Ben’s summary.' })),
      'conflict',
    );
    expect(result.current.version).toBe(n + 1);
    expect(result.current.headlineText).toBe('Ada’s headline');
    expect(result.current.summary).toEqual(rich('Ada’s summary.'));
    expect(result.message).toMatch(/Nothing was overwritten/);

    // B's words are nowhere in the database: not the row, not a revision, not the audit log.
    expect(await footprint(draft.id)).toEqual(afterA);
    expect((await rowOf(draft.id))!.headlineText).toBe('Ada’s headline');
    expect(JSON.stringify(await revisionsOf(draft.id))).not.toContain('Ben’s');
  });

  it('publishing from a stale version is a conflict too, and the story stays unpublished', async () => {
    const draft = await newDraft(editorA.actor);
    const stale = readyDraft(draft, { sourceId, sectionId, slug: 'stale-publish-story' });
    expectOk(await saveArticle(db, editorA.actor, draftFrom(draft, { headline: 'Moved on' })));

    const result = expectFailure(await publishArticle(db, editorB.actor, stale), 'conflict');
    expect(result.current.headlineText).toBe('Moved on');
    expect((await load(draft.id)).status).toBe('draft');
    expect(await findPublishedArticle(db, 'stale-publish-story')).toBeNull();
  });

  it('an autosave from a stale version is a conflict, not a silent overwrite', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { headline: 'From the laptop' })));
    const result = expectFailure(
      await saveArticle(db, writer.actor, draftFrom(draft, { headline: 'From the phone' }), 'autosave'),
      'conflict',
    );
    expect(result.current.headlineText).toBe('From the laptop');
    expect((await rowOf(draft.id))!.headlineText).toBe('From the laptop');
  });

  // BUG: workflow.ts builds the conflict message from `current.authorName`, the story's
  // byline, not from whoever saved in between. Here the writer is told nothing; editor B is
  // told "Wendy Writer saved this article" when it was Ada Editor. Flip to `it` once fixed.
  it('the conflict message names who saved in between, not the story’s writer', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(await submitForReview(db, writer.actor, readyDraft(draft, { sourceId, sectionId, slug: 'who-saved-story' })));
    const seen = await load(draft.id);
    expectOk(await saveArticle(db, editorA.actor, draftFrom(seen, { headline: 'Ada was here' })));
    const result = expectFailure(await saveArticle(db, editorB.actor, draftFrom(seen, { headline: 'Ben' })), 'conflict');
    expect(result.message).not.toContain(writer.name);
    expect(result.message).toContain(editorA.name);
  });
});

describe('hostile input from the editor', () => {
  const linked = (text: string, href: string): RichTextDoc => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }] }],
  });

  it('a 10,000-character headline is a field error on `headline`, and nothing is written', async () => {
    const draft = await newDraft(writer.actor);
    const before = await footprint(draft.id);
    const result = expectFailure(await saveArticle(db, writer.actor, draftFrom(draft, { headline: 'A'.repeat(10_000) })), 'invalid');
    expect(result.fieldErrors).toHaveProperty('headline');
    expect(result.fieldErrors.headline!.join(' ')).toContain(String(HEADLINE_MAX));
    expect(await footprint(draft.id)).toEqual(before);
  });

  it('a javascript: link in the summary is stored without its href; safe links survive', async () => {
    const draft = await newDraft(writer.actor);
    const summary: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Click here', marks: [{ type: 'link', attrs: { href: 'javascript:alert(document.cookie)' } }] },
            { type: 'text', text: ' or ' },
            { type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href: ' JaVa\tScRiPt:alert(1)' } }] },
            { type: 'text', text: ' or ' },
            { type: 'text', text: 'there', marks: [{ type: 'link', attrs: { href: 'javascript://example.com/%0Aalert(1)' } }] },
            { type: 'text', text: ' or read ' },
            { type: 'text', text: 'the report', marks: [{ type: 'link', attrs: { href: 'https://example.com/report' } }] },
          ],
        },
      ],
    };
    expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { summary })));

    const row = (await rowOf(draft.id))!;
    const stored = JSON.stringify(row.summary);
    expect(stored.toLowerCase()).not.toContain('javascript');
    expect(stored.toLowerCase()).not.toContain('script:');
    expect(stored).toContain('https://example.com/report');
    expect(row.summaryText).toBe('Click here or here or there or read the report');
    // The revision snapshot is just as clean: restoring it can't bring the link back.
    expect(JSON.stringify((await revisionsOf(draft.id)).at(-1)!.snapshot).toLowerCase()).not.toContain('javascript');
  });

  it('a javascript: link in a key point is dropped the same way', async () => {
    const draft = await newDraft(writer.actor);
    const input = draftFrom(draft, { keyPoints: [{ content: linked('Point', 'javascript:alert(1)'), sourceUrl: '' }] });
    expectOk(await saveArticle(db, writer.actor, input));
    const points = await db.select().from(keyPoints).where(eq(keyPoints.articleId, draft.id));
    expect(points).toHaveLength(1);
    expect(JSON.stringify(points[0]!.content)).not.toContain('javascript');
    expect(points[0]!.contentText).toBe('Point');
  });

  it('<script> in text is stored as literal text, character for character', async () => {
    const draft = await newDraft(writer.actor);
    const headline = '<script>alert("pwned")</script> & <img src=x onerror=alert(1)>';
    expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { headline, slug: 'script-in-headline' })));
    const row = (await rowOf(draft.id))!;
    expect(row.headlineText).toBe(headline);
    expect(row.headline).toEqual(rich(headline));
  });

  it('unknown node types, marks and attributes are dropped by normalisation', async () => {
    const draft = await newDraft(writer.actor);
    const summary = {
      type: 'doc',
      content: [
        { type: 'htmlBlock', attrs: { html: '<iframe src="https://evil.example"></iframe>' }, content: [{ type: 'text', text: 'raw html' }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted away' }] }] },
        {
          type: 'paragraph',
          attrs: { onclick: 'alert(1)', class: 'x' },
          content: [
            { type: 'text', text: 'Kept ', marks: [{ type: 'bold' }, { type: 'textStyle', attrs: { style: 'background:url(javascript:1)' } }] },
            { type: 'mention', attrs: { id: 'u1', onmouseover: 'alert(1)' }, content: [{ type: 'text', text: 'inside a mention' }] },
            { type: 'image', attrs: { src: 'https://evil.example/pixel.gif' } },
          ],
          extra: 'stripped key',
        },
      ],
    };
    expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { summary: summary as RichTextDoc })));

    const row = (await rowOf(draft.id))!;
    expect(row.summary).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Kept ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'inside a mention' },
          ],
        },
      ],
    });
    expect(row.summaryText).toBe('Kept inside a mention');
  });

  it('a doc nested 10,000 levels deep is refused cleanly, not a stack overflow', async () => {
    const draft = await newDraft(writer.actor);
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < 10_000; i += 1) node = { type: 'paragraph', content: [node] };
    const result = expectFailure(
      await saveArticle(db, writer.actor, draftFrom(draft, { summary: { type: 'doc', content: [node] } as unknown as RichTextDoc })),
      'invalid',
    );
    expect(result.fieldErrors).toHaveProperty('summary');
    expect((await load(draft.id)).version).toBe(1);
  });

  it('a javascript: source URL or web link is a field error, not stored', async () => {
    const draft = await newDraft(writer.actor);
    const result = expectFailure(
      await saveArticle(
        db,
        writer.actor,
        draftFrom(draft, {
          keyPoints: [{ content: rich('A point'), sourceUrl: 'javascript:alert(1)' }],
          webLinks: [{ title: 'Evil', url: 'javascript:alert(1)', siteName: 'Evil' }],
        }),
      ),
      'invalid',
    );
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['keyPoints.0.sourceUrl', 'webLinks.0.url']);
    expect((await load(draft.id)).version).toBe(1);
  });

  it('garbage where the article id or version should be is refused', async () => {
    const draft = await newDraft(writer.actor);
    const bad = expectFailure(await saveArticle(db, writer.actor, { ...draftFrom(draft), id: "1' OR '1'='1", version: 'x' }), 'invalid');
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(['id', 'version']);
    expectFailure(await saveArticle(db, writer.actor, null), 'invalid');
    expectFailure(await saveArticle(db, writer.actor, 'not an object'), 'invalid');
    expectFailure(await saveArticle(db, writer.actor, { ...draftFrom(draft), id: crypto.randomUUID() }), 'not_found');
  });
});

describe('what a writer may not do', () => {
  it('a writer cannot publish their own finished draft: forbidden, nothing changes', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(await saveArticle(db, writer.actor, readyDraft(draft, { sourceId, sectionId, slug: 'writer-tries-to-publish' })));
    const ready = await load(draft.id);
    const before = await footprint(draft.id);

    expectFailure(await publishArticle(db, writer.actor, draftFrom(ready)), 'forbidden');
    expectFailure(await scheduleArticle(db, writer.actor, draftFrom(ready), new Date(Date.now() + HOUR_MS)), 'forbidden');
    expectFailure(await archiveArticle(db, writer.actor, ready), 'forbidden');

    expect(await footprint(draft.id)).toEqual(before);
    expect(await findPublishedArticle(db, 'writer-tries-to-publish')).toBeNull();
  });

  it('a writer cannot edit, submit or delete a colleague’s draft', async () => {
    const theirs = await newDraft(otherWriter.actor);
    expectOk(await saveArticle(db, otherWriter.actor, draftFrom(theirs, { headline: 'Oscar’s scoop' })));
    const current = await load(theirs.id);
    const before = await footprint(theirs.id);

    expectFailure(await saveArticle(db, writer.actor, draftFrom(current, { headline: 'Stolen' })), 'forbidden');
    expectFailure(await saveArticle(db, writer.actor, draftFrom(current, { headline: 'Stolen' }), 'autosave'), 'forbidden');
    expectFailure(await submitForReview(db, writer.actor, draftFrom(current)), 'forbidden');
    expectFailure(await deleteDraft(db, writer.actor, current), 'forbidden');

    expect(await footprint(theirs.id)).toEqual(before);
  });

  it('a writer cannot change their own story once it is published (or scheduled)', async () => {
    const story = await publishedStory('writer-cannot-touch-live', writer.actor);
    const before = await footprint(story.id);
    expectFailure(await saveArticle(db, writer.actor, draftFrom(story, { headline: 'Sneaky edit' })), 'forbidden');
    expectFailure(await unpublishArticle(db, writer.actor, story), 'forbidden');
    expectFailure(await deleteDraft(db, writer.actor, story), 'forbidden');
    expect(await footprint(story.id)).toEqual(before);
    expect((await findPublishedArticle(db, 'writer-cannot-touch-live'))!.headlineText).toBe('Story writer-cannot-touch-live');
  });

  it('a writer cannot send back or pull their story from review by editing it through another door', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(await submitForReview(db, writer.actor, readyDraft(draft, { sourceId, sectionId, slug: 'in-review-writer' })));
    const inReview = await load(draft.id);
    expectFailure(await sendBack(db, writer.actor, inReview, 'I changed my mind'), 'forbidden');
    // Resubmitting is for drafts only.
    expectFailure(await submitForReview(db, writer.actor, draftFrom(inReview)), 'forbidden');
    // Editing their own story while it is in review is allowed, and keeps it in review.
    const edited = expectOk(await saveArticle(db, writer.actor, draftFrom(inReview, { summary: 'A late fix.' })));
    expect(edited.value.status).toBe('in_review');
  });

  it('a disabled editor can do nothing', async () => {
    const draft = await newDraft(editorA.actor);
    const disabled: Actor = { ...editorA.actor, disabled: true };
    expectFailure(await saveArticle(db, disabled, draftFrom(draft, { headline: 'x' })), 'forbidden');
    expectFailure(await createDraft(db, disabled), 'forbidden');
    expect((await load(draft.id)).version).toBe(1);
  });

  it('an editor can only send back a story that is in review', async () => {
    const draft = await newDraft(writer.actor);
    expectFailure(await sendBack(db, editorA.actor, draft, 'Not even submitted'), 'forbidden');
    expect((await load(draft.id)).reviewNote).toBeNull();
  });
});

describe('changing a story’s address', () => {
  it('a published story’s new slug leaves a redirect from the old one, and clears both pages', async () => {
    const story = await publishedStory('old-bridge-slug');
    const moved = expectOk(await saveArticle(db, editorA.actor, draftFrom(story, { slug: 'new-bridge-slug' })));
    expect(moved.value.slug).toBe('new-bridge-slug');
    expect(moved.tags).toEqual(expect.arrayContaining(['article:old-bridge-slug', 'article:new-bridge-slug', 'list:latest']));

    expect(await findRedirectTarget(db, 'old-bridge-slug')).toBe('new-bridge-slug');
    expect(await findPublishedArticle(db, 'old-bridge-slug')).toBeNull();
    expect((await findPublishedArticle(db, 'new-bridge-slug'))!.id).toBe(story.id);
    const audit = await auditOf(story.id);
    expect(audit.at(-1)!.details).toMatchObject({ slugFrom: 'old-bridge-slug', slugTo: 'new-bridge-slug' });

    // And back again: the old address serves the story, the newer one redirects to it.
    const back = expectOk(await saveArticle(db, editorA.actor, draftFrom(await load(story.id), { slug: 'old-bridge-slug' })));
    expect(back.value.slug).toBe('old-bridge-slug');
    expect(await findRedirectTarget(db, 'old-bridge-slug')).toBeNull();
    expect(await findRedirectTarget(db, 'new-bridge-slug')).toBe('old-bridge-slug');
    expect((await findPublishedArticle(db, 'old-bridge-slug'))!.id).toBe(story.id);
  });

  it('a draft’s slug changes freely without leaving redirects', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { slug: 'draft-slug-one' })));
    expectOk(await saveArticle(db, writer.actor, draftFrom(await load(draft.id), { slug: 'draft-slug-two' })));
    expect(await findRedirectTarget(db, 'draft-slug-one')).toBeNull();
    expect((await load(draft.id)).slug).toBe('draft-slug-two');
  });

  it('a slug another story uses, or that still redirects to another story, is a field error on `slug`', async () => {
    const draft = await newDraft(writer.actor);
    const before = await footprint(draft.id);

    const taken = expectFailure(await saveArticle(db, writer.actor, draftFrom(draft, { slug: REFERENCE_STORY_SLUG })), 'invalid');
    expect(Object.keys(taken.fieldErrors)).toEqual(['slug']);

    const redirected = expectFailure(await saveArticle(db, writer.actor, draftFrom(draft, { slug: DEMO_OLD_SLUG })), 'invalid');
    expect(Object.keys(redirected.fieldErrors)).toEqual(['slug']);

    const malformed = expectFailure(await saveArticle(db, writer.actor, draftFrom(draft, { slug: 'Not A Slug!' })), 'invalid');
    expect(Object.keys(malformed.fieldErrors)).toEqual(['slug']);

    expect(await footprint(draft.id)).toEqual(before);
    expect(await findRedirectTarget(db, DEMO_OLD_SLUG)).toBe(REFERENCE_STORY_SLUG);
  });

  it('with no slug typed, the address comes from the headline', async () => {
    const draft = await newDraft(writer.actor);
    const saved = expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { headline: 'Rates held at 4% for a third month', slug: '' })));
    expect(saved.value.slug).toBe('rates-held-at-4percent-for-a-third-month');
  });

  // BUG (arguable): saveContent records a redirect only while the story is `published`. A story
  // readers knew at one address, taken down, moved and put back up, 404s at the old address.
  // recordSlugChange could run whenever the row has a publishedAt. Flip to `it` once fixed.
  it('a story taken down, moved and put back up still answers at its first address', async () => {
    const story = await publishedStory('first-address-story');
    expectOk(await unpublishArticle(db, editorA.actor, story));
    expectOk(await saveArticle(db, editorA.actor, draftFrom(await load(story.id), { slug: 'second-address-story' })));
    expectOk(await publishArticle(db, editorA.actor, draftFrom(await load(story.id))));
    expect(await findRedirectTarget(db, 'first-address-story')).toBe('second-address-story');
  });
});

describe('scheduled publishing', () => {
  // Relative to the real clock, in the past, so that once the scheduler has run the database's
  // now() (which decides what readers see) is already past the scheduled time.
  const t0 = new Date(Date.now() - 3 * HOUR_MS);
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it('a story scheduled an hour ahead goes live at that time, exactly once', async () => {
    const slug = 'scheduled-for-later';
    const draft = await newDraft(writer.actor);
    const input = readyDraft(draft, { sourceId, sectionId, slug });
    const scheduledAt = at(HOUR_MS);

    const scheduled = expectOk(await scheduleArticle(db, editorA.actor, input, scheduledAt, t0));
    expect(scheduled.value).toMatchObject({ status: 'scheduled', version: 2 });
    expect(scheduled.tags).toEqual([]); // nothing readers can see has changed yet
    expect((await load(draft.id)).scheduledAt).toEqual(scheduledAt);

    // Not for readers yet.
    expect(await findPublishedArticle(db, slug)).toBeNull();
    expect(await latestSlugs()).not.toContain(slug);

    // Before its time, the job publishes nothing.
    const early = await runScheduledPublishing(db, 'manual', at(30 * MINUTE_MS));
    expect(early.published).toEqual([]);
    expect(early.tags).toEqual([]);
    expect((await load(draft.id)).status).toBe('scheduled');

    // After its time, it goes live, dated at the scheduled time rather than when the job ran.
    const due = await runScheduledPublishing(db, 'manual', at(2 * HOUR_MS));
    expect(due.published).toEqual([{ id: draft.id, slug }]);
    expect(due.tags).toEqual(expect.arrayContaining(readerTags(slug)));

    const live = await load(draft.id);
    expect(live).toMatchObject({ status: 'published', version: 3, scheduledAt: null });
    expect(live.publishedAt).toEqual(scheduledAt);
    const page = await findPublishedArticle(db, slug);
    expect(page).not.toBeNull();
    expect(page!.publishedAt).toEqual(scheduledAt);
    expect(await latestSlugs()).toContain(slug);

    const revisions = await revisionsOf(draft.id);
    expect(revisions.at(-1)).toMatchObject({ reason: 'scheduled-publish', version: 3, authorId: null });
    expect((await auditOf(draft.id)).map((a) => a.action)).toContain('article.scheduled-publish');

    // Every run is on record, including the one that found nothing.
    const [run] = await db.select().from(publishRuns).where(eq(publishRuns.id, due.runId));
    expect(run).toMatchObject({ trigger: 'manual', published: 1, error: null });
    expect(run!.finishedAt).not.toBeNull();
    const [earlyRun] = await db.select().from(publishRuns).where(eq(publishRuns.id, early.runId));
    expect(earlyRun).toMatchObject({ published: 0, error: null });

    // Running again (another instance, the cron a minute later) publishes nothing more.
    const again = await runScheduledPublishing(db, 'manual', at(2 * HOUR_MS));
    expect(again.published).toEqual([]);
    expect(again.tags).toEqual([]);
    expect((await load(draft.id)).version).toBe(3);
    expect((await revisionsOf(draft.id)).filter((r) => r.reason === 'scheduled-publish')).toHaveLength(1);
  });

  it('two schedulers racing publish each story once between them', async () => {
    const draft = await newDraft(editorA.actor);
    expectOk(await scheduleArticle(db, editorA.actor, readyDraft(draft, { sourceId, sectionId, slug: 'raced-story' }), at(HOUR_MS), t0));
    const [a, b] = await Promise.all([
      runScheduledPublishing(db, 'cron', at(2 * HOUR_MS)),
      runScheduledPublishing(db, 'timer', at(2 * HOUR_MS)),
    ]);
    expect([...a.published, ...b.published]).toEqual([{ id: draft.id, slug: 'raced-story' }]);
    expect((await revisionsOf(draft.id)).filter((r) => r.reason === 'scheduled-publish')).toHaveLength(1);
  });

  it.each([
    { label: '30 seconds ahead', offset: 30_000 },
    { label: 'right now', offset: 0 },
    { label: 'in the past', offset: -HOUR_MS },
  ])('scheduling $label is a field error on `scheduledAt`; nothing is written', async ({ offset }) => {
    const draft = await newDraft(editorA.actor);
    const before = await footprint(draft.id);
    const now = new Date();
    const result = expectFailure(
      await scheduleArticle(db, editorA.actor, readyDraft(draft, { sourceId, sectionId, slug: 'too-soon' }), new Date(now.getTime() + offset), now),
      'invalid',
    );
    expect(Object.keys(result.fieldErrors)).toEqual(['scheduledAt']);
    expect(await footprint(draft.id)).toEqual(before);
  });

  it('an invalid date is a field error on `scheduledAt`', async () => {
    const draft = await newDraft(editorA.actor);
    const result = expectFailure(
      await scheduleArticle(db, editorA.actor, readyDraft(draft, { sourceId, sectionId, slug: 'nan-date' }), new Date('nonsense')),
      'invalid',
    );
    expect(Object.keys(result.fieldErrors)).toEqual(['scheduledAt']);
  });

  it('scheduling needs a complete story too', async () => {
    const draft = await newDraft(editorA.actor);
    const result = expectFailure(await scheduleArticle(db, editorA.actor, draftFrom(draft), at(HOUR_MS), t0), 'invalid');
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['headline', 'keyPoints', 'kind', 'sectionId', 'sourceId', 'summary']);
  });

  it('an unpublished scheduled story is never published by the job', async () => {
    const draft = await newDraft(editorA.actor);
    expectOk(await scheduleArticle(db, editorA.actor, readyDraft(draft, { sourceId, sectionId, slug: 'called-off' }), at(HOUR_MS), t0));
    const off = expectOk(await unpublishArticle(db, editorA.actor, await load(draft.id)));
    expect(off.value.status).toBe('draft');
    expect((await load(draft.id)).scheduledAt).toBeNull();

    const run = await runScheduledPublishing(db, 'manual', at(2 * HOUR_MS));
    expect(run.published).toEqual([]);
    expect(await findPublishedArticle(db, 'called-off')).toBeNull();
  });

  it('a failed run records a code for the dashboard, never the error’s own words', async () => {
    const draft = await newDraft(editorA.actor);
    expectOk(await scheduleArticle(db, editorA.actor, readyDraft(draft, { sourceId, sectionId, slug: 'run-fails' }), at(HOUR_MS), t0));
    const detail = 'duplicate key value violates unique constraint "articles_slug_unique" (slug)=(run-fails)';
    // The run's transaction fails as a database error would; recording the run still works.
    const failing: Database = new Proxy(db, {
      get: (target, key) => (key === 'transaction' ? () => Promise.reject(new Error(detail)) : Reflect.get(target, key)),
    });
    await expect(runScheduledPublishing(failing, 'manual', at(2 * HOUR_MS))).rejects.toThrow(detail);

    const failed = await db.select().from(publishRuns).where(isNotNull(publishRuns.error));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ trigger: 'manual', published: 0, error: PUBLISH_FAILED });
    expect(failed[0]!.finishedAt).not.toBeNull();
    expect((await load(draft.id)).status).toBe('scheduled');
    expectOk(await unpublishArticle(db, editorA.actor, await load(draft.id)));
  });
});

describe('taking stories down', () => {
  it('unpublishing hides a live story from readers again and clears its caches', async () => {
    const story = await publishedStory('going-dark');
    expect(await latestSlugs()).toContain('going-dark');

    const result = expectOk(await unpublishArticle(db, editorA.actor, story));
    expect(result.value).toMatchObject({ status: 'draft', version: story.version + 1 });
    expect(result.tags).toEqual(expect.arrayContaining(readerTags('going-dark')));
    expect(await findPublishedArticle(db, 'going-dark')).toBeNull();
    expect(await latestSlugs()).not.toContain('going-dark');
  });

  it('unpublishing a draft is refused', async () => {
    const draft = await newDraft(editorA.actor);
    const result = expectFailure(await unpublishArticle(db, editorA.actor, draft), 'invalid');
    expect(result.fieldErrors).toHaveProperty('form');
    expect((await load(draft.id)).version).toBe(1);
  });

  it('archiving a live story takes it off the site; its old address no longer redirects', async () => {
    const story = await publishedStory('to-the-archive');
    expectOk(await saveArticle(db, editorA.actor, draftFrom(story, { slug: 'to-the-archive-moved' })));
    const current = await load(story.id);

    const result = expectOk(await archiveArticle(db, editorA.actor, current));
    expect(result.value).toMatchObject({ status: 'archived', version: current.version + 1 });
    expect(result.tags).toEqual(expect.arrayContaining(readerTags('to-the-archive-moved')));
    expect(await findPublishedArticle(db, 'to-the-archive-moved')).toBeNull();
    expect(await findRedirectTarget(db, 'to-the-archive')).toBeNull();
    expect(await latestSlugs()).not.toContain('to-the-archive-moved');
    expect((await auditOf(story.id)).at(-1)!.action).toBe('article.archive');
  });

  it('only drafts can be deleted; a live story must be archived instead', async () => {
    const story = await publishedStory('cannot-delete-me');
    const refused = expectFailure(await deleteDraft(db, editorA.actor, story), 'forbidden');
    expect(refused.message).toMatch(/archive/i);
    expect(await findPublishedArticle(db, 'cannot-delete-me')).not.toBeNull();

    const inReview = await newDraft(writer.actor);
    expectOk(await submitForReview(db, writer.actor, draftFrom(inReview)));
    expectFailure(await deleteDraft(db, editorA.actor, await load(inReview.id)), 'forbidden');
    expect(await getEditorArticle(db, inReview.id)).not.toBeNull();
  });

  it('a story once published is never deleted, even after unpublish → draft; it can be archived', async () => {
    // The attack: the writer's story goes live, an editor unpublishes it (back to draft, the
    // writer's own again), and the writer deletes it with its revisions and redirects.
    const story = await publishedStory('once-live-then-draft', writer.actor);
    expectOk(await unpublishArticle(db, editorA.actor, story));
    const draft = await load(story.id);
    expect(draft).toMatchObject({ status: 'draft', everPublished: true });
    const before = await footprint(story.id);

    const refused = expectFailure(await deleteDraft(db, writer.actor, draft), 'forbidden');
    expect(refused.message).toMatch(/archive/i);
    expectFailure(await deleteDraft(db, editorA.actor, draft), 'forbidden');
    expect(await footprint(story.id)).toEqual(before);

    expectOk(await archiveArticle(db, editorA.actor, draft));
    expect((await load(story.id)).status).toBe('archived');
  });

  it('a story published, then rescheduled (losing its publish time) and pulled, is still not deletable', async () => {
    const story = await publishedStory('once-live-then-scheduled', writer.actor);
    expectOk(await unpublishArticle(db, editorA.actor, story));
    const later = new Date(Date.now() + 3_600_000);
    expectOk(await scheduleArticle(db, editorA.actor, readyDraft(await load(story.id), { sourceId, sectionId, slug: 'once-live-then-scheduled' }), later));
    expectOk(await unpublishArticle(db, editorA.actor, await load(story.id)));
    const draft = await load(story.id);
    expect(draft).toMatchObject({ status: 'draft', publishedAt: null, everPublished: true });
    expectFailure(await deleteDraft(db, writer.actor, draft), 'forbidden');
    expect(await getEditorArticle(db, story.id)).not.toBeNull();
  });

  it('a writer deletes their own draft: gone, with the deletion on the audit log', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { headline: 'Never mind' })));
    const current = await load(draft.id);

    // From a stale version, the delete is refused: someone may have just added to it.
    expectFailure(await deleteDraft(db, writer.actor, { id: draft.id, version: 1 }), 'invalid');
    expect(await getEditorArticle(db, draft.id)).not.toBeNull();

    expect(current.everPublished).toBe(false);
    const deleted = expectOk(await deleteDraft(db, writer.actor, current));
    expect(deleted.value).toEqual({ id: draft.id });
    expect(deleted.tags).toEqual([]); // never public: no reader cache holds it
    expect(await getEditorArticle(db, draft.id)).toBeNull();
    expect(await revisionsOf(draft.id)).toEqual([]);
    const audit = await auditOf(draft.id);
    expect(audit.at(-1)).toMatchObject({ action: 'article.delete', actorId: writer.actor.id });
    expect(audit.at(-1)!.details).toMatchObject({ headline: 'Never mind' });
  });
});

describe('revisions', () => {
  it('restoring an old revision brings its content back as a new version and a new revision', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(
      await saveArticle(db, writer.actor, draftFrom(draft, { headline: 'First take', summary: 'First summary.', keyPointTexts: ['One', 'Two'] })),
    );
    const firstTake = (await revisionsOf(draft.id)).at(-1)!;
    expect(firstTake).toMatchObject({ reason: 'save', version: 2 });
    expectOk(
      await saveArticle(db, writer.actor, draftFrom(await load(draft.id), { headline: 'Second take', summary: 'Second summary.', keyPointTexts: ['Three'] })),
    );
    const current = await load(draft.id);
    expect(current.version).toBe(3);

    const restored = expectOk(await restoreRevision(db, writer.actor, current, firstTake.id));
    expect(restored.value.version).toBe(4);
    const after = await load(draft.id);
    expect(after.headlineText).toBe('First take');
    expect(after.summary).toEqual(rich('First summary.'));
    expect(after.keyPoints.map((point) => point.content)).toEqual([rich('One'), rich('Two')]);
    expect(after.slug).toBe(current.slug); // a restore never moves the address

    const revisions = await revisionsOf(draft.id);
    expect(revisions.map((r) => [r.version, r.reason])).toEqual([
      [1, 'create'],
      [2, 'save'],
      [3, 'save'],
      [4, 'restore'],
    ]);
    expect(revisions[2]!.snapshot.headline).toEqual(rich('Second take')); // history is never rewritten
    expect((await auditOf(draft.id)).at(-1)!.action).toBe('article.restore');
  });

  it('restoring from a stale version is a conflict; another article’s revision is not found', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { headline: 'Only take' })));
    const [created] = await revisionsOf(draft.id);
    expectFailure(await restoreRevision(db, writer.actor, { id: draft.id, version: 1 }, created!.id), 'conflict');
    expect((await load(draft.id)).headlineText).toBe('Only take');

    const other = await newDraft(otherWriter.actor);
    const [foreign] = await revisionsOf(other.id);
    expectFailure(await restoreRevision(db, writer.actor, await load(draft.id), foreign!.id), 'not_found');
    // And a writer can't restore a colleague's story at all.
    expectFailure(await restoreRevision(db, writer.actor, other, foreign!.id), 'forbidden');
  });

  // BUG: restoreRevision writes the snapshot's sourceId/sectionId without checkDraftReferences,
  // so a revision naming a since-deleted source throws a foreign-key violation (a 500 in the
  // newsroom) instead of a field error. Flip to `it` once fixed.
  it('restoring a revision whose source has since been deleted is a field error, not a crash', async () => {
    const [gone] = await db.insert(sources).values({ slug: 'short-lived-wire', name: 'Short-lived Wire' }).returning();
    const draft = await newDraft(editorA.actor);
    expectOk(await saveArticle(db, editorA.actor, draftFrom(draft, { headline: 'Via the short-lived wire', sourceId: gone!.id })));
    const withGoneSource = (await revisionsOf(draft.id)).at(-1)!;
    expectOk(await saveArticle(db, editorA.actor, draftFrom(await load(draft.id), { sourceId })));
    await db.delete(sources).where(eq(sources.id, gone!.id));

    const result = expectFailure(await restoreRevision(db, editorA.actor, await load(draft.id), withGoneSource.id), 'invalid');
    expect(Object.keys(result.fieldErrors)).toEqual(['sourceId']);
  });

  it('two autosaves by the same person within ten minutes leave one autosave revision and no audit noise', async () => {
    const draft = await newDraft(writer.actor);
    const first = expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { headline: 'Typing' }), 'autosave'));
    expect(first.value.version).toBe(2);
    const second = expectOk(
      await saveArticle(db, writer.actor, draftFrom(await load(draft.id), { headline: 'Typing more' }), 'autosave'),
    );
    expect(second.value.version).toBe(3);
    expect(second.tags).toEqual([]);

    const revisions = await revisionsOf(draft.id);
    expect(revisions.map((r) => r.reason)).toEqual(['create', 'autosave']);
    expect(revisions[1]).toMatchObject({ version: 3, authorId: writer.actor.id });
    expect(revisions[1]!.snapshot.headline).toEqual(rich('Typing more'));
    expect((await auditOf(draft.id)).map((a) => a.action)).toEqual(['article.create']);

    // A real save in between starts a fresh autosave revision afterwards.
    expectOk(await saveArticle(db, writer.actor, draftFrom(await load(draft.id), { headline: 'Saved' })));
    expectOk(await saveArticle(db, writer.actor, draftFrom(await load(draft.id), { headline: 'Typing again' }), 'autosave'));
    expect((await revisionsOf(draft.id)).map((r) => r.reason)).toEqual(['create', 'autosave', 'save', 'autosave']);
  });

  it('autosaves by two different people are kept apart', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(await submitForReview(db, writer.actor, draftFrom(draft, { headline: 'Shared' })));
    expectOk(await saveArticle(db, writer.actor, draftFrom(await load(draft.id), { headline: 'Writer typing' }), 'autosave'));
    expectOk(await saveArticle(db, editorA.actor, draftFrom(await load(draft.id), { headline: 'Editor typing' }), 'autosave'));
    const autosaves = (await revisionsOf(draft.id)).filter((r) => r.reason === 'autosave');
    expect(autosaves.map((r) => r.authorId)).toEqual([writer.actor.id, editorA.actor.id]);
  });

  it.each(['published', 'scheduled'] as const)('autosave is refused on a %s story, and nothing is written', async (status) => {
    const draft = await newDraft(editorA.actor);
    const input = readyDraft(draft, { sourceId, sectionId, slug: `autosave-${status}` });
    if (status === 'published') expectOk(await publishArticle(db, editorA.actor, input));
    else expectOk(await scheduleArticle(db, editorA.actor, input, new Date(Date.now() + 24 * HOUR_MS)));
    const story = await load(draft.id);
    const before = await footprint(draft.id);

    const result = expectFailure(
      await saveArticle(db, editorA.actor, draftFrom(story, { headline: 'Half-typed headl' }), 'autosave'),
      'invalid',
    );
    expect(result.fieldErrors).toHaveProperty('form');
    expect(await footprint(draft.id)).toEqual(before);
    if (status === 'published') expect((await findPublishedArticle(db, 'autosave-published'))!.headlineText).toBe('Story autosave-published');

    // Leave nothing due for the scheduler tests above/below.
    if (status === 'scheduled') expectOk(await unpublishArticle(db, editorA.actor, story));
  });
});

describe('key points across edits', () => {
  it('a saved key point keeps its id (and so its verification) when edited and reordered', async () => {
    const draft = await newDraft(writer.actor);
    expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { keyPointTexts: ['Alpha', 'Beta'] })));
    const saved = await load(draft.id);
    const [alpha, beta] = saved.keyPoints;

    expectOk(
      await saveArticle(
        db,
        writer.actor,
        draftFrom(saved, {
          keyPoints: [
            { id: beta!.id, content: rich('Beta, edited'), sourceUrl: 'https://example.com/beta' },
            { id: alpha!.id, content: rich('Alpha'), sourceUrl: '' },
            { content: rich('Gamma'), sourceUrl: '' },
          ],
        }),
      ),
    );
    const after = await load(draft.id);
    expect(after.keyPoints.map((p) => [p.id, p.content])).toEqual([
      [beta!.id, rich('Beta, edited')],
      [alpha!.id, rich('Alpha')],
      [expect.any(String), rich('Gamma')],
    ]);
    expect(after.keyPoints[0]!.sourceUrl).toBe('https://example.com/beta');
  });

  it('every write returns the stored key points’ ids in order, new points and kept ones alike', async () => {
    const draft = await newDraft(writer.actor);
    const first = expectOk(await saveArticle(db, writer.actor, draftFrom(draft, { keyPointTexts: ['Alpha', 'Beta'] })));
    const saved = await load(draft.id);
    expect(first.value.keyPointIds).toHaveLength(2);
    expect(first.value.keyPointIds).toEqual(saved.keyPoints.map((point) => point.id));
    const [alpha, beta] = saved.keyPoints;

    // Reordered, one new, one left empty (never stored): the ids follow the stored order.
    const second = expectOk(
      await saveArticle(
        db,
        writer.actor,
        draftFrom(saved, {
          keyPoints: [
            { id: beta!.id, content: rich('Beta'), sourceUrl: '' },
            { content: rich(''), sourceUrl: '' },
            { content: rich('Gamma'), sourceUrl: '' },
            { id: alpha!.id, content: rich('Alpha'), sourceUrl: '' },
          ],
        }),
      ),
    );
    const after = await load(draft.id);
    expect(after.keyPoints.map((point) => point.content)).toEqual([rich('Beta'), rich('Gamma'), rich('Alpha')]);
    expect(second.value.keyPointIds).toEqual(after.keyPoints.map((point) => point.id));
    expect(second.value.keyPointIds).toEqual([beta!.id, expect.any(String), alpha!.id]);
    expect(new Set(second.value.keyPointIds).size).toBe(3);

    // A command that carries no content reports the points as they stand.
    const submitted = expectOk(await submitForReview(db, writer.actor, draftFrom(after)));
    expect(submitted.value.keyPointIds).toEqual(after.keyPoints.map((point) => point.id));
    const sentBack = expectOk(await sendBack(db, editorA.actor, { id: draft.id, version: submitted.value.version }, 'More'));
    expect(sentBack.value.keyPointIds).toEqual(after.keyPoints.map((point) => point.id));
    expect(sentBack.value.reviewNote).toBe('More');

    // A restore (to the first save: Gamma goes) reports what it stored too.
    const firstRevision = (await revisionsOf(draft.id)).find((revision) => revision.version === first.value.version)!;
    const restored = expectOk(await restoreRevision(db, writer.actor, await load(draft.id), firstRevision.id));
    const restoredArticle = await load(draft.id);
    expect(restoredArticle.keyPoints.map((point) => point.content)).toEqual([rich('Alpha'), rich('Beta')]);
    expect(restored.value.keyPointIds).toEqual(restoredArticle.keyPoints.map((point) => point.id));
    expect(restored.value.keyPointIds).toEqual([alpha!.id, beta!.id]);
  });

  it('another story’s key point id cannot be used to overwrite or steal that point', async () => {
    const victim = await newDraft(otherWriter.actor);
    expectOk(await saveArticle(db, otherWriter.actor, draftFrom(victim, { keyPointTexts: ['Oscar’s point'] })));
    const [victimPoint] = (await load(victim.id)).keyPoints;

    const mine = await newDraft(writer.actor);
    expectOk(
      await saveArticle(db, writer.actor, draftFrom(mine, { keyPoints: [{ id: victimPoint!.id, content: rich('Hijacked'), sourceUrl: '' }] })),
    );
    expect((await load(victim.id)).keyPoints).toEqual([victimPoint]);
    const [minePoint] = (await load(mine.id)).keyPoints;
    expect(minePoint!.id).not.toBe(victimPoint!.id);
    expect(minePoint!.content).toEqual(rich('Hijacked'));
  });
});
