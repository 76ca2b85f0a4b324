import { and, asc, count, eq, ilike, max, or, sql } from 'drizzle-orm';
import type { Database } from '../connection';
import { articleBylines, articles, people, users } from '../schema';
import { isPublic } from './articles';

/** Reads of the people directory: readers' (profiles, bylines) and the newsroom's. */

export async function findPerson(db: Database, slug: string) {
  const [person] = await db
    .select({
      id: people.id,
      slug: people.slug,
      name: people.name,
      jobTitle: people.jobTitle,
      bio: people.bio,
      bioText: people.bioText,
      photoUrl: people.photoUrl,
      beats: people.beats,
      links: people.links,
      updatedAt: people.updatedAt,
    })
    .from(people)
    .where(eq(people.slug, slug))
    .limit(1);
  return person ?? null;
}

export type PublicPerson = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

/** A story's bylines as readers see them: name and profile slug, in order. */
export function listArticleBylines(db: Database, articleId: string) {
  return db
    .select({ slug: people.slug, name: people.name })
    .from(articleBylines)
    .innerJoin(people, eq(people.id, articleBylines.personId))
    .where(eq(articleBylines.articleId, articleId))
    .orderBy(asc(articleBylines.position));
}

/** The people with at least one public story, for the sitemap, with their newest change. */
export async function listSitemapPeople(db: Database) {
  const rows = await db
    .select({ slug: people.slug, lastModified: max(sql<Date>`coalesce(${articles.revisedAt}, ${articles.publishedAt})`) })
    .from(people)
    .innerJoin(articleBylines, eq(articleBylines.personId, people.id))
    .innerJoin(articles, and(eq(articles.id, articleBylines.articleId), isPublic()))
    .groupBy(people.id)
    .orderBy(asc(people.slug));
  return rows.map((row) => ({ slug: row.slug, lastModified: row.lastModified === null ? null : new Date(row.lastModified) }));
}

/** Everyone who can have a byline, for the editor's menu. */
export function listPeopleOptions(db: Database) {
  return db.select({ id: people.id, slug: people.slug, name: people.name }).from(people).orderBy(asc(people.name), asc(people.id));
}

/** The newsroom's directory: optionally searched by name, slug or job title, with byline counts. */
export function listPeopleForAdmin(db: Database, query?: string) {
  const pattern = query ? `%${query.replace(/[\\%_]/g, '\\$&')}%` : null;
  return db
    .select({
      id: people.id,
      slug: people.slug,
      name: people.name,
      jobTitle: people.jobTitle,
      photoUrl: people.photoUrl,
      userId: people.userId,
      accountName: users.name,
      stories: count(articleBylines.articleId),
    })
    .from(people)
    .leftJoin(users, eq(users.id, people.userId))
    .leftJoin(articleBylines, eq(articleBylines.personId, people.id))
    .where(pattern ? or(ilike(people.name, pattern), ilike(people.slug, pattern), ilike(people.jobTitle, pattern)) : undefined)
    .groupBy(people.id, users.name)
    .orderBy(asc(people.name), asc(people.id))
    .limit(500);
}

export async function findPersonById(db: Database, id: string) {
  const [person] = await db.select().from(people).where(eq(people.id, id)).limit(1);
  return person ?? null;
}

/** The profile linked to an account, if any (a writer's "my profile"). */
export async function findPersonOfUser(db: Database, userId: string) {
  const [person] = await db.select({ id: people.id }).from(people).where(eq(people.userId, userId)).limit(1);
  return person ?? null;
}

/** Accounts a profile can be linked to. */
export function listAccountOptions(db: Database) {
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(asc(users.name));
}
