import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { type EditorArticle, getEditorArticle, listRevisions } from '@/db/queries/newsroom';
import { findSection, findSource } from '@/db/queries/taxonomy';
import { seedDemoContent } from '@/db/seed/index';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { Actor } from '@/lib/authz/policy';
import {
  articleRefSchema,
  restoreSchema,
  scheduleInputSchema,
  sendBackSchema,
} from '@/lib/newsroom/article-input';
import {
  archiveArticle,
  createDraft,
  deleteDraft,
  publishArticle,
  restoreRevision,
  saveArticle,
  scheduleArticle,
  sendBack,
  submitForReview,
  unpublishArticle,
} from '@/lib/newsroom/workflow';
import { createTestUser, readyDraft, type TestUser } from '@/lib/testing/newsroom-fixtures';
import { createSection, createSource, moveSection, reorderSections, updateSection, updateSource } from '@/lib/taxonomy/manage';
import { changeUser, createUser } from '@/lib/users/manage';
import { applyMutations, containsNul, describe as describeValue, hostileInput } from './hostile-input';
import { snapshotTables } from './table-snapshot';

/*
 * Every newsroom command's input path, fed random and mutated input (fast-check). Two
 * properties for each: the command answers with a result and never throws (a throw is what
 * the action wrapper turns into "something went wrong", and a 500 before it existed), and
 * when it refuses, no table changed at all. Inputs reach the commands the way the server
 * actions pass them (app/admin/**\/actions.ts): the article actions' own small schemas
 * first, then the command.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
/** Replays a reported failure: FUZZ_SEED=<seed from the report>. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const SEED_NOW = new Date('2025-03-01T12:00:00.000Z');
const HOUR_MS = 3_600_000;

let testDb: TestDatabase;
let db: Database;
let admin: TestUser;
let editor: TestUser;
let writer: TestUser;
let target: TestUser;
let sourceId: string;
let sectionId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedDemoContent(db, { now: SEED_NOW });
  admin = await createTestUser(db, { role: 'admin', email: 'fuzz.admin@newsdesk.test' });
  editor = await createTestUser(db, { role: 'editor', email: 'fuzz.editor@newsdesk.test' });
  writer = await createTestUser(db, { role: 'writer', email: 'fuzz.writer@newsdesk.test' });
  target = await createTestUser(db, { role: 'writer', email: 'fuzz.target@newsdesk.test' });
  sourceId = (await findSource(db, 'fox-news'))!.id;
  sectionId = (await findSection(db, 'world'))!.id;
}, 120_000);

afterAll(async () => {
  await testDb?.destroy();
});

/** What every command answers; the shared Result contract keeps `ok` and `code`. */
type Answer = { ok: boolean; code?: string };

/** The action wrapper's own parse, then the command: a parse failure is a refusal too. */
function viaSchema<S extends z.ZodType>(schema: S, run: (input: z.output<S>) => Promise<Answer>) {
  return async (input: unknown): Promise<Answer> => {
    const parsed = schema.safeParse(input);
    return parsed.success ? run(parsed.data) : { ok: false, code: 'invalid' };
  };
}

// The article editor's action schemas (app/admin/articles/[id]/actions.ts): app/ can't be
// imported here, so the two wrappers are restated; the commands re-validate everything.
const draftInput = z.looseObject({ id: z.uuid('Unknown article') });
const saveInput = draftInput.extend({ mode: z.enum(['save', 'autosave']).default('save') });
const scheduleInput = draftInput.extend({ scheduledAt: scheduleInputSchema.shape.scheduledAt });

// --- Fixtures: an article in the state each command acts on, made through the commands.

const fixtures = new Map<string, string>();

async function freshArticle(status: 'draft' | 'in_review' | 'published'): Promise<EditorArticle> {
  const created = await createDraft(db, admin.actor);
  if (!created.ok) throw new Error(`createDraft: ${created.code}`);
  let article = (await getEditorArticle(db, created.value.id))!;
  const slug = `fuzz-${created.value.id.slice(0, 8)}`;
  const draft = readyDraft(article, { sourceId, sectionId, slug });
  const done =
    status === 'published'
      ? await publishArticle(db, admin.actor, draft)
      : status === 'in_review'
        ? await submitForReview(db, admin.actor, draft)
        : await saveArticle(db, admin.actor, draft);
  if (!done.ok) throw new Error(`preparing a ${status} article: ${done.code}`);
  article = (await getEditorArticle(db, created.value.id))!;
  return article;
}

