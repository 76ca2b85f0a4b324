import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { testSite } from '@/lib/testing/site';
import { partXml } from './site-sitemap';
import { newsSitemapXml } from './xml';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const outline = { sections: [], sources: [], articleCount: 2, newest: null };

describe('image entries in sitemaps', () => {
  it('lists a story’s lead image under its URL, with the image namespace declared', () => {
    const xml = partXml(
      2,
      outline,
      [
        { slug: 'fire', lastModified: new Date('2026-11-26T08:00:00Z'), imageUrl: '/media/abc/16x9-1600.jpeg' },
        { slug: 'no-picture', lastModified: new Date('2026-11-26T07:00:00Z'), imageUrl: null },
      ],
      testSite,
    );
    const doc = parser.parse(xml) as { urlset: Record<string, unknown> & { url: Record<string, unknown>[] } };
    expect(doc.urlset['@xmlns:image']).toBe('http://www.google.com/schemas/sitemap-image/1.1');
    expect(doc.urlset.url[0]?.['image:image']).toEqual({ 'image:loc': 'https://news.example.com/media/abc/16x9-1600.jpeg' });
    expect(doc.urlset.url[1]?.['image:image']).toBeUndefined();
  });

  it('adds them to the news sitemap too, and leaves the namespace out when no story has a picture', () => {
    const entry = { url: 'https://news.example.com/articles/fire', title: 'Fire', publishedAt: new Date('2026-11-26T08:00:00Z') };
    const withImage = newsSitemapXml([{ ...entry, images: ['https://news.example.com/media/a.jpeg'] }], { name: 'Newsdesk', language: 'en' });
    expect(withImage).toContain('<image:loc>https://news.example.com/media/a.jpeg</image:loc>');
    const without = newsSitemapXml([entry], { name: 'Newsdesk', language: 'en' });
    expect(without).not.toContain('sitemap-image');
  });
});
