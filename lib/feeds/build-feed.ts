import { type Category, Feed, type Item } from 'feed';
import type { ImageRef } from '../media/image-ref';
import { feedImage } from './feed-image';
import { absoluteUrl, paths } from '../seo/paths';
import type { SiteInfo } from '../seo/site';
import { type ArticleKind, isSponsoredKind } from '../vocabulary';
import { joinNames } from '../people/byline-text';
import { entryContentHtml, escapeHtmlText } from './html';

export interface FeedStoryInput {
  id: string;
  slug: string;
  headline: string;
  summary: unknown;
  summaryText: string;
  keyPoints: unknown[];
  publishedAt: Date;
  revisedAt: Date | null;
  source: { slug: string; name: string } | null;
  section: { slug: string; name: string } | null;
  /** Sponsored stories are disclosed in the entry, and their links marked rel="sponsored". */
  kind?: ArticleKind | null;
  /** The bylines in order; a story without any names its source as the author. */
  authors?: readonly { slug: string; name: string }[];
  /** The lead image, carried as the entry's enclosure. */
  leadImage?: Pick<ImageRef, 'variants'> | null;
}

export interface FeedInput {
  site: SiteInfo;
  /** "Newsdesk", "Newsdesk: World". */
  title: string;
  description: string;
  /** The HTML page this feed follows. */
  pagePath: string;
  /** Where this feed itself lives, per format it is offered in. */
  selfPaths: { rss?: string; atom?: string };
  stories: FeedStoryInput[];
}

export type FeedFormat = 'rss' | 'atom';

// Characters XML 1.0 cannot carry at all, and lone surrogates (half an emoji).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for a CDATA section. The feed library's XML writer escapes only the first "]]>" in
 * a CDATA section, so a second one could end it early; none survives this.
 */
export function cdataText(text: string): string {
  return text.replace(NOT_XML, '').replaceAll(']]>', ']] >');
}

const lastChange = (story: FeedStoryInput) => story.revisedAt ?? story.publishedAt;

/**
 * A story's section as a category. RSS writes the name as element text, which the library
 * escapes. Atom writes it as attributes (`label` from `name`, and `term`), where the library
 * escapes only `&` and `"`: a `<` in a section name made /atom.xml unparsable. So Atom's
 * `term` is the slug (lowercase letters, digits and hyphens by construction), and the name
 * is its `label` only when it has no `<`: no spelling of `<` survives that escaping.
 */
function category(section: { slug: string; name: string }, site: SiteInfo, format: FeedFormat): Category {
  const name = cdataText(section.name);
  const url = absoluteUrl(site.url, paths.section(section.slug));
  if (format === 'rss') return { name, domain: url };
  return { term: section.slug, scheme: url, ...(name.includes('<') ? {} : { name }) };
}

function entry(story: FeedStoryInput, input: FeedInput, format: FeedFormat): Item {
  const { site } = input;
  const url = absoluteUrl(site.url, paths.article(story.slug));
  // The id survives a slug change, so readers never see a renamed story twice.
  const id = `urn:uuid:${story.id}`;
  const people = (story.authors ?? []).map((person) => ({
    name: cdataText(person.name),
    link: absoluteUrl(site.url, paths.author(person.slug)),
  }));
  const authors =
    people.length > 0
      ? people
      : story.source
        ? [{ name: cdataText(story.source.name), link: absoluteUrl(site.url, paths.source(story.source.slug)) }]
        : [];
  return {
    // Atom declares its titles as HTML; RSS readers take them as text.
    title: format === 'atom' ? escapeHtmlText(story.headline) : cdataText(story.headline),
    id,
    guid: id,
    link: url,
    date: lastChange(story),
    published: story.publishedAt,
    description: escapeHtmlText(story.summaryText),
    content: entryContentHtml({
      summary: story.summary,
      keyPoints: story.keyPoints,
      url,
      siteName: site.name,
      sponsor: isSponsoredKind(story.kind) ? (story.source?.name ?? 'an advertiser') : null,
    }),
    ...(story.section ? { category: [category(story.section, site, format)] } : {}),
    ...feedImage(story.leadImage, site),
    // RSS's <author> must be an email address: name the people (or the publisher) with
    // dc:creator there. The feed library writes one element per name, so several people
    // share one, as the byline reads ("A, B and C").
    ...(authors.length > 0 && format === 'atom' ? { author: authors } : {}),
    ...(authors.length > 0 && format === 'rss'
      ? { extensions: [{ name: 'dc:creator', objects: { _cdata: joinNames(authors.map((author) => author.name)) } }] }
      : {}),
  };
}

/** An RSS 2.0 or Atom 1.0 document for a list of stories, newest first. */
export function buildFeedXml(input: FeedInput, format: FeedFormat): string {
  const { site } = input;
  const pageUrl = absoluteUrl(site.url, input.pagePath);
  const newest = input.stories.map(lastChange).sort((a, b) => b.getTime() - a.getTime())[0];
  const feedLinks = Object.fromEntries(
    Object.entries(input.selfPaths).map(([kind, path]) => [kind, absoluteUrl(site.url, path)]),
  );
  const feed = new Feed({
    id: pageUrl,
    title: cdataText(input.title),
    description: cdataText(input.description),
    link: pageUrl,
    language: site.language,
    image: absoluteUrl(site.url, paths.logo),
    favicon: absoluteUrl(site.url, paths.logo),
    copyright: `© ${site.name}`,
    generator: site.name,
    // Never "now": an unchanged list must give a byte-identical feed (and a cacheable one).
    updated: newest ?? new Date(0),
    feedLinks,
  });
  for (const story of input.stories) feed.addItem(entry(story, input, format));
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
