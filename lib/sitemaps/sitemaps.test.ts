import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articleWindow, parsePartFileName, sitemapPartCount } from './plan';
import { newsSitemapXml, sitemapIndexXml, urlsetXml } from './xml';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Record<string, Record<string, unknown>>;
}

describe('sitemap XML', () => {
  it('writes a urlset with locations and W3C dates, escaping what needs it', () => {
    const xml = urlsetXml([
      { url: 'https://news.example.com/search?q=a&page=2', lastModified: new Date('2026-11-26T08:00:00.123Z') },
      { url: 'https://news.example.com/', lastModified: null },
    ]);
    const { urlset } = parse(xml);
    expect(urlset?.['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset?.url).toEqual([
      { loc: 'https://news.example.com/search?q=a&page=2', lastmod: '2026-11-26T08:00:00Z' },
      { loc: 'https://news.example.com/' },
    ]);
  });

  it('writes an index of parts', () => {
    const { sitemapindex } = parse(sitemapIndexXml([{ url: 'https://x.example/sitemaps/1.xml' }, { url: 'https://x.example/sitemaps/2.xml' }]));
    expect(sitemapindex?.sitemap).toEqual([{ loc: 'https://x.example/sitemaps/1.xml' }, { loc: 'https://x.example/sitemaps/2.xml' }]);
  });

  it('writes a Google News sitemap with publication, language, date and title', () => {
    const xml = newsSitemapXml(
      [{ url: 'https://x.example/articles/a', title: 'Tom & "Jerry" <b>\u0001', publishedAt: new Date('2026-11-26T08:00:00Z') }],
      { name: 'News & Co', language: 'en' },
    );
    const { urlset } = parse(xml);
    expect(urlset?.['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset?.url).toEqual([
      {
        loc: 'https://x.example/articles/a',
        'news:news': {
          'news:publication': { 'news:name': 'News & Co', 'news:language': 'en' },
          'news:publication_date': '2026-11-26T08:00:00Z',
          'news:title': 'Tom & "Jerry" <b>',
        },
      },
    ]);
  });
});

describe('sitemap plan', () => {
  it('needs one part up to the limit, then splits', () => {
    expect(sitemapPartCount(10, 0)).toBe(1);
    expect(sitemapPartCount(10, 49_990)).toBe(1);
    expect(sitemapPartCount(10, 49_991)).toBe(2);
    expect(sitemapPartCount(3, 7, 5)).toBe(2);
    expect(sitemapPartCount(3, 8, 5)).toBe(3);
  });

  it('puts every article in exactly one part', () => {
    const fixed = 3;
    const articles = 18;
    const perPart = 5;
    const parts = sitemapPartCount(fixed, articles, perPart);
    const covered: number[] = [];
    for (let part = 1; part <= parts; part++) {
      const { offset, limit } = articleWindow(part, fixed, perPart);
      for (let index = offset; index < Math.min(offset + limit, articles); index++) covered.push(index);
      const size = (part === 1 ? fixed : 0) + Math.max(0, Math.min(limit, articles - offset));
      expect(size).toBeLessThanOrEqual(perPart);
    }
    expect(covered).toEqual(Array.from({ length: articles }, (_, index) => index));
  });

  it.each([
    ['1.xml', 1],
    ['12.xml', 12],
    ['0.xml', null],
    ['01.xml', null],
    ['1', null],
    ['1.xml.gz', null],
    ['1e3.xml', null],
    [`${'9'.repeat(5000)}.xml`, null],
    ['../1.xml', null],
  ])('reads the part file name %j as %j', (name, part) => {
    expect(parsePartFileName(name)).toBe(part);
  });
});
