import { and, eq } from 'drizzle-orm';
import type { Database, Tx } from '@/db/connection';
import { entitySlugRedirects, people, type RedirectingEntity, sections, sources } from '@/db/schema';

/*
 * Old slugs of people, sources and sections, in one place (articles keep theirs in
 * slug_redirects, with a foreign key). A rename leaves the old slug pointing at the entity;
 * its page answers 308 to the current slug. Deleting the entity drops its old slugs.
 */

const tables = { person: people, source: sources, section: sections } as const;

/** After a rename: the old slug leads to the entity; the new one is served by the entity itself. */
export async function recordEntitySlugChange(
  tx: Tx,
  entityType: RedirectingEntity,
  entityId: string,
  oldSlug: string,
  newSlug: string,
): Promise<void> {
  if (oldSlug === newSlug) return;
  await tx
    .insert(entitySlugRedirects)
    .values({ entityType, fromSlug: oldSlug, entityId })
    .onConflictDoUpdate({
      target: [entitySlugRedirects.entityType, entitySlugRedirects.fromSlug],
      set: { entityId, createdAt: new Date() },
    });
  await releaseEntitySlug(tx, entityType, newSlug);
}

/** A slug an entity now uses itself stops redirecting anywhere (a new entity may take an old slug). */
export async function releaseEntitySlug(tx: Tx, entityType: RedirectingEntity, slug: string): Promise<void> {
  await tx
    .delete(entitySlugRedirects)
    .where(and(eq(entitySlugRedirects.entityType, entityType), eq(entitySlugRedirects.fromSlug, slug)));
}

/** With the entity: its old slugs would otherwise lead to nothing. */
export async function dropEntityRedirects(tx: Tx, entityType: RedirectingEntity, entityId: string): Promise<void> {
  await tx
    .delete(entitySlugRedirects)
    .where(and(eq(entitySlugRedirects.entityType, entityType), eq(entitySlugRedirects.entityId, entityId)));
}

/** The current slug an old one leads to, or null. */
export async function findEntityRedirect(
  db: Database,
  entityType: RedirectingEntity,
  fromSlug: string,
): Promise<string | null> {
  const table = tables[entityType];
  const [row] = await db
    .select({ slug: table.slug })
    .from(entitySlugRedirects)
    .innerJoin(table, eq(table.id, entitySlugRedirects.entityId))
    .where(and(eq(entitySlugRedirects.entityType, entityType), eq(entitySlugRedirects.fromSlug, fromSlug)))
    .limit(1);
  return row?.slug ?? null;
}
