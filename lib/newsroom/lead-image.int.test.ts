import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { findPublishedArticle } from '@/db/queries/articles';
import { getEditorArticle } from '@/db/queries/newsroom';
import { articleRevisions, articles, images, sections, sources } from '@/db/schema';
import { withTestDatabase } from '@/db/test-support';
import type { Actor } from '@/lib/authz/policy';
import type { Result } from '@/lib/result';
import { createTestUser, draftFrom, readyDraft, type TestUser } from '@/lib/testing/newsroom-fixtures';
import { LEAD_IMAGE_NEEDS_ALT } from './lead-image-rule';
import { createDraft, publishArticle, restoreRevision, saveArticle, scheduleArticle } from './workflow';

let db: Database;
withTestDatabase((opened) => {
  db = opened;
});

let editorUser: TestUser;
let editor: Actor;
let sourceId: string;
let sectionId: string;

/** A library picture as its row stands (the variants don't matter to the save). */
async function storeImage(altText: string | null): Promise<string> {
  const [row] = await db
    .insert(images)
    .values({ originalKey: `test-${Math.random()}`, originalFormat: 'jpeg', originalByteSize: 1000, width: 1600, height: 1200, altText })
    .returning({ id: images.id });
  if (!row) throw new Error('no image row');
  return row.id;
}

function value<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}: ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
}

async function newStory(slug: string) {
  const created = value(await createDraft(db, editor));
  const article = (await getEditorArticle(db, created.id))!;
  return readyDraft(article, { sourceId, sectionId, slug });
}

beforeAll(async () => {
  editorUser = await createTestUser(db, { role: 'editor', email: 'ida.editor@newsdesk.test', name: 'Ida Editor' });
  editor = editorUser.actor;
  const [source] = await db.insert(sources).values({ slug: 'wire', name: 'Wire' }).returning();
  const [section] = await db.insert(sections).values({ slug: 'world', name: 'World' }).returning();
  sourceId = source!.id;
  sectionId = section!.id;
});

describe('a story’s lead image', () => {
  it('round-trips through a save: the answer, the editor’s copy and the revision all hold it', async () => {
    const imageId = await storeImage('Two cranes lift a container onto a ship at night');
    const draft = await newStory('cranes');
    const saved = value(await saveArticle(db, editor, { ...draft, leadImageId: imageId, leadImageCaption: '  Night shift at the port ' }));
    expect(saved).toMatchObject({ leadImageId: imageId, leadImageCaption: 'Night shift at the port' });

    const article = (await getEditorArticle(db, draft.id))!;
    expect(article.leadImageId).toBe(imageId);
    expect(article.leadImageCaption).toBe('Night shift at the port');
    expect(article.leadImage?.id).toBe(imageId);
    expect(article.leadImage?.alt).toBe('Two cranes lift a container onto a ship at night');

    const [revision] = await db
      .select({ snapshot: articleRevisions.snapshot })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, draft.id))
      .orderBy(asc(articleRevisions.version))
      .limit(1)
      .offset(1);
    expect(revision?.snapshot).toMatchObject({ leadImageId: imageId, leadImageCaption: 'Night shift at the port' });
  });

  it('is removed by saving without one, caption and all', async () => {
    const imageId = await storeImage('A ferry');
    const draft = await newStory('removed');
    const first = value(await saveArticle(db, editor, { ...draft, leadImageId: imageId, leadImageCaption: 'Caption' }));
    const second = value(await saveArticle(db, editor, { ...draft, version: first.version, leadImageId: '', leadImageCaption: 'Caption' }));
    expect(second).toMatchObject({ leadImageId: null, leadImageCaption: '' });
  });

  it('refuses a picture that isn’t in the library with a field error, not a crash', async () => {
    const draft = await newStory('unknown-image');
    const result = await saveArticle(db, editor, { ...draft, leadImageId: '00000000-0000-4000-8000-00000000dead' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toEqual(['leadImageId']);
  });

  it('comes back with a restored revision', async () => {
    const imageId = await storeImage('Snow on a mountain pass');
    const draft = await newStory('restored');
    const withImage = value(await saveArticle(db, editor, { ...draft, leadImageId: imageId, leadImageCaption: 'The pass' }));
    const without = value(await saveArticle(db, editor, { ...draft, version: withImage.version, leadImageId: '' }));
    const [revision] = await db
      .select({ id: articleRevisions.id })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, draft.id))
      .orderBy(asc(articleRevisions.version))
      .offset(1)
      .limit(1);
    const restored = value(await restoreRevision(db, editor, { id: draft.id, version: without.version }, revision!.id));
    expect(restored).toMatchObject({ leadImageId: imageId, leadImageCaption: 'The pass' });
  });
});

describe('going live with a lead image', () => {
  it('refuses to publish when the picture has no alt text, at the lead image field, and changes nothing', async () => {
    const imageId = await storeImage(null);
    const draft = await newStory('no-alt');
    const result = await publishArticle(db, editor, { ...draft, leadImageId: imageId });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('invalid');
    expect(result.fieldErrors).toEqual({ leadImageId: [LEAD_IMAGE_NEEDS_ALT] });
    const [row] = await db.select({ status: articles.status, leadImageId: articles.leadImageId }).from(articles).where(eq(articles.id, draft.id));
    expect(row).toEqual({ status: 'draft', leadImageId: null });
  });

  it('refuses blank alt text too, and scheduling as well as publishing', async () => {
    const imageId = await storeImage('   ');
    const draft = await newStory('blank-alt');
    const result = await scheduleArticle(db, editor, { ...draft, leadImageId: imageId }, new Date(Date.now() + 3_600_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.leadImageId).toEqual([LEAD_IMAGE_NEEDS_ALT]);
  });

  it('publishes once the picture is described, and readers get it with the story’s caption', async () => {
    const imageId = await storeImage(null);
    const draft = await newStory('described');
    expect((await publishArticle(db, editor, { ...draft, leadImageId: imageId })).ok).toBe(false);
    await db.update(images).set({ altText: 'A lifeboat crew hauls a dinghy onto a pebble beach' }).where(eq(images.id, imageId));
    value(await publishArticle(db, editor, { ...draft, leadImageId: imageId, leadImageCaption: 'The rescue, seen from the pier' }));
    const published = await findPublishedArticle(db, 'described');
    expect(published?.leadImage?.alt).toBe('A lifeboat crew hauls a dinghy onto a pebble beach');
    expect(published?.leadImageCaption).toBe('The rescue, seen from the pier');
  });

  it('won’t let an update give a live story a picture without alt text', async () => {
    const draft = await newStory('live-update');
    const live = value(await publishArticle(db, editor, draft));
    const imageId = await storeImage(null);
    const result = await saveArticle(db, editor, { ...draft, version: live.version, leadImageId: imageId });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.leadImageId).toEqual([LEAD_IMAGE_NEEDS_ALT]);
  });

  it('keeps the other person’s lead image in a conflict', async () => {
    const imageId = await storeImage('A red tram crossing a bridge');
    const draft = await newStory('conflict');
    value(await saveArticle(db, editor, { ...draft, leadImageId: imageId }));
    const stale = await saveArticle(db, editor, draftFrom((await getEditorArticle(db, draft.id))!, { version: draft.version }));
    expect(stale.ok).toBe(false);
    if (!stale.ok && 'current' in stale) expect(stale.current.leadImage?.id).toBe(imageId);
    else throw new Error('expected a conflict');
  });
});