/** The fixture article for `name`, made again if a successful fuzz case deleted it. */
async function fixture(name: string, status: 'draft' | 'in_review' | 'published'): Promise<EditorArticle> {
  const id = fixtures.get(name);
  const existing = id ? await getEditorArticle(db, id) : null;
  if (existing) return existing;
  const made = await freshArticle(status);
  fixtures.set(name, made.id);
  return made;
}

const ready = (article: EditorArticle) => readyDraft(article, { sourceId, sectionId, slug: article.slug });
const ref = (article: EditorArticle) => ({ id: article.id, version: article.version });

interface CommandPath {
  name: string;
  /** A valid input as the editor's form would send it now (fresh ids and versions). */
  valid: () => Promise<Record<string, unknown>>;
  run: (actor: Actor, input: unknown) => Promise<Answer>;
}

const commands: CommandPath[] = [
  {
    name: 'article save',
    valid: async () => ({ ...ready(await fixture('save', 'draft')), mode: 'save' }),
    run: (actor, input) => viaSchema(saveInput, ({ mode, ...draft }) => saveArticle(db, actor, draft, mode))(input),
  },
  {
    name: 'article publish',
    valid: async () => ready(await fixture('publish', 'draft')),
    run: (actor, input) => viaSchema(draftInput, (draft) => publishArticle(db, actor, draft))(input),
  },
  {
    name: 'article schedule',
    valid: async () => ({ ...ready(await fixture('schedule', 'draft')), scheduledAt: new Date(Date.now() + HOUR_MS).toISOString() }),
    run: (actor, input) =>
      viaSchema(scheduleInput, ({ scheduledAt, ...draft }) => scheduleArticle(db, actor, draft, scheduledAt))(input),
  },
  {
    name: 'article submit',
    valid: async () => ready(await fixture('submit', 'draft')),
    run: (actor, input) => viaSchema(draftInput, (draft) => submitForReview(db, actor, draft))(input),
  },
  {
    name: 'article send back',
    valid: async () => ({ ...ref(await fixture('send-back', 'in_review')), note: 'Please add a second source.' }),
    run: (actor, input) => viaSchema(sendBackSchema, ({ note, ...r }) => sendBack(db, actor, r, note))(input),
  },
  {
    name: 'article unpublish',
    valid: async () => ref(await fixture('unpublish', 'published')),
    run: (actor, input) => viaSchema(articleRefSchema, (r) => unpublishArticle(db, actor, r))(input),
  },
  {
    name: 'article archive',
    valid: async () => ref(await fixture('archive', 'published')),
    run: (actor, input) => viaSchema(articleRefSchema, (r) => archiveArticle(db, actor, r))(input),
  },
  {
    name: 'article delete',
    valid: async () => ref(await fixture('delete', 'draft')),
    run: (actor, input) => viaSchema(articleRefSchema, (r) => deleteDraft(db, actor, r))(input),
  },
  {
    name: 'article restore',
    valid: async () => {
      const article = await fixture('restore', 'draft');
      const [oldest] = (await listRevisions(db, article.id)).slice(-1);
      return { ...ref(article), revisionId: oldest!.id };
    },
    run: (actor, input) => viaSchema(restoreSchema, ({ revisionId, ...r }) => restoreRevision(db, actor, r, revisionId))(input),
  },
  {
    name: 'source create',
    valid: async () => ({ name: 'Fuzz Gazette', slug: '', homepageUrl: 'https://gazette.example', description: 'A paper.', logoUrl: '' }),
    run: (actor, input) => createSource(db, actor, input),
  },
  {
    name: 'source update',
    valid: async () => ({ id: sourceId, name: 'Fox News', slug: 'fox-news', homepageUrl: 'https://www.foxnews.com', description: '', logoUrl: '' }),
    run: (actor, input) => updateSource(db, actor, input),
  },
  {
    name: 'section create',
    valid: async () => ({ name: 'Fuzz Affairs', slug: '' }),
    run: (actor, input) => createSection(db, actor, input),
  },
  {
    name: 'section update',
    valid: async () => ({ id: sectionId, name: 'World', slug: 'world' }),
    run: (actor, input) => updateSection(db, actor, input),
  },
  {
    name: 'section reorder',
    valid: async () => {
      const rows = (await db.query.sections.findMany({ orderBy: (s, { asc }) => [asc(s.position)] })).map((s) => s.id);
      return { ids: rows.reverse() };
    },
    run: (actor, input) => reorderSections(db, actor, input),
  },
  {
    name: 'section move',
    valid: async () => ({ id: sectionId, direction: 'down' }),
    run: (actor, input) => moveSection(db, actor, input),
  },
  {
    name: 'user create',
    valid: async () => ({ email: `fuzz${Date.now()}@example.com`, name: 'Fuzz Person', role: 'writer', password: 'a-long-password' }),
    run: (actor, input) => createUser(db, actor, input),
  },
  {
    name: 'user change',
    valid: async () => ({ change: 'role', id: target.actor.id, role: 'editor' }),
    run: (actor, input) => changeUser(db, actor, input),
  },
];

