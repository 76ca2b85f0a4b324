import { describe, expect, it } from 'vitest';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  homeJsonLd,
  isOtherPublisher,
  newsArticleJsonLd,
  profilePageJsonLd,
  serializeJsonLd,
  type ArticleForJsonLd,
} from './json-ld';
import { testSite } from '@/lib/testing/site';

const site = testSite;

const article: ArticleForJsonLd = {
  slug: 'putin-thanks-north-korea',
  headline: "Putin thanks North Korea for sending troops to fight Ukraine: 'Will never forget the heroism'",
  summary: 'Russian President Vladimir Putin expressed gratitude to North Korea. '.repeat(5),
  publishedAt: new Date('2026-11-26T08:00:00.000Z'),
  revisedAt: null,
  source: { slug: 'fox-news', name: 'Fox News', homepageUrl: 'https://www.foxnews.com' },
  section: { slug: 'world', name: 'World' },
  citationUrls: ['https://example.com/evidence'],
};

/** What a crawler reads: the serialized script text parsed back. */
const roundTrip = (data: object) => JSON.parse(serializeJsonLd(data)) as Record<string, unknown>;

describe('newsArticleJsonLd', () => {
  const data = roundTrip(newsArticleJsonLd(article, site));

  it("has Google's recommended Article properties", () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(article.headline);
    expect(data.image).toEqual(['https://news.example.com/og/articles/putin-thanks-north-korea']);
    expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': 'https://news.example.com/articles/putin-thanks-north-korea' });
    expect(String(data.description).length).toBeLessThanOrEqual(160);
  });

  it('gives both dates with a time zone, the modified one falling back to the publish time', () => {
    const withZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    expect(data.datePublished).toMatch(withZone);
    expect(data.dateModified).toBe(data.datePublished);
    const revised = roundTrip(newsArticleJsonLd({ ...article, revisedAt: new Date('2026-11-26T11:15:00Z') }, site));
    expect(revised.dateModified).toBe('2026-11-26T11:15:00.000Z');
    expect(revised.dateModified).toMatch(withZone);
  });

  it('names the source as the author, with its profile URL, and the site as the publisher with a logo', () => {
    expect(data.author).toEqual([
      {
        '@type': 'NewsMediaOrganization',
        name: 'Fox News',
        url: 'https://news.example.com/sources/fox-news',
        sameAs: 'https://www.foxnews.com',
      },
    ]);
    expect(data.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'Newsdesk',
      logo: { '@type': 'ImageObject', url: 'https://news.example.com/icon' },
    });
  });

  it('says the story is based on the source’s reporting, and cites the key points’ sources', () => {
    expect(data.isBasedOn).toMatchObject({ publisher: { name: 'Fox News', url: 'https://www.foxnews.com' } });
    expect(data.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://example.com/evidence' }]);
  });

  it('does not call the site’s own reporting "based on" another publisher', () => {
    const own = { ...article, source: { slug: 'newsdesk', name: 'Newsdesk', homepageUrl: 'https://news.example.com/' } };
    expect(isOtherPublisher(own.source, site)).toBe(false);
    expect(roundTrip(newsArticleJsonLd(own, site)).isBasedOn).toBeUndefined();
  });
});

describe('breadcrumbJsonLd', () => {
  it('lists the trail with positions and absolute URLs', () => {
    const data = roundTrip(
      breadcrumbJsonLd(
        [
          { name: 'Home', path: '/' },
          { name: 'World', path: '/sections/world' },
        ],
        site,
      ),
    );
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example.com/' },
      { '@type': 'ListItem', position: 2, name: 'World', item: 'https://news.example.com/sections/world' },
    ]);
  });
});

describe('homeJsonLd', () => {
  it('describes the publisher and the site search', () => {
    const data = roundTrip(homeJsonLd(site));
    const [organization, website] = data['@graph'] as Record<string, unknown>[];
    expect(organization).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Newsdesk', url: 'https://news.example.com/' });
    expect(website).toMatchObject({
      '@type': 'WebSite',
      url: 'https://news.example.com/',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: 'https://news.example.com/search?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot end the script element, whatever the text says', () => {
    const hostile = { headline: '</script><script>alert(1)</script><!-- x' };
    const text = serializeJsonLd(hostile);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual(hostile);
  });
});

describe('articleJsonLd for a sponsored story', () => {
  it('claims no editorial NewsArticle: an Article with its sponsor, citations kept', () => {
    const data = roundTrip(articleJsonLd({ ...article, sponsored: true }, site));
    expect(data['@type']).toBe('Article');
    expect(data.sponsor).toEqual({ '@type': 'Organization', name: 'Fox News' });
    expect(data.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://example.com/evidence' }]);
  });

  it('leaves other stories NewsArticle', () => {
    expect(roundTrip(articleJsonLd(article, site))['@type']).toBe('NewsArticle');
    expect(roundTrip(articleJsonLd({ ...article, sponsored: false }, site))).not.toHaveProperty('sponsor');
  });
});

describe('bylines in the markup', () => {
  it('names the bylined people as the authors, in order, each with their profile URL', () => {
    const data = roundTrip(
      newsArticleJsonLd({ ...article, authors: [{ slug: 'ana-ruiz', name: 'Ana Ruiz' }, { slug: 'ben-okafor', name: 'Ben Okafor' }] }, site),
    );
    expect(data.author).toEqual([
      { '@type': 'Person', name: 'Ana Ruiz', url: 'https://news.example.com/authors/ana-ruiz' },
      { '@type': 'Person', name: 'Ben Okafor', url: 'https://news.example.com/authors/ben-okafor' },
    ]);
  });

  it('describes an author page as a ProfilePage about the Person', () => {
    const data = roundTrip(
      profilePageJsonLd(
        {
          slug: 'ana-ruiz',
          name: 'Ana Ruiz',
          jobTitle: 'Europe correspondent',
          bioText: 'Ana covers the EU.',
          photoUrl: '/media/00000000-0000-4000-8000-000000000001',
          beats: ['EU politics'],
          links: [{ url: 'https://example.com/ana' }],
          updatedAt: new Date('2026-11-26T08:00:00Z'),
        },
        site,
      ),
    );
    expect(data).toMatchObject({
      '@type': 'ProfilePage',
      url: 'https://news.example.com/authors/ana-ruiz',
      mainEntity: {
        '@type': 'Person',
        name: 'Ana Ruiz',
        jobTitle: 'Europe correspondent',
        image: 'https://news.example.com/media/00000000-0000-4000-8000-000000000001',
        knowsAbout: ['EU politics'],
        sameAs: ['https://example.com/ana'],
      },
    });
  });
});
