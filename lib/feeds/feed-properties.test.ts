import { parseFeed } from '@rowanmanning/feed-parser';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../content/schema';
import { testSite } from '@/lib/testing/site';
import type { FeedStoryInput } from './build-feed';
import { type FeedList, listFeedXml } from './list-feed';

/*
 * Every feed must parse whatever editors typed into names and texts. The attack that
 * started this: a `<` in a section name went unescaped into Atom's category attribute and
 * /atom.xml stopped parsing for every reader. Here section, source and story texts come
 * from a generator biased towards the characters that break XML.
 */

const site = testSite;

/** One UTF-16 unit or character a writer (or a paste) could produce, weighted to the nasty ones. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('<', '>', '&', '"', "'", ']]>', '<![CDATA[', '&amp;', '&#0;', '-->') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.constantFrom('\u007f', '\u0085', '\ufffe', '\uffff', '\u2028', '\ufeff') },
  // Lone surrogates: half an emoji.
  { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.constantFrom('😀', '👩🏽‍💻', '🇺🇦', 'é', 'ß', '中文') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 3 }) },
);
const text = fc.string({ unit, minLength: 1, maxLength: 12 });

const doc = (value: string, href?: string): RichTextDoc => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        href === undefined
          ? { type: 'text', text: value }
          : { type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] },
      ],
    },
  ],
});

const storyArb = fc.record({
  headline: text,
  summaryText: text,
  linkPath: text,
  keyPoint: text,
  sectionName: text,
  sourceName: text,
});

type StoryTexts = typeof storyArb extends fc.Arbitrary<infer T> ? T : never;

function story(values: StoryTexts, index: number): FeedStoryInput {
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    slug: `story-${index}`,
    headline: values.headline,
    summary: doc(values.summaryText, `https://example.com/${encodeURI(values.linkPath.replace(/[\ud800-\udfff]/g, ''))}]]>`),
    summaryText: values.summaryText,
    keyPoints: [doc(values.keyPoint)],
    publishedAt: new Date(Date.UTC(2026, 10, 26, 8, index)),
    revisedAt: null,
    source: { slug: 'wire', name: values.sourceName },
    section: { slug: 'world', name: values.sectionName },
  };
}

// saxes lets a lone high surrogate before an ordinary character through: checked directly.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Well-formed XML 1.0, checked by a conforming parser (saxes: it refuses a `<` in an
 * attribute, a control character or a lone surrogate, which fast-xml-parser's validator
 * and the lenient feed parsers let through), and a feed a reader's parser can read.
 */
function expectWellFormed(xml: string, stories: number) {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  expect(errors).toEqual([]);
  expect(xml).not.toMatch(LONE_SURROGATE);
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(parseFeed(xml).items).toHaveLength(stories);
}

describe('every feed parses, whatever the names and texts hold', () => {
  it('the site feeds (RSS and Atom) and the section and source feeds', () => {
    fc.assert(
      fc.property(fc.array(storyArb, { minLength: 1, maxLength: 3 }), (values) => {
        const stories = values.map(story);
        const first = stories[0]!;
        const lists: FeedList[] = [
          { kind: 'latest' },
          { kind: 'section', section: first.section! },
          { kind: 'source', source: first.source! },
        ];
        for (const list of lists) expectWellFormed(listFeedXml(list, stories, site, 'rss'), stories.length);
        expectWellFormed(listFeedXml({ kind: 'latest' }, stories, site, 'atom'), stories.length);
      }),
      { numRuns: 300 },
    );
  });

  it('a section named with a "<" keeps /atom.xml parsable (the reported attack)', () => {
    const stories = [story({ headline: 'A', summaryText: 'B', linkPath: 'c', keyPoint: 'D', sectionName: 'R&D <Labs>', sourceName: 'E' }, 1)];
    const xml = listFeedXml({ kind: 'latest' }, stories, site, 'atom');
    expectWellFormed(xml, 1);
    expect(parseFeed(xml).items[0]?.categories[0]).toMatchObject({ term: 'world' });
  });
});
