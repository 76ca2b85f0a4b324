import { describe, expect, it } from 'vitest';
import {
  tags,
  tagsForArticleChange,
  tagsForDisplayedImages,
  tagsForDisplayedStories,
  tagsForImageChange,
  tagsForPersonChange,
  tagsForSectionChange,
  tagsForSourceChange,
} from './cache-tags';

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

describe('tagsForSourceChange', () => {
  it('an edit touches the source list, its profile, its stories, latest and feeds, not sitemaps', () => {
    const result = tagsForSourceChange({ slug: 'fox-news' }, { slug: 'fox-news' });
    expect(result.sort()).toEqual(
      [tags.sources, tags.source('fox-news'), tags.sourceList('fox-news'), tags.latest, tags.feeds].sort(),
    );
  });

  it('a slug change touches the old and the new slug and the sitemap', () => {
    const result = tagsForSourceChange({ slug: 'old-wire' }, { slug: 'new-wire' });
    for (const tag of [
      tags.source('old-wire'),
      tags.source('new-wire'),
      tags.sourceList('old-wire'),
      tags.sourceList('new-wire'),
      tags.sitemaps,
    ]) {
      expect(result).toContain(tag);
    }
  });

  it('creating a source clears a cached "no such source" answer for its slug', () => {
    const result = tagsForSourceChange(null, { slug: 'brand-new' });
    expect(result).toContain(tags.source('brand-new'));
    expect(result).toContain(tags.sources);
    expect(result).toContain(tags.sitemaps);
  });
});

describe('tagsForSectionChange', () => {
  it('a rename touches the section list (site header), the section page and its stories', () => {
    const result = tagsForSectionChange({ slug: 'world' }, { slug: 'world' });
    expect(result.sort()).toEqual(
      [tags.sections, tags.section('world'), tags.sectionList('world'), tags.latest, tags.feeds].sort(),
    );
  });

  it('a slug change touches both slugs and the sitemap', () => {
    const result = tagsForSectionChange({ slug: 'sport' }, { slug: 'sports' });
    for (const tag of [tags.section('sport'), tags.section('sports'), tags.sectionList('sport'), tags.sitemaps]) {
      expect(result).toContain(tag);
    }
    expect(result).not.toContain(tags.sources);
  });
});

describe('tagsForDisplayedStories', () => {
  it('tags each source and section shown once', () => {
    const result = tagsForDisplayedStories([
      { source: { slug: 'fox-news' }, section: { slug: 'world' } },
      { source: { slug: 'fox-news' }, section: { slug: 'politics' } },
      { source: null, section: null },
    ]);
    expect(result.sort()).toEqual(
      [tags.source('fox-news'), tags.section('world'), tags.section('politics')].sort(),
    );
  });

  it('an empty list carries no tags', () => {
    expect(tagsForDisplayedStories([])).toEqual([]);
  });
});

describe('bylines and people', () => {
  it('a byline change on a public story touches the author lists of the people added and removed', () => {
    const before = { ...published, personSlugs: ['ana-ruiz'] };
    const after = { ...published, personSlugs: ['ben-okafor'] };
    const result = tagsForArticleChange(before, after);
    expect(result).toContain(tags.personList('ana-ruiz'));
    expect(result).toContain(tags.personList('ben-okafor'));
  });

  it('a draft’s bylines touch no author list', () => {
    const draft = { ...published, public: false, personSlugs: ['ana-ruiz'] };
    expect(tagsForArticleChange(draft, draft)).toEqual([]);
  });

  it('renaming a person touches both profiles, lists, feeds and the sitemap; an edit keeps the sitemap', () => {
    const renamed = tagsForPersonChange({ slug: 'ana' }, { slug: 'ana-ruiz' });
    for (const tag of [tags.person('ana'), tags.person('ana-ruiz'), tags.personList('ana'), tags.personList('ana-ruiz'), tags.feeds, tags.sitemaps]) {
      expect(renamed).toContain(tag);
    }
    expect(tagsForPersonChange({ slug: 'ana' }, { slug: 'ana' })).not.toContain(tags.sitemaps);
  });
});

describe('images', () => {
  it('a change to an image touches only the reads that show it', () => {
    expect(tagsForImageChange('img-1')).toEqual([tags.image('img-1')]);
    expect(tagsForImageChange('img-1')).not.toContain(tags.latest);
  });

  it('a read showing images carries each image’s tag once, and none for stories without one', () => {
    expect(tagsForDisplayedImages(['a', null, 'b', 'a', undefined, ''])).toEqual([tags.image('a'), tags.image('b')]);
  });

  it('the read and the write name the same tag', () => {
    expect(tagsForDisplayedImages(['x'])).toEqual(tagsForImageChange('x'));
  });
});
