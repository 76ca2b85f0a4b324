// Test-only helpers for the newsroom's lib/**/*.test.ts files. Not imported by application code.
import { findUserById } from '@/db/queries/users';
import type { Database } from '@/db/connection';
import { people } from '@/db/schema';
import type { EditorArticle } from '@/db/queries/newsroom';
import type { Actor, Role } from '@/lib/authz/policy';
import { docFromText } from '@/lib/content/build';
import type { RichTextDoc } from '@/lib/content/schema';
import type { ArticleDraftInput } from '@/lib/newsroom/article-input';
import { createUser } from '@/lib/users/manage';

/** Long enough for the password rule (10+ characters). */
export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  actor: Actor;
  email: string;
  name: string;
  password: string;
}

/**
 * Creates a user through the real `createUser` (as the command line would: actor null),
 * with a linked byline profile unless `profile: false`, so their new stories start bylined
 * and can be published (the checklist wants a byline).
 * Each call hashes a password with argon2 (~50–100 ms): create few.
 */
export async function createTestUser(
  db: Database,
  {
    role,
    email,
    name,
    password = TEST_PASSWORD,
    profile = true,
  }: { role: Role; email: string; name?: string; password?: string; profile?: boolean },
): Promise<TestUser> {
  const displayName = name ?? email.split('@')[0] ?? email;
  const result = await createUser(db, null, { email, name: displayName, role, password });
  if (!result.ok) throw new Error(`createUser(${email}) failed: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  if (profile) {
    await db.insert(people).values({ slug: `person-${result.value.userId}`, name: displayName, userId: result.value.userId });
  }
  return { actor: { id: result.value.userId, role, disabled: false }, email, name: displayName, password };
}

/** The actor as the database now has it (role and disabled flag), as a session lookup would. */
export async function actorFromDb(db: Database, id: string): Promise<Actor> {
  const row = await findUserById(db, id);
  if (!row) throw new Error(`No user ${id}`);
  return { id: row.id, role: row.role, disabled: row.disabled };
}

/** A single-paragraph rich-text doc, as the editor sends it. */
export const rich = (text: string): RichTextDoc => docFromText(text);

/**
 * What the editor form sends for an article as it stands: every field, at its current
 * version. `overrides` replace fields (plain strings become single-paragraph docs).
 */
export function draftFrom(
  article: EditorArticle,
  overrides: Partial<Omit<ArticleDraftInput, 'headline' | 'summary'>> & {
    headline?: string | RichTextDoc;
    summary?: string | RichTextDoc;
    keyPointTexts?: string[];
  } = {},
): ArticleDraftInput {
  const { headline, summary, keyPointTexts, ...rest } = overrides;
  return {
    id: article.id,
    version: article.version,
    headline: typeof headline === 'string' ? rich(headline) : (headline ?? article.headline),
    summary: typeof summary === 'string' ? rich(summary) : (summary ?? article.summary),
    keyPoints: keyPointTexts
      ? keyPointTexts.map((text) => ({ content: rich(text), sourceUrl: '' }))
      : article.keyPoints.map((point) => ({ id: point.id, content: point.content, sourceUrl: point.sourceUrl })),
    kind: article.kind,
    sourceId: article.sourceId ?? '',
    sectionId: article.sectionId ?? '',
    slug: article.slug,
    webLinks: article.webLinks,
    substantive: false,
    leadImageId: article.leadImageId ?? '',
    leadImageCaption: article.leadImageCaption,
    ...rest,
  };
}

/** A complete, publishable story for `article`, with the given source and section. */
export function readyDraft(
  article: EditorArticle,
  { sourceId, sectionId, slug, headline }: { sourceId: string; sectionId: string; slug: string; headline?: string },
): ArticleDraftInput {
  return draftFrom(article, {
    headline: headline ?? `Story ${slug}`,
    summary: `A summary for ${slug}.`,
    keyPointTexts: ['The first thing to know.', 'The second thing to know.', 'The third thing to know.'],
    sourceId,
    sectionId,
    slug,
    // Publishing needs a type-of-work label (lib/newsroom/publish-checklist.ts).
    kind: article.kind ?? 'news',
  });
}
