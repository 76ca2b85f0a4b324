import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { type EditorArticle, getEditorArticle, listDashboard } from '@/db/queries/newsroom';
import { findPublishedArticle } from '@/db/queries/articles';
import { listFeedStories } from '@/db/queries/feeds';
import { findPerson, listSitemapPeople } from '@/db/queries/people';
import { listStoryPage } from '@/db/queries/story-pages';
import { articleBylines, articleRevisions, auditLog, people, sections, sources } from '@/db/schema';
import { insertTestUser, withTestDatabase } from '@/db/test-support';
import type { Actor } from '@/lib/authz/policy';
import { tags } from '@/lib/cache-tags';
import { countBylines } from '@/lib/newsroom/bylines';
import { createDraft, publishArticle, restoreRevision, saveArticle } from '@/lib/newsroom/workflow';
import { findEntityRedirect } from '@/lib/redirects/entity-slugs';
import type { Failure, Result } from '@/lib/result';
import { createSection, createSource, deleteSection, deleteSource, updateSection, updateSource } from '@/lib/taxonomy/manage';
import { readyDraft } from '@/lib/testing/newsroom-fixtures';
import { createPerson, deletePerson, updatePerson } from './manage';

let db: Database;
withTestDatabase((opened) => (db = opened));

let admin: Actor;
let editor: Actor;
let writer: Actor;
let otherWriter: Actor;
let sourceId: string;
let sectionId: string;

beforeAll(async () => {
  admin = (await insertTestUser(db, { role: 'admin' })).actor;
  editor = (await insertTestUser(db, { role: 'editor' })).actor;
  writer = (await insertTestUser(db, { role: 'writer' })).actor;
  otherWriter = (await insertTestUser(db, { role: 'writer' })).actor;
  const source = await createSource(db, admin, { name: 'People Wire' });
  const section = await createSection(db, admin, { name: 'People Desk' });
  if (!source.ok || !section.ok) throw new Error('set-up failed');
  sourceId = source.value.id;
  sectionId = section.value.id;
});

function value<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
}

function failure(result: Result<unknown, unknown>, code: Failure['code']): Failure {
  if (result.ok) throw new Error(`Expected ${code}, but the command succeeded`);
  expect(result.code).toBe(code);
  return result as Failure;
}

async function newPerson(name: string, extra: Record<string, unknown> = {}) {
  return value(await createPerson(db, editor, { name, ...extra }));
}

async function editorArticle(id: string): Promise<EditorArticle> {
  const article = await getEditorArticle(db, id);
  if (!article) throw new Error('article vanished');
  return article;
}

/** A published story with these bylines, by the editor. */
async function publishedStory(slug: string, bylineIds: string[], now = new Date(), where = { sourceId: '', sectionId: '' }) {
  const draft = value(await createDraft(db, editor));
  const article = await editorArticle(draft.id);
  const place = { sourceId: where.sourceId || sourceId, sectionId: where.sectionId || sectionId };
  return value(await publishArticle(db, editor, { ...readyDraft(article, { ...place, slug }), bylineIds }, now));
}

