import { eq } from 'drizzle-orm';
import type { Database } from '../connection';
import { standardsPages } from '../schema';

export async function findStandardsPage(db: Database, slug: string) {
  const [page] = await db.select().from(standardsPages).where(eq(standardsPages.slug, slug)).limit(1);
  return page ?? null;
}

export function listStandardsPages(db: Database) {
  return db.select().from(standardsPages);
}

export type StandardsPageRow = typeof standardsPages.$inferSelect;
