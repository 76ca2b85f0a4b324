import type { ReaderPath } from './readers';
import type { Stack } from './stack';

/** One acceptance line of the hardening issue, and whether this run met it. */
export interface Check {
  scenario: string;
  name: string;
  ok: boolean;
  detail: string;
}

export class Checks {
  readonly all: Check[] = [];

  constructor(private readonly scenario: string) {}

  add(name: string, ok: boolean, detail: string) {
    this.all.push({ scenario: this.scenario, name, ok, detail });
    console.log(`[faults] ${ok ? 'PASS' : 'FAIL'} ${this.scenario}: ${name} — ${detail}`);
  }
}

export interface SiteContent {
  sourceIds: string[];
  sectionIds: string[];
  /** A seeded person to byline the test's stories with. */
  bylineIds: string[];
  readerPaths: ReaderPath[];
}

/** What the seeded site has to read and to publish into. */
export async function siteContent(stack: Stack): Promise<SiteContent> {
  return stack.sql(async (sql) => {
    const stories = await sql<{ slug: string }[]>`
      select slug from articles where status = 'published' order by published_at desc limit 6`;
    const sections = await sql<{ id: string; slug: string }[]>`select id, slug from sections order by position`;
    const sources = await sql<{ id: string; slug: string }[]>`select id, slug from sources order by slug`;
    const people = await sql<{ id: string }[]>`select id from people order by slug limit 1`;
    const cached = [
      '/',
      ...stories.map((story) => `/articles/${story.slug}`),
      ...sections.slice(0, 3).map((section) => `/sections/${section.slug}`),
      ...sources.slice(0, 3).map((source) => `/sources/${source.slug}`),
      '/feed.xml',
    ];
    return {
      sourceIds: sources.map((source) => source.id),
      sectionIds: sections.map((section) => section.id),
      bylineIds: people.map((person) => person.id),
      readerPaths: [
        ...cached.map((path) => ({ path, cached: true })),
        // A search is rendered per request: it needs the database every time.
        { path: '/search?q=minister', cached: false },
      ],
    };
  });
}

/** A run-unique, URL-safe word, so headlines and slugs never collide between runs. */
export const runId = Date.now().toString(36);