describe('the people directory', () => {
  it('an editor adds a person: slug from the name, bio through the allowlist, beats and links parsed, audited', async () => {
    const created = value(
      await createPerson(db, editor, {
        name: 'Ana Ruiz',
        jobTitle: 'Europe correspondent',
        bio: JSON.stringify({
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Covers the EU.', marks: [{ type: 'bold' }, { type: 'script' }] }] }],
        }),
        beats: 'EU politics, Diplomacy,  eu politics',
        links: 'Website | https://ana.example.com\nhttps://social.example.org/@ana',
      }),
    );
    expect(created.slug).toBe('ana-ruiz');
    const stored = await findPerson(db, 'ana-ruiz');
    expect(stored).toMatchObject({
      jobTitle: 'Europe correspondent',
      bioText: 'Covers the EU.',
      beats: ['EU politics', 'Diplomacy'],
      links: [
        { label: 'Website', url: 'https://ana.example.com/' },
        { label: 'social.example.org', url: 'https://social.example.org/@ana' },
      ],
    });
    // The unknown mark is gone; bold stays.
    expect(JSON.stringify(stored?.bio)).not.toContain('script');
    expect(JSON.stringify(stored?.bio)).toContain('bold');
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit).toMatchObject([{ actorId: editor.id, action: 'person.create' }]);
  });

  it('answers bad input with field errors, all at once, and a taken slug too', async () => {
    await newPerson('Taken Name');
    const refused = failure(
      await createPerson(db, editor, { name: 'Taken Name', links: 'Site | javascript:alert(1)', bio: '{"type":"doc"' }),
      'invalid',
    );
    expect(Object.keys(refused.fieldErrors).sort()).toEqual(['bio', 'links', 'slug']);
    expect(refused.fieldErrors.links?.[0]).toContain('Line 1');
  });

  it('writers can’t add or delete people; disabled accounts can do nothing', async () => {
    failure(await createPerson(db, writer, { name: 'Sneaky Writer' }), 'forbidden');
    failure(await createPerson(db, { ...admin, disabled: true }, { name: 'Ghost' }), 'forbidden');
    const person = await newPerson('Cannot Delete Me');
    failure(await deletePerson(db, writer, { id: person.id }), 'forbidden');
  });

  it('a writer edits only their own linked profile, and can’t relink it to another account', async () => {
    const own = await newPerson('Wren Writer', { userId: writer.id });
    const colleague = await newPerson('Other Writer', { userId: otherWriter.id });
    value(await updatePerson(db, writer, { id: own.id, name: 'Wren Writer', jobTitle: 'Reporter', userId: otherWriter.id }));
    const stored = await findPerson(db, 'wren-writer');
    expect(stored?.jobTitle).toBe('Reporter');
    const [row] = await db.select({ userId: people.userId }).from(people).where(eq(people.id, own.id));
    expect(row?.userId).toBe(writer.id);
    failure(await updatePerson(db, writer, { id: colleague.id, name: 'Hijacked' }), 'forbidden');
    // An editor links and unlinks accounts; one account has at most one profile.
    const taken = failure(await updatePerson(db, editor, { id: colleague.id, name: 'Other Writer', userId: writer.id }), 'invalid');
    expect(taken.fieldErrors.userId).toEqual(['That account already has a profile']);
  });

  it('a slug rename leaves a redirect; renaming back leaves no loop; the tags cover both slugs', async () => {
    const person = await newPerson('Rename Me');
    const renamed = await updatePerson(db, editor, { id: person.id, name: 'Rename Me', slug: 'renamed-person' });
    expect(renamed.ok && renamed.tags).toEqual(
      expect.arrayContaining([tags.person('rename-me'), tags.person('renamed-person'), tags.personList('rename-me'), tags.sitemaps]),
    );
    expect(await findEntityRedirect(db, 'person', 'rename-me')).toBe('renamed-person');
    value(await updatePerson(db, editor, { id: person.id, name: 'Rename Me', slug: 'rename-me' }));
    expect(await findEntityRedirect(db, 'person', 'rename-me')).toBeNull();
    expect(await findEntityRedirect(db, 'person', 'renamed-person')).toBe('rename-me');
    // Another person may take a slug someone left behind: it is theirs, not a redirect.
    await newPerson('Renamed Person');
    expect(await findEntityRedirect(db, 'person', 'renamed-person')).toBeNull();
  });

  it('deleting a person with bylines is refused with the stories listed; without bylines it goes, redirects with it', async () => {
    const person = await newPerson('Byline Holder');
    await publishedStory('a-story-with-a-byline', [person.id]);
    const refused = failure(await deletePerson(db, editor, { id: person.id }), 'conflict');
    expect(refused.message).toContain('Byline Holder has the byline on 1 story');
    expect(refused.fieldErrors.usedBy).toEqual(['Story a-story-with-a-byline']);

    const loose = await newPerson('Loose Person');
    value(await updatePerson(db, editor, { id: loose.id, name: 'Loose Person', slug: 'loose-person-2' }));
    value(await deletePerson(db, admin, { id: loose.id }));
    expect(await findPerson(db, 'loose-person-2')).toBeNull();
    expect(await findEntityRedirect(db, 'person', 'loose-person')).toBeNull();
  });
});

