import { z } from 'zod';
import type { Database } from '@/db/connection';
import { standardsPages } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { type Actor, can } from '@/lib/authz/policy';
import { tags } from '@/lib/cache-tags';
import { toDocumentBlocks } from '@/lib/content';
import { fail, ok, parseInput, type Result } from '@/lib/result';
import { cleanString } from '@/lib/text/controls';
import { STANDARDS_PAGE_SLUGS } from '@/lib/vocabulary';
import { STANDARDS_BODY_MAX } from './limits';
import { docFromStandardsText } from './text-format';

export const standardsPageInputSchema = z.object({
  slug: z.enum(STANDARDS_PAGE_SLUGS, { error: 'Unknown page' }),
  title: cleanString().trim().min(1, 'Give the page a title').max(120, 'At most 120 characters'),
  body: cleanString()
    .max(STANDARDS_BODY_MAX, `At most ${STANDARDS_BODY_MAX.toLocaleString('en')} characters`)
    .transform(docFromStandardsText)
    .refine((doc) => toDocumentBlocks(doc).length > 0, 'Write the page’s text'),
});

/** An admin saves a standards page; readers see it at once (its tag, and the footer's). */
export async function saveStandardsPage(db: Database, actor: Actor, input: unknown): Promise<Result<{ slug: string }>> {
  if (!can(actor, 'standards:manage')) return fail.forbidden();
  const parsed = await parseInput(standardsPageInputSchema, input);
  if (!parsed.ok) return parsed.failure;
  const { slug, title, body } = parsed.data;
  return db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .insert(standardsPages)
      .values({ slug, title, body, updatedById: actor.id, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: standardsPages.slug, set: { title, body, updatedById: actor.id, updatedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: 'standards.update', entity: { type: 'standards_page', id: slug } });
    // The sitemap carries each page's last change.
    return ok({ slug }, [tags.standardsPage(slug), tags.standardsPages, tags.sitemaps]);
  });
}
