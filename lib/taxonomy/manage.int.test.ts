import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { auditLog, media, sections, sources, users } from '@/db/schema';
import { insertTestUser, withTestDatabase } from '@/db/test-support';
import type { Actor } from '@/lib/authz/policy';
import { tags } from '@/lib/cache-tags';
import { file, HTML, PNG_1PX, SVG } from '@/lib/media/test-images';
import { createSection, createSource, moveSection, reorderSections, updateSection, updateSource } from './manage';

let db: Database;
let admin: Actor;
let others: { editor: Actor; writer: Actor; disabledAdmin: Actor };
withTestDatabase((opened) => (db = opened));

beforeEach(async () => {
  for (const table of [auditLog, sources, sections, media, users]) await db.delete(table);
  admin = (await insertTestUser(db, { role: 'admin' })).actor;
  others = {
    editor: (await insertTestUser(db, { role: 'editor' })).actor,
    writer: (await insertTestUser(db, { role: 'writer' })).actor,
    disabledAdmin: (await insertTestUser(db, { role: 'admin', disabled: true })).actor,
  };
});

async function sourceBySlug(slug: string) {
  const [row] = await db.select().from(sources).where(eq(sources.slug, slug));
  return row ?? null;
}

async function sectionOrder() {
  const rows = await db.select({ slug: sections.slug, position: sections.position }).from(sections).orderBy(asc(sections.position));
  return rows;
}