describe('bylines on stories', () => {
  it('a writer’s new story starts with their own byline; one without a profile starts with none', async () => {
    const linked = await insertTestUser(db, { role: 'writer' });
    const profile = await newPerson('Linked Writer', { userId: linked.id });
    const draft = value(await createDraft(db, linked.actor));
    expect(draft.bylineIds).toEqual([profile.id]);
    expect((await editorArticle(draft.id)).bylines).toEqual([{ id: profile.id, name: 'Linked Writer' }]);
    const withoutProfile = await insertTestUser(db, { role: 'writer' });
    const unlinked = value(await createDraft(db, withoutProfile.actor));
    expect(await countBylines(db, unlinked.id)).toBe(0);
  });

  it('saves bylines in order, keeps them in revisions, and a restore brings the old ones back', async () => {
    const first = await newPerson('First Author');
    const second = await newPerson('Second Author');
    const created = value(await createDraft(db, editor));
    let article = await editorArticle(created.id);
    const saved = value(
      await saveArticle(db, editor, { ...readyDraft(article, { sourceId, sectionId, slug: 'bylined-draft' }), bylineIds: [second.id, first.id] }),
    );
    expect(saved.bylineIds).toEqual([second.id, first.id]);
    expect(await countBylines(db, created.id)).toBe(2);
    article = await editorArticle(created.id);
    expect(article.bylines.map((person) => person.name)).toEqual(['Second Author', 'First Author']);

    value(await saveArticle(db, editor, { ...readyDraft(article, { sourceId, sectionId, slug: 'bylined-draft' }), bylineIds: [first.id] }));
    const revisions = await db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, created.id))
      .orderBy(asc(articleRevisions.version));
    expect(revisions.map((revision) => revision.snapshot.bylineIds)).toEqual([[], [second.id, first.id], [first.id]]);

    const older = revisions[1]!;
    article = await editorArticle(created.id);
    const restored = value(await restoreRevision(db, editor, { id: created.id, version: article.version }, older.id));
    expect(restored.bylineIds).toEqual([second.id, first.id]);
  });

  it('a save without bylines leaves them alone; a person deleted meanwhile is a field error, not a crash', async () => {
    const person = await newPerson('Steady Author');
    const gone = await newPerson('Gone Author');
    const created = value(await createDraft(db, editor));
    let article = await editorArticle(created.id);
    value(await saveArticle(db, editor, { ...readyDraft(article, { sourceId, sectionId, slug: 'steady-story' }), bylineIds: [person.id] }));
    article = await editorArticle(created.id);
    value(await saveArticle(db, editor, readyDraft(article, { sourceId, sectionId, slug: 'steady-story' })));
    expect(await countBylines(db, created.id)).toBe(1);

    value(await deletePerson(db, editor, { id: gone.id }));
    article = await editorArticle(created.id);
    const refused = failure(
      await saveArticle(db, editor, { ...readyDraft(article, { sourceId, sectionId, slug: 'steady-story' }), bylineIds: [gone.id] }),
      'invalid',
    );
    expect(refused.fieldErrors.bylineIds).toBeDefined();
    const duplicate = failure(
      await saveArticle(db, editor, { ...readyDraft(article, { sourceId, sectionId, slug: 'steady-story' }), bylineIds: [person.id, person.id] }),
      'invalid',
    );
    expect(duplicate.fieldErrors.bylineIds).toEqual(['A person appears twice in the bylines']);
  });

  it('publishing touches the people’s lists; readers get the bylines on the page, in feeds and the sitemap', async () => {
    const author = await newPerson('Public Author');
    const draft = value(await createDraft(db, editor));
    const article = await editorArticle(draft.id);
    const published = await publishArticle(db, editor, { ...readyDraft(article, { sourceId, sectionId, slug: 'public-bylined' }), bylineIds: [author.id] });
    expect(published.ok && published.tags).toContain(tags.personList('public-author'));
    const page = await findPublishedArticle(db, 'public-bylined');
    expect(page?.bylines).toEqual([{ slug: 'public-author', name: 'Public Author' }]);
    const feed = await listFeedStories(db, { kind: 'person', personId: author.id }, 10);
    expect(feed.map((story) => [story.slug, story.authors])).toEqual([['public-bylined', [{ slug: 'public-author', name: 'Public Author' }]]]);
    expect((await listSitemapPeople(db)).map((person) => person.slug)).toContain('public-author');
  });

  it('an author’s list pages by keyset, one row per story even with two bylines', async () => {
    const pair = [await newPerson('Paged Author'), await newPerson('Co Author')];
    const base = Date.now() - 60 * 60_000;
    for (let index = 0; index < 5; index += 1) {
      await publishedStory(`paged-story-${index}`, pair.map((person) => person.id), new Date(base + index * 60_000));
    }
    const scope = { kind: 'person' as const, personId: pair[0]!.id };
    const first = await listStoryPage(db, scope, null, { pageSize: 2 });
    expect(first.stories.map((story) => story.slug)).toEqual(['paged-story-4', 'paged-story-3']);
    const second = await listStoryPage(db, scope, { direction: 'before', cursor: first.older! }, { pageSize: 2 });
    expect(second.stories.map((story) => story.slug)).toEqual(['paged-story-2', 'paged-story-1']);
    const third = await listStoryPage(db, scope, { direction: 'before', cursor: second.older! }, { pageSize: 2 });
    expect(third.stories.map((story) => story.slug)).toEqual(['paged-story-0']);
    expect(third.older).toBeNull();
  });

  it('the dashboard shows bylines and filters by person', async () => {
    const person = await newPerson('Dashboard Author');
    await publishedStory('dashboard-bylined', [person.id]);
    const { rows } = await listDashboard(db, { personId: person.id, page: 1, pageSize: 10 });
    expect(rows.map((row) => [row.slug, row.bylines])).toEqual([['dashboard-bylined', 'Dashboard Author']]);
  });
});

