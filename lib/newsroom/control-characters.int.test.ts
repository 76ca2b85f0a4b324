import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { getEditorArticle } from '@/db/queries/newsroom';
import { articles, keyPoints, sources } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { RichTextDoc } from '@/lib/content/schema';
import { createLogger } from '@/lib/log/logger';
import { createTestUser, draftFrom, type TestUser } from '@/lib/testing/newsroom-fixtures';
import { createDraft, saveArticle } from './workflow';

/*
 * A NUL pasted into the editor (from a PDF, a terminal) made the save fail — Postgres
 * rejects it in text and jsonb — and the error log then held every SQL parameter: the
 * unpublished story. Now the content schema strips controls, and errors are logged as codes.
 */

let testDb: TestDatabase;
let db: Database;
let writer: TestUser;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  writer = await createTestUser(db, { role: 'writer', email: 'nul.writer@newsdesk.test', name: 'Nul Writer' });
});

afterAll(async () => {
  await testDb?.destroy();
});

const SECRET = 'EMBARGOED-merger-talks-collapse';

const withControls = (text: string): RichTextDoc => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: `${text}\u0000 one\u0007 two\u001b\ud800 three\ttab` },
        { type: 'text', text: ' link', marks: [{ type: 'link', attrs: { href: 'https://example.com/\u0000x' } }] },
      ],
    },
  ],
});

describe('control characters in rich text', () => {
  it('a NUL, BEL, ESC or lone surrogate in headline, summary or key points is stripped, and the save succeeds', async () => {
    const created = await createDraft(db, writer.actor);
    if (!created.ok) throw new Error(created.message);
    const draft = (await getEditorArticle(db, created.value.id))!;

    const result = await saveArticle(
      db,
      writer.actor,
      draftFrom(draft, {
        headline: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Head\u0000line` }] }] },
        summary: withControls(SECRET),
        keyPoints: [{ content: withControls('Point'), sourceUrl: '' }],
        webLinks: [{ title: 'Wire\u0000 copy', url: 'https://example.com/wire', siteName: 'Wire\u0001' }],
      }),
    );
    expect(result.ok).toBe(true);

    const saved = (await getEditorArticle(db, created.value.id))!;
    expect(saved.headlineText).toBe('Headline');
    const stored = JSON.stringify([saved.headline, saved.summary, saved.keyPoints, saved.webLinks]);
    expect(stored).not.toMatch(/\\u0000|\\u0007|\\u001b|\\ud800/i);
    expect(stored).toContain(`${SECRET} one two three\\ttab`);
    expect(saved.webLinks[0]).toMatchObject({ title: 'Wire copy', siteName: 'Wire' });
    const [point] = await db.select().from(keyPoints).where(eq(keyPoints.articleId, created.value.id));
    expect(point?.contentText).not.toContain('\u0000');
  });
});

describe('a failed query in the log', () => {
  it('names the error code, never the SQL parameters (the unpublished text)', async () => {
    // Straight to the database, past the schema: the way any unforeseen write can fail.
    const [source] = await db.insert(sources).values({ slug: 'log-wire', name: 'Log Wire' }).returning();
    let failure: unknown;
    try {
      await db.insert(articles).values({
        slug: 'nul-in-the-text',
        headline: { type: 'doc', content: [] },
        headlineText: `${SECRET}\u0000`,
        summary: { type: 'doc', content: [] },
        summaryText: SECRET,
        sourceId: source!.id,
      });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(Error);

    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    createLogger(stream, 'info').error({ err: failure, articleId: 'nul-in-the-text' }, 'server action failed');

    const [line] = lines;
    expect(line).toBeDefined();
    expect(line).not.toContain(SECRET);
    expect(line).not.toMatch(/insert into/i);
    const logged = JSON.parse(line!) as { err: { code?: string; cause?: { code?: string } } };
    // 22021 (invalid byte sequence, postgres-js) or 22P05 (PGlite's untranslatable character).
    expect(logged.err.code ?? logged.err.cause?.code).toMatch(/^22/);
  });
});
