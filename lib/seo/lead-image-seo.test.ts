import { describe, expect, it } from 'vitest';
import { imageRefFixture } from '@/lib/testing/image-ref-fixture';
import { testSite } from '@/lib/testing/site';
import { structuredDataVariants } from '../media/picture';
import { articleShareImage } from './article-share-image';
import { newsArticleJsonLd, serializeJsonLd, type ArticleForJsonLd } from './json-ld';
import { pageMetadata } from './page-metadata';

const image = imageRefFixture();

describe('a story with a lead image, as shared and crawled', () => {
  it('shares the 1200×630 crop with the picture’s alt text', () => {
    const share = articleShareImage({ slug: 'fire', headlineText: 'Warehouse fire', leadImage: image });
    expect(share).toEqual({ path: `/media/${image.id}/og-1200.jpeg`, alt: image.alt, width: 1200, height: 630, type: 'image/jpeg' });
    const metadata = pageMetadata({ site: testSite, title: 'Warehouse fire', description: 'x', path: '/articles/fire', image: share });
    expect(metadata.openGraph.images).toEqual([{ url: share.path, width: 1200, height: 630, alt: image.alt, type: 'image/jpeg' }]);
    expect(metadata.twitter.images).toEqual([{ url: share.path, alt: image.alt }]);
  });

  it('keeps the generated card for a story without one', () => {
    expect(articleShareImage({ slug: 'fire', headlineText: 'Warehouse fire', leadImage: null })).toEqual({
      path: '/og/articles/fire',
      alt: 'Warehouse fire',
    });
    expect(articleShareImage({ slug: 'fire', headlineText: 'Fire', leadImage: { ...image, variants: [] } }).path).toBe('/og/articles/fire');
  });

  it('gives NewsArticle.image the 16:9, 4:3 and 1:1 crops at ≥ 1200 px as absolute URLs', () => {
    const article: ArticleForJsonLd = {
      slug: 'fire',
      headline: 'Warehouse fire',
      summary: 'A fire.',
      publishedAt: new Date('2026-11-26T08:00:00Z'),
      revisedAt: null,
      source: null,
      section: null,
      citationUrls: [],
      images: structuredDataVariants(image),
    };
    const data = JSON.parse(serializeJsonLd(newsArticleJsonLd(article, testSite))) as { image: { url: string; width: string; height: string }[] };
    expect(data.image.map((entry) => entry.url)).toEqual([
      `https://news.example.com/media/${image.id}/16x9-1600.jpeg`,
      `https://news.example.com/media/${image.id}/4x3-1600.jpeg`,
      `https://news.example.com/media/${image.id}/1x1-1600.jpeg`,
    ]);
    for (const entry of data.image) expect(Number(entry.width)).toBeGreaterThanOrEqual(1200);
  });

  it('lets search engines show large previews', () => {
    const metadata = pageMetadata({ site: testSite, title: 'x', description: 'x', path: '/' });
    expect(metadata.robots['max-image-preview']).toBe('large');
  });
});
