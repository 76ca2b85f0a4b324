import { isWellFormedSlug } from '../slug';
import { paths } from '../seo/paths';
import type { FeedLink } from '../seo/page-metadata';
import type { SiteInfo } from '../seo/site';
import { buildFeedXml, type FeedFormat, type FeedStoryInput } from './build-feed';

/** The lists that have feeds, as far as a feed needs to know them. */
export type FeedList =
  | { kind: 'latest' }
  | { kind: 'section'; section: { slug: string; name: string } }
  | { kind: 'source'; source: { slug: string; name: string } }
  | { kind: 'person'; person: { slug: string; name: string } };

/** The feed of a list: its title and where it and its page live. */
export function feedFacts(list: FeedList, site: SiteInfo) {
  if (list.kind === 'section') {
    const { slug, name } = list.section;
    return {
      title: `${site.name}: ${name}`,
      description: `The latest ${name} stories from ${site.name}.`,
      pagePath: paths.section(slug),
      selfPaths: { rss: paths.sectionFeed(slug) },
    };
  }
  if (list.kind === 'source') {
    const { slug, name } = list.source;
    return {
      title: `${site.name}: ${name}`,
      description: `Stories from ${name}, summarised by ${site.name}.`,
      pagePath: paths.source(slug),
      selfPaths: { rss: paths.sourceFeed(slug) },
    };
  }
  if (list.kind === 'person') {
    const { slug, name } = list.person;
    return {
      title: `${site.name}: ${name}`,
      description: `Stories by ${name} on ${site.name}.`,
      pagePath: paths.author(slug),
      selfPaths: { rss: paths.authorFeed(slug) },
    };
  }
  return {
    title: site.name,
    description: site.description,
    pagePath: paths.home,
    selfPaths: { rss: paths.rssFeed, atom: paths.atomFeed },
  };
}

export function listFeedXml(list: FeedList, stories: FeedStoryInput[], site: SiteInfo, format: FeedFormat): string {
  return buildFeedXml({ site, stories, ...feedFacts(list, site) }, format);
}

/** The discovery link for a section's or source's own feed (pages add it to the site's). */
export function listFeedLink(list: FeedList, site: SiteInfo): FeedLink[] {
  if (list.kind === 'latest') return [];
  const facts = feedFacts(list, site);
  return facts.selfPaths.rss ? [{ title: facts.title, url: facts.selfPaths.rss, format: 'rss' }] : [];
}

/** `world.xml` → `world`; anything else → null (never a database query). */
export function slugFromFeedFile(fileName: string): string | null {
  const match = /^(.+)\.xml$/.exec(fileName);
  return match?.[1] !== undefined && isWellFormedSlug(match[1]) ? match[1] : null;
}
