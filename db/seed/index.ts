import { sql } from 'drizzle-orm';
import { docFromText } from '../../lib/content/build';
import { toPlainText } from '../../lib/content/plain-text';
import type { Database } from '../connection';
import { articleBylines, articleRevisions, articles, keyPoints, media, people, sections, slugRedirects, sources, webLinks } from '../schema';
import { demoBylines, demoPeople } from './demo-people';
import { demoPortrait } from './portrait';
import { demoSections, demoSources, demoStories, globalWebLinks, REFERENCE_STORY_SLUG } from './demo-content';
import { seedTrustContent } from './trust';
import { seedDemoImages } from './seed-demo-images';

/** An earlier slug of the reference story, so a fresh install can show a 308 redirect. */
export const DEMO_OLD_SLUG = 'putin-north-korea-troops';

const HOUR_MS = 3_600_000;

export interface SeedOptions {
  /** The moment stories are dated from; "3h ago" means three hours before this. */
  now?: Date;
  log?: (line: string) => void;
}

/** Inserts the demo newsroom: sources, sections, published stories and their links. */
export async function seedDemoContent(db: Database, { now = new Date(), log }: SeedOptions = {}) {
  // Rendered before the transaction: image work shouldn't hold it open.
  const portraits = new Map(
    await Promise.all(
      demoPeople.flatMap((person) => (person.portrait ? [demoPortrait(person.portrait).then((bytes) => [person.slug, bytes] as const)] : [])),
    ),
  );
  await db.transaction(async (tx) => {
    const insertedSources = await tx
      .insert(sources)
      .values(
        demoSources.map((source) => ({
          slug: source.slug,
          name: source.name,
          logoUrl: source.logo,
          homepageUrl: source.homepageUrl,
          description: source.description,
        })),
      )
      .returning({ id: sources.id, slug: sources.slug });
    const insertedSections = await tx
      .insert(sections)
      .values(demoSections.map(({ slug, name, position }) => ({ slug, name, position })))
      .returning({ id: sections.id, slug: sections.slug });
    const personIds = new Map<string, string>();
    for (const person of demoPeople) {
      const portrait = portraits.get(person.slug);
      const [photo] = portrait
        ? await tx.insert(media).values({ contentType: 'image/webp', data: portrait, byteSize: portrait.byteLength }).returning({ id: media.id })
        : [];
      const bio = docFromText(person.bio);
      const [row] = await tx
        .insert(people)
        .values({
          slug: person.slug,
          name: person.name,
          jobTitle: person.jobTitle,
          bio,
          bioText: toPlainText(bio),
          beats: person.beats,
          links: person.links,
          photoUrl: photo ? `/media/${photo.id}` : null,
        })
        .returning({ id: people.id });
      if (!row) throw new Error(`Seeding ${person.slug} returned no row`);
      personIds.set(person.slug, row.id);
    }
    const sourceIds = new Map(insertedSources.map((row) => [row.slug, row.id]));
    const leadImageIds = await seedDemoImages(tx);
    const sectionIds = new Map(insertedSections.map((row) => [row.slug, row.id]));

    const articleIds = new Map<string, string>();
    for (const [storyIndex, story] of demoStories.entries()) {
      const bylineIds = demoBylines(story.section, storyIndex).flatMap((slug) => {
        const id = personIds.get(slug);
        return id ? [id] : [];
      });
      const headline = docFromText(story.headline);
      const summary = docFromText(story.summary);
      const points = story.keyPoints.map((point) => ({ ...point, content: docFromText(point.text) }));
      const publishedAt = new Date(now.getTime() - story.hoursAgo * HOUR_MS);
      const revisedAt =
        story.revisedHoursAgo === undefined ? null : new Date(now.getTime() - story.revisedHoursAgo * HOUR_MS);
      const [article] = await tx
        .insert(articles)
        .values({
          slug: story.slug,
          status: 'published',
          kind: story.kind,
          headline,
          headlineText: toPlainText(headline),
          summary,
          summaryText: toPlainText(summary),
          keyPointsText: points.map((point) => toPlainText(point.content)).join('\n\n'),
          sourceId: sourceIds.get(story.source) ?? null,
          sectionId: sectionIds.get(story.section) ?? null,
          publishedAt,
          revisedAt,
          createdAt: publishedAt,
          updatedAt: revisedAt ?? publishedAt,
          leadImageId: leadImageIds.get(story.slug) ?? null,
        })
        .returning({ id: articles.id });
      if (!article) throw new Error(`Seeding ${story.slug} returned no row`);
      articleIds.set(story.slug, article.id);
      await tx.insert(articleBylines).values(bylineIds.map((personId, position) => ({ articleId: article.id, personId, position })));

      const insertedPoints = await tx
        .insert(keyPoints)
        .values(
          points.map((point, position) => ({
            articleId: article.id,
            position,
            content: point.content,
            contentText: toPlainText(point.content),
            sourceUrl: point.sourceUrl ?? null,
          })),
        )
        .returning({ id: keyPoints.id });
      if (story.webLinks.length > 0) {
        await tx.insert(webLinks).values(
          story.webLinks.map((link, position) => ({ articleId: article.id, position, ...link })),
        );
      }
      await tx.insert(articleRevisions).values({
        articleId: article.id,
        version: 1,
        reason: 'seed',
        createdAt: publishedAt,
        public: true,
        substantive: true,
        snapshot: {
          slug: story.slug,
          kind: story.kind,
          status: 'published',
          headline,
          summary,
          keyPoints: points.map((point, index) => ({
            id: insertedPoints[index]?.id ?? '',
            content: point.content,
            sourceUrl: point.sourceUrl ?? null,
          })),
          webLinks: story.webLinks,
          sourceId: sourceIds.get(story.source) ?? null,
          sectionId: sectionIds.get(story.section) ?? null,
          bylineIds,
          publishedAt: publishedAt.toISOString(),
          scheduledAt: null,
          leadImageId: leadImageIds.get(story.slug) ?? null,
          leadImageCaption: null,
        },
      });
    }

    const referenceId = articleIds.get(REFERENCE_STORY_SLUG);
    if (referenceId) await tx.insert(slugRedirects).values({ fromSlug: DEMO_OLD_SLUG, articleId: referenceId });

    if (globalWebLinks.length > 0) {
      await tx
        .insert(webLinks)
        .values(globalWebLinks.map((link, position) => ({ articleId: null, position, ...link })));
    }

    await seedTrustContent(tx, articleIds, now);
  });
  log?.(`Seeded ${demoStories.length} demo stories from ${demoSources.length} sources, bylined by ${demoPeople.length} people, with pictures.`);
}

/** Seeds only a database with no sources yet, so restarts and re-runs never duplicate content. */
export async function seedIfEmpty(db: Database, options: SeedOptions = {}): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(sources);
  if ((row?.count ?? 0) > 0) return false;
  await seedDemoContent(db, options);
  return true;
}
