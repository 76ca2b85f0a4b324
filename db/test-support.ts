// Test-only helpers for db/**/*.test.ts. Not imported by application code.
// The leaf modules, not lib/content/index.ts, so these helpers do not pull in the renderer.
import { docFromText } from '../lib/content/build';
import { toPlainText } from '../lib/content/plain-text';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from './connection';
import { articles, users } from './schema';
import { createTestDatabase, type TestDatabase } from './testing';

type ArticleInsert = typeof articles.$inferInsert;

/**
 * Inserts one article whose headline/summary JSON and plain-text copies agree.
 * `headline`/`summary` are plain text; everything else may be overridden.
 */
export async function insertTestArticle(
  db: Database,
  values: { slug: string; headline?: string; summary?: string } & Partial<
    Omit<ArticleInsert, 'slug' | 'headline' | 'summary'>
  >,
) {
  const { slug, headline = `Headline for ${slug}`, summary = `Summary for ${slug}.`, ...rest } = values;
  const headlineDoc = docFromText(headline);
  const summaryDoc = docFromText(summary);
  const [row] = await db
    .insert(articles)
    .values({
      slug,
      headline: headlineDoc,
      headlineText: toPlainText(headlineDoc),
      summary: summaryDoc,
      summaryText: toPlainText(summaryDoc),
      ...rest,
    })
    .returning();
  if (!row) throw new Error(`Inserting ${slug} returned no row`);
  return row;
}

export interface PgErrorInfo {
  code: string | undefined;
  constraint: string | undefined;
  message: string;
}

/**
 * Awaits a query expected to fail and returns the Postgres error underneath, whichever
 * driver raised it (drizzle wraps driver errors in DrizzleQueryError with a `cause`).
 * PGlite reports the constraint as `constraint`, postgres-js as `constraint_name`.
 */
export async function pgErrorOf(query: PromiseLike<unknown>): Promise<PgErrorInfo> {
  try {
    await query;
  } catch (error) {
    let current: unknown = error;
    while (current instanceof Error) {
      const fields = current as Error & { code?: unknown; constraint?: unknown; constraint_name?: unknown };
      if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code)) {
        const constraint = fields.constraint ?? fields.constraint_name;
        return {
          code: fields.code,
          constraint: typeof constraint === 'string' ? constraint : undefined,
          message: fields.message,
        };
      }
      current = current.cause;
    }
    throw new Error(`Expected a Postgres error, got: ${String(error)}`, { cause: error });
  }
  throw new Error('Expected the query to fail, but it succeeded');
}

export const UNIQUE_VIOLATION = '23505';

let userCounter = 0;

/**
 * Inserts a user straight into the table (no argon2: hashing takes a while and these users
 * never sign in). Returns the row and the `Actor` the policy sees for it.
 */
export async function insertTestUser(
  db: Database,
  values: Partial<Omit<typeof users.$inferInsert, 'id'>> = {},
) {
  userCounter += 1;
  const [row] = await db
    .insert(users)
    .values({ email: `user${userCounter}@newsdesk.test`, name: `User ${userCounter}`, role: 'writer', ...values })
    .returning();
  if (!row) throw new Error('Inserting a test user returned no row');
  return { ...row, actor: { id: row.id, role: row.role, disabled: row.disabled } };
}

/**
 * Opens a fresh database (db/testing.ts) before this file's tests and drops it after them;
 * `use` receives it, so a file keeps its own `db` variable.
 */
export function withTestDatabase(use: (db: Database) => void): void {
  let testDb: TestDatabase | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    use(testDb.db);
  });
  afterAll(async () => {
    await testDb?.destroy();
  });
}
