import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { type Connection, openPglite, openPostgres } from '../db/connection';
import { acquireDataDirLock } from '../db/embedded-lock';
import { articles, sections, sources } from '../db/schema';
import { seedDemoContent } from '../db/seed';
import { createUser } from '../lib/users/manage';
import type { DbMode } from './options';
import { seedSyntheticStories } from './seed-synthetic';

/** The newsroom login the publish phase signs in with (created in the bench database only). */
export const BENCH_EDITOR = { email: 'bench-editor@newsdesk.test', name: 'Bench Editor', password: 'bench-editor-password' };

export interface BenchDatabase {
  mode: DbMode;
  /** What the server is pointed at: DATABASE_URL or PGLITE_DATA_DIR. */
  env: Record<string, string>;
  description: string;
  /** Drops what setup created (the Postgres database; the embedded directory is kept for inspection until the next run). */
  drop(): Promise<void>;
}

export interface SeedFacts {
  demoStories: number;
  syntheticStories: number;
  keyPoints: number;
  seedSeconds: number;
  articleSlugs: string[];
  sectionSlugs: string[];
  sourceSlugs: string[];
}

function adminUrl(): string {
  // Create the bench database on the same server DATABASE_URL names, or the local one.
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/postgres';
  return url.toString();
}

export async function createBenchDatabase(mode: DbMode, stories: number): Promise<BenchDatabase> {
  if (mode === 'embedded') {
    // Never .data/pglite: that is the developer's own database.
    const dir = path.resolve('.data/bench', `pglite-${stories}`);
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    // Fresh every run: a previous run's publishes would otherwise change the data.
    const release = acquireDataDirLock(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    release();
    return {
      mode,
      env: { PGLITE_DATA_DIR: dir },
      description: `embedded PGlite at ${path.relative(process.cwd(), dir)}`,
      drop: async () => {},
    };
  }
  const name = `newsdesk_bench_${process.pid}_${Date.now()}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    mode,
    env: { DATABASE_URL: url.toString() },
    description: `Postgres database ${name} on ${url.host}`,
    drop: async () => {
      const dropper = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}

async function open(database: BenchDatabase): Promise<{ connection: Connection; release: () => void }> {
  const dir = database.env.PGLITE_DATA_DIR;
  if (dir) {
    const release = acquireDataDirLock(dir);
    return { connection: await openPglite(dir), release };
  }
  const url = database.env.DATABASE_URL;
  if (!url) throw new Error('bench database without a target');
  return { connection: openPostgres(url, { max: 1 }), release: () => {} };
}

/**
 * Migrates, adds the demo content and `stories` synthetic stories, and the bench editor; then
 * closes, because an embedded directory may have only one opener and the server is next.
 */
export async function seedBenchDatabase(
  database: BenchDatabase,
  stories: number,
  articleSpread: number,
  log: (line: string) => void,
): Promise<SeedFacts> {
  const { connection, release } = await open(database);
  try {
    const { db } = connection;
    await connection.migrate();
    const started = performance.now();
    const now = new Date();
    await seedDemoContent(db, { now });
    const synthetic = await seedSyntheticStories(db, stories, { now, log });
    const user = await createUser(db, null, { ...BENCH_EDITOR, role: 'editor' });
    if (!user.ok) throw new Error(`Could not create the bench editor: ${user.message}`);
    // Fresh statistics, or the planner works from an empty table's.
    await db.execute(sql`ANALYZE`);
    const seedSeconds = (performance.now() - started) / 1000;

    // A fixed pseudo-random order (md5 of the slug) spreads the sample over the whole
    // archive, old and new, and picks the same articles every run.
    const sample = await db
      .select({ slug: articles.slug })
      .from(articles)
      .where(and(eq(articles.status, 'published')))
      .orderBy(sql`md5(${articles.slug})`)
      .limit(articleSpread);
    const sectionRows = await db.select({ slug: sections.slug }).from(sections).orderBy(sections.position);
    const sourceRows = await db.select({ slug: sources.slug }).from(sources).orderBy(sources.slug);
    const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(articles);
    return {
      demoStories: (total?.n ?? 0) - synthetic.stories,
      syntheticStories: synthetic.stories,
      keyPoints: synthetic.keyPoints,
      seedSeconds,
      articleSlugs: sample.map((row) => row.slug),
      sectionSlugs: sectionRows.map((row) => row.slug),
      sourceSlugs: sourceRows.map((row) => row.slug),
    };
  } finally {
    await connection.close();
    release();
  }
}