/*
 * KNOWN FAILURE, kept visible rather than filtered out of the inputs: a NUL character in a
 * plain-text field (a source's or section's name or description, a user's name, a link's
 * title, a send-back note) reaches Postgres, which refuses it ("invalid byte sequence for
 * encoding UTF8: 0x00", 22021; in JSON 22P05), so the command throws and the editor gets
 * "something went wrong" instead of a field error. The database is unchanged (the
 * transaction rolls back), which the property still checks. Every text field now strips
 * control characters where input comes in (lib/text/controls.ts), so the flag is off and
 * the property is strict; turn it on only to study a regression.
 */
const NUL_REACHES_POSTGRES = false;
const knownNulFailures = new Map<string, number>();

/** The SQLSTATE under whatever wrapped it (drizzle keeps the driver's error in `cause`). */
function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = current.cause;
  }
  return undefined;
}

afterAll(() => {
  if (knownNulFailures.size > 0) {
    console.warn(`Known failure (NUL in plain text reaches Postgres), by command: ${JSON.stringify(Object.fromEntries(knownNulFailures))}`);
  }
});

const actors = () => fc.constantFrom(admin.actor, admin.actor, editor.actor, writer.actor);

describe('every newsroom command, fed random and mutated input', () => {
  for (const command of commands) {
    it(`${command.name}: answers without throwing, and a refusal changes nothing`, async () => {
      const valid = await command.valid();
      await fc.assert(
        fc.asyncProperty(actors(), hostileInput(Object.keys(valid)), async (actor, generated) => {
          const input = generated.kind === 'random' ? generated.input : applyMutations(await command.valid(), generated.mutations);
          const before = await snapshotTables(db);
          let answer: Answer;
          try {
            answer = await command.run(actor, input);
          } catch (error) {
            const state = sqlState(error);
            if (NUL_REACHES_POSTGRES && (state === '22021' || state === '22P05') && containsNul(input)) {
              knownNulFailures.set(command.name, (knownNulFailures.get(command.name) ?? 0) + 1);
              expect(await snapshotTables(db)).toEqual(before);
              return;
            }
            throw new Error(`${command.name} threw instead of answering (SQLSTATE ${state ?? 'none'}): ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`, {
              cause: error,
            });
          }
          expect(typeof answer.ok).toBe('boolean');
          if (!answer.ok) {
            expect(['forbidden', 'not_found', 'invalid', 'conflict']).toContain(answer.code);
            expect(await snapshotTables(db)).toEqual(before);
          }
        }),
        {
          numRuns: RUNS,
          seed: SEED,
          // The database moves on between runs, so shrinking would replay against other data.
          endOnFailure: true,
          // fast-check's own report prints the whole counterexample, which can be megabytes.
          reporter: (details) => {
            if (!details.failed) return;
            const [actor, generated] = details.counterexample ?? [];
            const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
            throw new Error(
              `${command.name} failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}"): ` +
                `${cause.slice(0, 500)}\nactor: ${describeValue(actor)}\ninput: ${describeValue(generated)}`,
            );
          },
        },
      );
    }, 120_000);
  }
});