describe('createSource', () => {
  it('makes the slug from the name and reports the tags readers’ pages need refreshed', async () => {
    const result = await createSource(db, admin, { name: 'Économie & Business Daily' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.slug).toBe('economie-and-business-daily');
    expect(result.tags).toEqual(
      expect.arrayContaining([tags.sources, tags.source('economie-and-business-daily'), tags.latest, tags.sitemaps]),
    );
    expect(await sourceBySlug('economie-and-business-daily')).toMatchObject({ name: 'Économie & Business Daily', logoUrl: null, homepageUrl: null, description: '' });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, result.value.id));
    expect(audit).toMatchObject([{ actorId: admin.id, action: 'source.create' }]);
  });

  it('keeps a typed slug, homepage, description and a site logo path', async () => {
    const result = await createSource(db, admin, {
      name: 'Harbor Weekly',
      slug: 'harbor-weekly',
      homepageUrl: ' https://harbor.example/news ',
      description: '  Coastal news.  ',
      logoUrl: '/logos/harbor-daily.svg',
    });
    expect(result.ok).toBe(true);
    expect(await sourceBySlug('harbor-weekly')).toMatchObject({
      homepageUrl: 'https://harbor.example/news',
      description: 'Coastal news.',
      logoUrl: '/logos/harbor-daily.svg',
    });
  });

  it('stores an uploaded PNG in media and points the logo at it', async () => {
    const result = await createSource(db, admin, { name: 'Pixel Press', logoFile: file(PNG_1PX, 'image/png'), logoUrl: 'https://ignored.example/x.png' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const match = /^\/media\/([0-9a-f-]{36})$/.exec(result.value.logoUrl ?? '');
    expect(match).not.toBeNull();
    const [stored] = await db.select().from(media).where(eq(media.id, match![1]!));
    expect(stored).toMatchObject({ contentType: 'image/png', byteSize: PNG_1PX.byteLength, uploadedById: admin.id });
    expect(new Uint8Array(stored!.data)).toEqual(PNG_1PX);
  });

  it('an empty file input means no upload', async () => {
    const result = await createSource(db, admin, { name: 'No Logo News', logoFile: new File([], '', { type: 'application/octet-stream' }) });
    expect(result).toMatchObject({ ok: true, value: { logoUrl: null } });
  });

  it('refuses an SVG or HTML upload disguised as PNG, and stores nothing', async () => {
    for (const impostor of [SVG, HTML]) {
      const result = await createSource(db, admin, { name: 'Sneaky', logoFile: file(impostor, 'image/png') });
      expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { logoFile: [expect.stringMatching(/isn’t a PNG/)] } });
    }
    expect(await db.select().from(media)).toHaveLength(0);
    expect(await sourceBySlug('sneaky')).toBeNull();
  });

  it('reports every invalid field at once', async () => {
    const result = await createSource(db, admin, {
      name: '  ',
      slug: 'Not A Slug',
      homepageUrl: 'javascript:alert(1)',
      description: 'x'.repeat(501),
      logoUrl: '//evil.example/logo.png',
      logoFile: file(SVG, 'image/svg+xml', 'logo.svg'),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['description', 'homepageUrl', 'logoFile', 'logoUrl', 'name', 'slug']);
  });

  it('accepts only http(s) addresses and site logo paths as logo URLs', async () => {
    const accepted = ['https://cdn.example/logo.png', 'http://cdn.example/l.webp', '/logos/civic-wire.svg', '/media/0b5f3c1e-8a7d-4c2b-9e1f-2a3b4c5d6e7f'];
    const refused = ['/logos/../db/secret.png', '/etc/passwd', 'data:image/png;base64,AAAA', 'javascript:alert(1)', 'https://user:pw@cdn.example/x.png', '/media/not-a-uuid'];
    for (const [index, logoUrl] of accepted.entries()) {
      expect(await createSource(db, admin, { name: `Accepted ${index}`, logoUrl }), logoUrl).toMatchObject({ ok: true });
    }
    for (const [index, logoUrl] of refused.entries()) {
      expect(await createSource(db, admin, { name: `Refused ${index}`, logoUrl }), logoUrl).toMatchObject({
        ok: false,
        fieldErrors: { logoUrl: [expect.any(String)] },
      });
    }
  });

  it('a duplicate slug is a field error, also when two admins race for it', async () => {
    expect((await createSource(db, admin, { name: 'Civic Wire' })).ok).toBe(true);
    expect(await createSource(db, admin, { name: 'Civic  Wire!' })).toEqual({
      ok: false,
      code: 'invalid',
      message: 'Please fix the highlighted fields.',
      fieldErrors: { slug: ['Another source already uses this slug'] },
    });
    const raced = await Promise.all([createSource(db, admin, { name: 'Twin Times' }), createSource(db, admin, { name: 'Twin Times' })]);
    expect(raced.map((result) => result.ok).sort()).toEqual([false, true]);
    expect(raced.find((result) => !result.ok)).toMatchObject({ fieldErrors: { slug: ['Another source already uses this slug'] } });
  });

  it('reports a taken slug together with the other problems', async () => {
    await createSource(db, admin, { name: 'Civic Wire' });
    expect(await createSource(db, admin, { name: 'Civic Wire', homepageUrl: 'ftp://civic.example' })).toMatchObject({
      ok: false,
      fieldErrors: { slug: ['Another source already uses this slug'], homepageUrl: [expect.any(String)] },
    });
  });

  it('lets only active admins create sources', async () => {
    for (const actor of Object.values(others)) {
      expect(await createSource(db, actor, { name: 'Not Allowed' })).toMatchObject({
        ok: false,
        code: 'forbidden',
        message: 'Only admins can manage sources.',
      });
    }
    expect(await sourceBySlug('not-allowed')).toBeNull();
  });
});