describe('sources and sections: redirects and deletion', () => {
  it('a renamed source or section leaves a redirect from the old slug', async () => {
    const source = value(await createSource(db, admin, { name: 'Old Source Name' }));
    value(await updateSource(db, admin, { id: source.id, name: 'New Source Name', slug: 'new-source-name' }));
    expect(await findEntityRedirect(db, 'source', 'old-source-name')).toBe('new-source-name');
    const section = value(await createSection(db, admin, { name: 'Old Section' }));
    value(await updateSection(db, admin, { id: section.id, name: 'New Section', slug: 'new-section' }));
    expect(await findEntityRedirect(db, 'section', 'old-section')).toBe('new-section');
    // Kinds don't mix: a person's old slug is not a section's.
    expect(await findEntityRedirect(db, 'person', 'old-section')).toBeNull();
  });

  it('deleting a source or section in use is refused with the stories; unused ones go, with their redirects', async () => {
    // Publishing needs a byline (the checklist).
    const byline = [(await newPerson('Tiny Reporter')).id];
    const tiny = value(await createSource(db, admin, { name: 'Tiny Wire' }));
    const tinyDesk = value(await createSection(db, admin, { name: 'Tiny Desk' }));
    await publishedStory('uses-the-source', byline, new Date(), { sourceId: tiny.id, sectionId: tinyDesk.id });
    const sourceRefusal = failure(await deleteSource(db, admin, { id: tiny.id }), 'conflict');
    expect(sourceRefusal.message).toBe('Tiny Wire is used by 1 story. Move it elsewhere first, then delete it.');
    expect(sourceRefusal.fieldErrors.usedBy).toEqual(['Story uses-the-source']);
    const sectionRefusal = failure(await deleteSection(db, admin, { id: tinyDesk.id }), 'conflict');
    expect(sectionRefusal.fieldErrors.usedBy).toEqual(['Story uses-the-source']);
    // A busy source names the first ten and counts the rest.
    const busyWire = value(await createSource(db, admin, { name: 'Busy Wire' }));
    for (let index = 0; index < 12; index += 1) {
      await publishedStory(`busy-story-${index}`, byline, new Date(), { sourceId: busyWire.id, sectionId: tinyDesk.id });
    }
    const busy = failure(await deleteSource(db, admin, { id: busyWire.id }), 'conflict');
    expect(busy.message).toBe('Busy Wire is used by 12 stories. Move them elsewhere first, then delete it.');
    expect(busy.fieldErrors.usedBy).toHaveLength(11);
    expect(busy.fieldErrors.usedBy?.at(-1)).toBe('and 2 more');
    failure(await deleteSource(db, editor, { id: tiny.id }), 'forbidden');

    const unused = value(await createSource(db, admin, { name: 'Unused Source' }));
    value(await updateSource(db, admin, { id: unused.id, name: 'Unused Source', slug: 'unused-source-2' }));
    const deleted = await deleteSource(db, admin, { id: unused.id });
    expect(deleted.ok && deleted.tags).toEqual(expect.arrayContaining([tags.source('unused-source-2'), tags.sitemaps]));
    expect(await db.select().from(sources).where(eq(sources.id, unused.id))).toEqual([]);
    expect(await findEntityRedirect(db, 'source', 'unused-source')).toBeNull();

    const emptySection = value(await createSection(db, admin, { name: 'Empty Section' }));
    value(await deleteSection(db, admin, { id: emptySection.id }));
    expect(await db.select().from(sections).where(eq(sections.id, emptySection.id))).toEqual([]);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, emptySection.id), eq(auditLog.action, 'section.delete')));
    expect(audit).toHaveLength(1);
  });
});

describe('byline rows', () => {
  it('the database refuses the same person twice on one story', async () => {
    const person = await newPerson('Twice Person');
    const story = await publishedStory('twice-story', [person.id]);
    await expect(db.insert(articleBylines).values({ articleId: story.id, personId: person.id, position: 1 })).rejects.toThrow();
  });
});
