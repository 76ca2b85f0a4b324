import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../content/build';
import type { RichTextDoc } from '../content/schema';
import { testSite } from '@/lib/testing/site';
import { buildFeedXml, type FeedInput, type FeedStoryInput } from './build-feed';

const site = testSite;

const linkedSummary: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Putin thanked ' },
        { type: 'text', text: 'North Korea', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' (report)', marks: [{ type: 'link', attrs: { href: 'https://example.com/r?a=1&b=2' } }] },
        { type: 'text', text: ' and <script>alert(1)</script>' },
        { type: 'text', text: ' a bad link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
      ],
    },
  ],
};

const stories: FeedStoryInput[] = [
  {
    id: '0b7f3c2e-9a41-4c1d-8e5f-2a6b9c0d1e2f',
    slug: 'putin-thanks-north-korea',
    headline: "Putin thanks North Korea: 'Will never forget' & <more> ]]> ]]>",
    summary: linkedSummary,
    summaryText: 'Putin thanked North Korea (report) and <script>alert(1)</script> a bad link',
    keyPoints: [docFromText('A mutual defense treaty was signed in 2024.'), docFromText('Second point.')],
    publishedAt: new Date('2026-11-26T08:00:00.000Z'),
    revisedAt: new Date('2026-11-26T10:30:00.000Z'),
    source: { slug: 'fox-news', name: 'Fox News' },
    section: { slug: 'world', name: 'World' },
  },
  {
    id: '1c8e4d3f-0b52-4d2e-9f60-3b7c0d1e2f30',
    slug: 'older-story',
    headline: 'An older story\u0001 with a control character',
    summary: docFromText('Older summary.'),
    summaryText: 'Older summary.',
    keyPoints: [],
    publishedAt: new Date('2026-11-25T08:00:00.000Z'),
    revisedAt: null,
    source: null,
    section: null,
  },
];

const input: FeedInput = {
  site,
  title: 'Newsdesk: World',
  description: 'The latest World stories.',
  pagePath: '/sections/world',
  selfPaths: { rss: '/feeds/sections/world.xml' },
  stories,
};

describe.each(['rss', 'atom'] as const)('the %s feed', (format) => {
  const xml = buildFeedXml(input, format);
  const feed = parseFeed(xml);

  it('parses, with the feed title, link and language', () => {
    expect(feed.meta.type).toBe(format);
    expect(feed.title).toBe('Newsdesk: World');
    expect(feed.url).toBe('https://news.example.com/sections/world');
    expect(feed.items).toHaveLength(2);
  });

  it('gives each entry its headline, absolute link, stable id and dates', () => {
    const [first] = feed.items;
    // RSS titles are text in CDATA, where "]]>" cannot stand; Atom's are escaped HTML.
    const ending = format === 'rss' ? ']] > ]] >' : ']]> ]]>';
    expect(first?.title).toBe(`Putin thanks North Korea: 'Will never forget' & <more> ${ending}`);
    expect(first?.url).toBe('https://news.example.com/articles/putin-thanks-north-korea');
    expect(first?.id).toBe('urn:uuid:0b7f3c2e-9a41-4c1d-8e5f-2a6b9c0d1e2f');
    expect(first?.published?.toISOString()).toBe('2026-11-26T08:00:00.000Z');
    if (format === 'atom') expect(first?.updated?.toISOString()).toBe('2026-11-26T10:30:00.000Z');
  });

  it('carries the summary and the key points in the content, as safe HTML', () => {
    const content = feed.items[0]?.content ?? '';
    expect(content).toContain('<strong>North Korea</strong>');
    // The parser has decoded the HTML once: "&amp;" in the href is back to "&".
    expect(content).toContain('<a href="https://example.com/r?a=1&b=2" rel="noopener noreferrer nofollow"> (report)</a>');
    expect(content).toContain('<h2>Key points</h2><ol><li>A mutual defense treaty was signed in 2024.</li><li>Second point.</li></ol>');
    expect(content).not.toContain('javascript:');
    // The parser hands back entity-decoded text, so judge the escaping on the document.
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script');
    expect(feed.items[0]?.description).toContain('Putin thanked North Korea');
  });

  it('names the source as the author and the section as the category', () => {
    expect(feed.items[0]?.authors[0]?.name).toBe('Fox News');
    // Atom's term is the section's slug (attributes can't carry every name), its label the name.
    expect(feed.items[0]?.categories[0]).toMatchObject(format === 'rss' ? { term: 'World' } : { term: 'world', label: 'World' });
    expect(feed.items[1]?.authors).toEqual([]);
  });

  it('drops characters XML cannot carry', () => {
    expect(xml).not.toContain('\u0001');
    expect(feed.items[1]?.title).toBe('An older story with a control character');
  });

  it('is the same document for the same stories (never stamped with "now")', () => {
    expect(buildFeedXml(input, format)).toBe(xml);
    expect(buildFeedXml({ ...input, stories: [] }, format)).toBe(buildFeedXml({ ...input, stories: [] }, format));
  });
});

it('links the RSS feed to itself', () => {
  expect(buildFeedXml(input, 'rss')).toContain(
    '<atom:link href="https://news.example.com/feeds/sections/world.xml" rel="self" type="application/rss+xml"/>',
  );
});

describe.each(['rss', 'atom'] as const)('a sponsored story in the %s feed', (format) => {
  const sponsored: FeedStoryInput = { ...stories[0]!, kind: 'sponsored' };
  const content = (story: FeedStoryInput) => parseFeed(buildFeedXml({ ...input, stories: [story] }, format)).items[0]?.content ?? '';

  it('is disclosed first, and its links are rel="sponsored"', () => {
    const html = content(sponsored);
    expect(html.startsWith('<p><strong>Sponsored content:</strong> paid for by Fox News.</p>')).toBe(true);
    expect(html).toContain('rel="noopener noreferrer nofollow sponsored"');
  });

  it('other stories are neither', () => {
    const html = content({ ...sponsored, kind: 'news' });
    expect(html).not.toContain('Sponsored');
    expect(html).not.toContain('sponsored');
  });
});

describe.each(['rss', 'atom'] as const)('bylines in the %s feed', (format) => {
  const bylined: FeedStoryInput = {
    ...stories[0]!,
    authors: [
      { slug: 'ana-ruiz', name: 'Ana Ruiz' },
      { slug: 'ben-okafor', name: 'Ben <Okafor>' },
    ],
  };
  const feed = parseFeed(buildFeedXml({ ...input, stories: [bylined] }, format));

  it('names every bylined person, in order, instead of the source', () => {
    // RSS has one dc:creator reading like the byline; Atom an <author> per person.
    const names = format === 'rss' ? ['Ana Ruiz and Ben <Okafor>'] : ['Ana Ruiz', 'Ben <Okafor>'];
    expect(feed.items[0]?.authors.map((author) => author.name)).toEqual(names);
    if (format === 'atom') expect(feed.items[0]?.authors[0]?.url).toBe('https://news.example.com/authors/ana-ruiz');
  });
});