describe('updateSource', () => {
  async function created(input: Record<string, unknown>) {
    const result = await createSource(db, admin, input);
    if (!result.ok) throw new Error(result.message);
    return result.value;
  }

  it('renames and re-slugs, touching the old and the new slug', async () => {
    const source = await created({ name: 'Old Name', description: 'Kept' });
    const result = await updateSource(db, admin, { id: source.id, name: 'New Name', slug: 'new-name', description: 'Kept' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const tag of [tags.sources, tags.source('old-name'), tags.source('new-name'), tags.sourceList('old-name'), tags.sourceList('new-name'), tags.latest]) {
      expect(result.tags).toContain(tag);
    }
    expect(await sourceBySlug('old-name')).toBeNull();
    expect(await sourceBySlug('new-name')).toMatchObject({ name: 'New Name', description: 'Kept' });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'source.update'));
    expect(audit?.details).toMatchObject({ name: 'New Name', slug: 'new-name', previousSlug: 'old-name' });
  });

  it('a slug another source has is a field error', async () => {
    await created({ name: 'Taken' });
    const source = await created({ name: 'Mine' });
    expect(await updateSource(db, admin, { id: source.id, name: 'Mine', slug: 'taken' })).toMatchObject({
      ok: false,
      fieldErrors: { slug: ['Another source already uses this slug'] },
    });
    // Keeping its own slug is fine.
    expect(await updateSource(db, admin, { id: source.id, name: 'Mine, renamed', slug: 'mine' })).toMatchObject({ ok: true });
  });

  it('replacing an uploaded logo deletes the old upload; removing the logo clears it', async () => {
    const source = await created({ name: 'Logo Swap', logoFile: file(PNG_1PX, 'image/png') });
    const replaced = await updateSource(db, admin, { id: source.id, name: 'Logo Swap', slug: 'logo-swap', logoFile: file(PNG_1PX, 'image/png') });
    expect(replaced.ok).toBe(true);
    if (!replaced.ok) return;
    expect(replaced.value.logoUrl).not.toBe(source.logoUrl);
    const stored = await db.select({ id: media.id }).from(media);
    expect(stored.map((row) => `/media/${row.id}`)).toEqual([replaced.value.logoUrl]);

    // Saving without a new file keeps the current logo URL (the form sends it back).
    expect(await updateSource(db, admin, { id: source.id, name: 'Logo Swap', slug: 'logo-swap', logoUrl: replaced.value.logoUrl })).toMatchObject({
      ok: true,
      value: { logoUrl: replaced.value.logoUrl },
    });
    expect(await updateSource(db, admin, { id: source.id, name: 'Logo Swap', slug: 'logo-swap', logoUrl: '' })).toMatchObject({ ok: true, value: { logoUrl: null } });
    expect(await db.select().from(media)).toHaveLength(0);
  });

  it('keeps an upload another source still points at', async () => {
    const first = await created({ name: 'First', logoFile: file(PNG_1PX, 'image/png') });
    await created({ name: 'Second', logoUrl: first.logoUrl });
    await updateSource(db, admin, { id: first.id, name: 'First', slug: 'first', logoUrl: '' });
    expect(await db.select().from(media)).toHaveLength(1);
  });

  it('answers not found for an unknown source and refuses non-admins', async () => {
    expect(await updateSource(db, admin, { id: '00000000-0000-4000-8000-000000000000', name: 'Ghost' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await updateSource(db, admin, { id: 'garbage', name: 'Ghost' })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { id: ['Unknown item'] } });
    const source = await created({ name: 'Guarded' });
    for (const actor of Object.values(others)) {
      expect(await updateSource(db, actor, { id: source.id, name: 'Hijacked' })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await sourceBySlug('guarded')).toMatchObject({ name: 'Guarded' });
  });
});

describe('sections', () => {
  async function created(name: string, slug?: string) {
    const result = await createSection(db, admin, { name, slug });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value;
  }

  it('a new section goes to the end of the navigation', async () => {
    await created('World');
    await created('Politics');
    const result = await createSection(db, admin, { name: 'Climate & Energy' });
    expect(result).toMatchObject({ ok: true, value: { slug: 'climate-and-energy', name: 'Climate & Energy' } });
    if (result.ok) expect(result.tags).toEqual(expect.arrayContaining([tags.sections, tags.section('climate-and-energy'), tags.sitemaps]));
    expect(await sectionOrder()).toEqual([
      { slug: 'world', position: 1 },
      { slug: 'politics', position: 2 },
      { slug: 'climate-and-energy', position: 3 },
    ]);
  });

  it('a duplicate slug is a field error on create and on update', async () => {
    await created('World');
    const other = await created('Globe');
    expect(await createSection(db, admin, { name: 'World' })).toMatchObject({ ok: false, fieldErrors: { slug: ['Another section already uses this slug'] } });
    expect(await updateSection(db, admin, { id: other.id, name: 'Globe', slug: 'world' })).toMatchObject({
      ok: false,
      fieldErrors: { slug: ['Another section already uses this slug'] },
    });
  });

  it('reports a taken slug together with an empty name', async () => {
    await created('World');
    const other = await created('Globe');
    expect(await updateSection(db, admin, { id: other.id, name: ' ', slug: 'world' })).toMatchObject({
      ok: false,
      fieldErrors: { name: ['Enter a name'], slug: ['Another section already uses this slug'] },
    });
    // Its own slug isn't "taken".
    expect(await updateSection(db, admin, { id: other.id, name: ' ', slug: 'globe' })).toMatchObject({ ok: false, fieldErrors: { name: ['Enter a name'] } });
    const own = await updateSection(db, admin, { id: other.id, name: ' ', slug: 'globe' });
    expect(!own.ok && own.fieldErrors.slug).toBeFalsy();
  });

  it('renaming touches the navigation, the section page and the lists showing its name', async () => {
    const section = await created('Sport');
    const result = await updateSection(db, admin, { id: section.id, name: 'Sports', slug: 'sport' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tags.sort()).toEqual([tags.sections, tags.section('sport'), tags.sectionList('sport'), tags.latest, tags.feeds].sort());
    const slugChange = await updateSection(db, admin, { id: section.id, name: 'Sports', slug: 'sports' });
    expect(slugChange.ok && slugChange.tags).toEqual(expect.arrayContaining([tags.section('sport'), tags.section('sports'), tags.sitemaps]));
  });

  it('reports every invalid field, including a name that can’t make a slug', async () => {
    expect(await createSection(db, admin, { name: '', slug: 'UPPER' })).toMatchObject({ ok: false, fieldErrors: { name: ['Enter a name'], slug: [expect.any(String)] } });
    expect(await createSection(db, admin, { name: '!!!' })).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringMatching(/no letters or digits/)] } });
  });

  it('moves a section up or down, rewriting positions as 1..n', async () => {
    const a = await created('Alpha');
    await created('Bravo');
    const c = await created('Charlie');
    // Gaps and ties from older data are cleaned up by the first move.
    await db.update(sections).set({ position: 10 }).where(eq(sections.id, c.id));
    const up = await moveSection(db, admin, { id: c.id, direction: 'up' });
    expect(up).toMatchObject({ ok: true, value: { position: 2 }, tags: [tags.sections] });
    expect(await sectionOrder()).toEqual([
      { slug: 'alpha', position: 1 },
      { slug: 'charlie', position: 2 },
      { slug: 'bravo', position: 3 },
    ]);
    // At the top already: nothing changes and nothing is invalidated.
    expect(await moveSection(db, admin, { id: a.id, direction: 'up' })).toMatchObject({ ok: true, value: { position: 1 }, tags: [] });
    expect(await moveSection(db, admin, { id: a.id, direction: 'down' })).toMatchObject({ ok: true, value: { position: 2 } });
    expect((await sectionOrder()).map((row) => row.slug)).toEqual(['charlie', 'alpha', 'bravo']);
    expect(await moveSection(db, admin, { id: a.id, direction: 'sideways' })).toMatchObject({ ok: false, fieldErrors: { direction: [expect.any(String)] } });
  });

  it('reorders the whole list, and refuses an order made from a stale list', async () => {
    const a = await created('Alpha');
    const b = await created('Bravo');
    const c = await created('Charlie');
    expect(await reorderSections(db, admin, { ids: [c.id, a.id, b.id] })).toMatchObject({ ok: true, tags: [tags.sections] });
    expect((await sectionOrder()).map((row) => row.slug)).toEqual(['charlie', 'alpha', 'bravo']);
    expect(await reorderSections(db, admin, { ids: [a.id, b.id] })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await reorderSections(db, admin, { ids: [a.id, a.id, b.id] })).toMatchObject({ ok: false, code: 'invalid' });
    const reorders = await db.select().from(auditLog).where(eq(auditLog.action, 'section.reorder'));
    expect(reorders).toMatchObject([{ details: { order: ['charlie', 'alpha', 'bravo'] } }]);
  });

  it('lets only active admins change sections', async () => {
    const section = await created('World');
    for (const actor of Object.values(others)) {
      expect(await createSection(db, actor, { name: 'Nope' })).toMatchObject({ ok: false, code: 'forbidden', message: 'Only admins can manage sections.' });
      expect(await updateSection(db, actor, { id: section.id, name: 'Nope', slug: 'world' })).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await moveSection(db, actor, { id: section.id, direction: 'down' })).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await reorderSections(db, actor, { ids: [section.id] })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await sectionOrder()).toEqual([{ slug: 'world', position: 1 }]);
  });
});
