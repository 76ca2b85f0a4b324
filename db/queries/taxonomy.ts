import { asc, count, eq, getTableColumns } from 'drizzle-orm';
import type { Database } from '../connection';
import { articles, sections, sources } from '../schema';

export async function findSource(db: Database, slug: string) {
  const [source] = await db.select().from(sources).where(eq(sources.slug, slug)).limit(1);
  return source ?? null;
}

export async function findSection(db: Database, slug: string) {
  const [section] = await db.select().from(sections).where(eq(sections.slug, slug)).limit(1);
  return section ?? null;
}

export function listSections(db: Database) {
  return db
    .select({ id: sections.id, slug: sections.slug, name: sections.name })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name));
}

export function listSources(db: Database) {
  return db
    .select({ id: sources.id, slug: sources.slug, name: sources.name, logoUrl: sources.logoUrl })
    .from(sources)
    .orderBy(asc(sources.name));
}

/* Newsroom reads: every column, and how many stories (any status) use each entry. */

export function listSourcesForAdmin(db: Database) {
  return db
    .select({ ...getTableColumns(sources), stories: count(articles.id) })
    .from(sources)
    .leftJoin(articles, eq(articles.sourceId, sources.id))
    .groupBy(sources.id)
    .orderBy(asc(sources.name));
}

export async function findSourceById(db: Database, id: string) {
  const [source] = await db.select().from(sources).where(eq(sources.id, id)).limit(1);
  return source ?? null;
}

export function listSectionsForAdmin(db: Database) {
  return db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, stories: count(articles.id) })
    .from(sections)
    .leftJoin(articles, eq(articles.sectionId, sections.id))
    .groupBy(sections.id)
    .orderBy(asc(sections.position), asc(sections.name), asc(sections.id));
}

export async function findSectionById(db: Database, id: string) {
  const [section] = await db.select().from(sections).where(eq(sections.id, id)).limit(1);
  return section ?? null;
}
