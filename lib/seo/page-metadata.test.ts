import { describe, expect, it } from 'vitest';
import { metaDescription } from './description';
import { pageMetadata } from './page-metadata';
import { absoluteUrl, paths } from './paths';
import type { SiteInfo } from './site';

const site: SiteInfo = { name: 'Newsdesk', url: 'https://news.example.com', description: 'd', language: 'en', locale: 'en_US' };

describe('pageMetadata', () => {
  it('gives an article its canonical URL, share cards, dates, section and feeds', () => {
    const metadata = pageMetadata({
      site,
      title: 'Putin thanks North Korea',
      description: 'Summary text.',
      path: '/articles/putin',
      image: { path: '/og/articles/putin', alt: 'Putin thanks North Korea' },
      article: {
        publishedAt: new Date('2026-11-26T08:00:00Z'),
        revisedAt: new Date('2026-11-26T09:00:00Z'),
        sectionName: 'World',
        authorPath: '/sources/fox-news',
      },
      feeds: [{ title: 'Newsdesk: World', url: '/feeds/sections/world.xml', format: 'rss' }],
    });
    expect(metadata.title).toBe('Putin thanks North Korea');
    expect(metadata.alternates.canonical).toBe('/articles/putin');
    expect(metadata.alternates.types['application/rss+xml']).toEqual([
      { url: '/feed.xml', title: 'Newsdesk (RSS)' },
      { url: '/feeds/sections/world.xml', title: 'Newsdesk: World' },
    ]);
    expect(metadata.alternates.types['application/atom+xml']).toEqual([{ url: '/atom.xml', title: 'Newsdesk (Atom)' }]);
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: '/articles/putin',
      siteName: 'Newsdesk',
      publishedTime: '2026-11-26T08:00:00.000Z',
      modifiedTime: '2026-11-26T09:00:00.000Z',
      section: 'World',
      authors: ['https://news.example.com/sources/fox-news'],
      images: [{ url: '/og/articles/putin', width: 1200, height: 630, type: 'image/png', alt: 'Putin thanks North Korea' }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: '/og/articles/putin' }] });
    expect(metadata.robots).toEqual({ index: true, follow: true, 'max-image-preview': 'large' });
  });

  it('falls back to the site-wide image and can keep a page out of the index', () => {
    const metadata = pageMetadata({ site, title: 'Search', description: 'x', path: '/search', noindex: true });
    expect(metadata.openGraph.type).toBe('website');
    expect(metadata.openGraph.images[0]?.url).toBe(paths.defaultImage);
    expect(metadata.robots).toEqual({ index: false, follow: true, 'max-image-preview': 'large' });
  });

  it('uses the home title as it is', () => {
    expect(pageMetadata({ site, title: 'Newsdesk', absoluteTitle: true, description: 'x', path: '/' }).title).toEqual({
      absolute: 'Newsdesk',
    });
  });
});

describe('metaDescription', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(metaDescription('  Short\n text. ')).toBe('Short text.');
    const long = metaDescription('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('word…')).toBe(true);
  });

  it('never splits an emoji', () => {
    const cut = metaDescription('🦊'.repeat(300));
    expect(Array.from(cut)).toHaveLength(160);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('absoluteUrl', () => {
  it('joins the site and a path', () => {
    expect(absoluteUrl('https://news.example.com', '/feed.xml')).toBe('https://news.example.com/feed.xml');
    expect(absoluteUrl('http://127.0.0.1:3200', paths.search('a b&c', 2))).toBe('http://127.0.0.1:3200/search?q=a+b%26c&page=2');
  });
});
