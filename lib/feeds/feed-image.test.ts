import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../content/build';
import { imageRefFixture } from '@/lib/testing/image-ref-fixture';
import { testSite } from '@/lib/testing/site';
import { buildFeedXml, type FeedInput, type FeedStoryInput } from './build-feed';

const image = imageRefFixture();

const story = (overrides: Partial<FeedStoryInput>): FeedStoryInput => ({
  id: '0b7f3c2e-9a41-4c1d-8e5f-2a6b9c0d1e2f',
  slug: 'warehouse-fire',
  headline: 'Warehouse fire',
  summary: docFromText('A fire.'),
  summaryText: 'A fire.',
  keyPoints: [],
  publishedAt: new Date('2026-11-26T08:00:00.000Z'),
  revisedAt: null,
  source: null,
  section: null,
  ...overrides,
});

const input = (stories: FeedStoryInput[]): FeedInput => ({
  site: testSite,
  title: 'Newsdesk',
  description: 'News',
  pagePath: '/',
  selfPaths: { rss: '/feed.xml', atom: '/atom.xml' },
  stories,
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const widest = `https://news.example.com/media/${image.id}/16x9-1600.jpeg`;

describe('lead images in feeds', () => {
  const stories = [story({ leadImage: image }), story({ id: '1c8e4d3f-0b52-4d2e-9f60-3b7c0d1e2f30', slug: 'no-picture' })];

  it('gives an RSS item with a lead image an image enclosure of its widest 16:9 JPEG', () => {
    const rss = parser.parse(buildFeedXml(input(stories), 'rss')) as { rss: { channel: { item: Record<string, unknown>[] } } };
    const [withImage, without] = rss.rss.channel.item;
    expect(withImage?.enclosure).toMatchObject({ url: widest, type: 'image/jpeg' });
    expect(without?.enclosure).toBeUndefined();
  });

  it('gives an Atom entry a rel="enclosure" link to the same picture', () => {
    const atom = parser.parse(buildFeedXml(input(stories), 'atom')) as { feed: { entry: { link: unknown }[] } };
    const links = [atom.feed.entry[0]?.link].flat() as { rel?: string; href: string; type?: string }[];
    expect(links.find((link) => link.rel === 'enclosure')).toMatchObject({ href: widest, type: 'image/jpeg' });
    const plain = [atom.feed.entry[1]?.link].flat() as { rel?: string }[];
    expect(plain.some((link) => link.rel === 'enclosure')).toBe(false);
  });
});
