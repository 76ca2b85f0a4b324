import { describe, expect, it } from 'vitest';
import { tags, tagsForArticleChange } from './cache-tags';

const published = { slug: 'a', public: true, sourceSlug: 'fox-news', sectionSlug: 'world' };

describe('tagsForArticleChange', () => {
  it('touches nothing when a draft stays a draft', () => {
    const draft = { ...published, public: false };
    expect(tagsForArticleChange(draft, draft)).toEqual([]);
    expect(tagsForArticleChange(null, draft)).toEqual([]);
  });

  it('publishing touches the page, the lists it joins, feeds and sitemaps', () => {
    const result = tagsForArticleChange({ ...published, public: false }, published);
    expect(result).toEqual(
      expect.arrayContaining([
        tags.article('a'),
        tags.latest,
        tags.sourceList('fox-news'),
        tags.sectionList('world'),
        tags.feeds,
        tags.sitemaps,
      ]),
    );
    expect(result).toHaveLength(6);
  });

  it('a slug, source or section change touches both the old and the new ones', () => {
    const moved = { slug: 'b', public: true, sourceSlug: 'harbor-daily', sectionSlug: 'business' };
    const result = tagsForArticleChange(published, moved);
    for (const tag of [
      tags.article('a'),
      tags.article('b'),
      tags.sourceList('fox-news'),
      tags.sourceList('harbor-daily'),
      tags.sectionList('world'),
      tags.sectionList('business'),
    ]) {
      expect(result).toContain(tag);
    }
  });

  it('unpublishing removes the story from every list it was in', () => {
    const result = tagsForArticleChange(published, { ...published, public: false });
    expect(result).toContain(tags.article('a'));
    expect(result).toContain(tags.sectionList('world'));
  });
});
