import { asc, eq } from 'drizzle-orm';
import type { Database } from '../connection';
import { sections, sources } from '../schema';

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
