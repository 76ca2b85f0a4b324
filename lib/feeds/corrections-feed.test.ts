import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../content/build';
import { testSite } from '../testing/site';
import { correctionsFeedXml } from './corrections-feed';

describe('correctionsFeedXml', () => {
  it('is RSS a feed reader parses, one entry per record, linking to the story’s notes', () => {
    const xml = correctionsFeedXml(
      [
        {
          id: '3f1c7e0a-1111-4222-8333-944455556666',
          type: 'correction',
          text: docFromText('It was seven, not six <members>.'),
          textPlain: 'It was seven, not six <members>.',
          createdAt: new Date('2026-12-01T09:00:00Z'),
          article: { slug: 'rates-held', headline: 'Rates held ]]> steady' },
        },
      ],
      testSite,
    );
    const feed = parseFeed(xml);
    expect(feed.title).toContain('corrections and notes');
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item?.title).toBe('Correction: Rates held ]] > steady');
    expect(item?.url).toBe(`${testSite.url}/articles/rates-held#corrections`);
    expect(item?.content).toContain('It was seven, not six');
    expect(item?.content).toContain('Read it on');
    expect(item?.published?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });
});
