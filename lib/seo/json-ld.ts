import type {
  Article,
  BreadcrumbList,
  CorrectionComment,
  CreativeWork,
  ImageObject,
  Graph,
  NewsArticle,
  NewsMediaOrganization,
  Organization,
  Person,
  ProfilePage,
  SearchAction,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import { organizationPolicyUrls } from '../standards/pages';
import { metaDescription } from './description';
import { absoluteUrl, paths } from './paths';
import type { SiteInfo } from './site';

/*
 * Structured data for search engines (schema.org as JSON-LD), following Google's Article,
 * Breadcrumb and sitelinks-search-box guidance. Builders return typed objects; the
 * JsonLd component serializes them with serializeJsonLd.
 */

export const LOGO_SIZE = 512;

export interface ArticleSource {
  slug: string;
  name: string;
  homepageUrl: string | null;
}

export interface ArticleForJsonLd {
  slug: string;
  headline: string;
  summary: string;
  publishedAt: Date;
  revisedAt: Date | null;
  source: ArticleSource | null;
  section: { slug: string; name: string } | null;
  /** Links editors attached to key points as evidence. */
  citationUrls: string[];
  /** The story's corrections, clarifications and notes, oldest first. */
  corrections?: { text: string; publishedAt: Date }[];
  /** A paid-for story (kind "sponsored"): see sponsoredArticleJsonLd. */
  sponsored?: boolean;
  /** The bylines, in order: the authors, each with their profile page. */
  authors?: readonly { slug: string; name: string }[];
  /**
   * The lead image's crops (16:9, 4:3, 1:1) at ≥ 1200 px (lib/media/picture:
   * structuredDataVariants); none: the generated share card stands in.
   */
  images?: { url: string; width: number; height: number }[];
}

const organizationId = (site: SiteInfo) => `${site.url}/#organization`;
const websiteId = (site: SiteInfo) => `${site.url}/#website`;

function siteOrganization(site: SiteInfo): NewsMediaOrganization {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(site),
    name: site.name,
    url: absoluteUrl(site.url, paths.home),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(site.url, paths.logo),
      width: `${LOGO_SIZE}`,
      height: `${LOGO_SIZE}`,
    },
    // The standards pages (lib/standards/pages.ts): publishingPrinciples, correctionsPolicy, …
    ...organizationPolicyUrls(site.url),
  };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** A source counts as another publisher unless its homepage is this site. */
export function isOtherPublisher(source: ArticleSource, site: SiteInfo): boolean {
  const host = hostOf(source.homepageUrl);
  return host !== null && host !== hostOf(site.url);
}

function sourceAuthor(source: ArticleSource, site: SiteInfo): Organization {
  // A story without bylines: the reporting publisher is the author, and its profile page
  // here is the author page.
  return {
    '@type': 'NewsMediaOrganization',
    name: source.name,
    url: absoluteUrl(site.url, paths.source(source.slug)),
    ...(source.homepageUrl ? { sameAs: source.homepageUrl } : {}),
  };
}

/** Google's author markup: the bylined people with their profile URLs; else the source. */
function articleAuthors(article: ArticleForJsonLd, site: SiteInfo): (Person | Organization)[] {
  if (article.authors && article.authors.length > 0) {
    return article.authors.map((author): Person => ({
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(site.url, paths.author(author.slug)),
    }));
  }
  return article.source ? [sourceAuthor(article.source, site)] : [siteOrganization(site)];
}

function basedOn(source: ArticleSource): CreativeWork {
  // The stories summarise another publisher's reporting; the schema keeps no link to the
  // original story yet, so the work is identified by its publisher.
  return {
    '@type': 'CreativeWork',
    publisher: { '@type': 'NewsMediaOrganization', name: source.name, url: source.homepageUrl ?? undefined },
  };
}

/**
 * A sponsored story is advertising, not journalism: claiming NewsArticle for it would tell
 * Google News it is editorial work. It is an `Article` with its `sponsor` named (the source
 * stands for whoever paid), keeping everything else a reader's page says about it.
 */
function sponsoredArticleJsonLd(data: WithContext<NewsArticle>, article: ArticleForJsonLd): WithContext<Article> {
  return {
    ...data,
    '@type': 'Article',
    ...(article.source ? { sponsor: { '@type': 'Organization', name: article.source.name } } : {}),
  };
}

/** The article page's structured data: NewsArticle, or Article for a sponsored story. */
export function articleJsonLd(article: ArticleForJsonLd, site: SiteInfo): WithContext<NewsArticle> | WithContext<Article> {
  const data = newsArticleJsonLd(article, site);
  return article.sponsored ? sponsoredArticleJsonLd(data, article) : data;
}

function articleImages(article: ArticleForJsonLd, site: SiteInfo): string[] | ImageObject[] {
  if (!article.images || article.images.length === 0) return [absoluteUrl(site.url, paths.articleImage(article.slug))];
  return article.images.map((image): ImageObject => ({
    '@type': 'ImageObject',
    url: absoluteUrl(site.url, image.url),
    width: `${image.width}`,
    height: `${image.height}`,
  }));
}

export function newsArticleJsonLd(article: ArticleForJsonLd, site: SiteInfo): WithContext<NewsArticle> {
  const url = absoluteUrl(site.url, paths.article(article.slug));
  const source = article.source;
  const otherPublisher = source !== null && isOtherPublisher(source, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.headline,
    description: metaDescription(article.summary),
    image: articleImages(article, site),
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.revisedAt ?? article.publishedAt).toISOString(),
    inLanguage: site.language,
    isAccessibleForFree: true,
    ...(article.section ? { articleSection: article.section.name } : {}),
    author: articleAuthors(article, site),
    publisher: siteOrganization(site),
    ...(otherPublisher ? { isBasedOn: basedOn(source) } : {}),
    ...(article.citationUrls.length > 0
      ? { citation: article.citationUrls.map((citation): CreativeWork => ({ '@type': 'CreativeWork', url: citation })) }
      : {}),
    ...(article.corrections && article.corrections.length > 0
      ? {
          correction: article.corrections.map(
            (record): CorrectionComment => ({
              '@type': 'CorrectionComment',
              text: record.text,
              datePublished: record.publishedAt.toISOString(),
            }),
          ),
        }
      : {}),
  };
}

/** What an author page's JSON-LD says about the person. */
export interface PersonForJsonLd {
  slug: string;
  name: string;
  jobTitle: string;
  bioText: string;
  /** An absolute URL or a path on this site. */
  photoUrl: string | null;
  beats: readonly string[];
  links: readonly { url: string }[];
  updatedAt: Date;
}

/**
 * An author page: a ProfilePage whose main entity is the Person (Google's profile-page
 * markup), with their public links as `sameAs`, beats as `knowsAbout`, and this site as
 * where they work.
 */
export function profilePageJsonLd(person: PersonForJsonLd, site: SiteInfo): WithContext<ProfilePage> {
  const url = absoluteUrl(site.url, paths.author(person.slug));
  const entity: Person = {
    '@type': 'Person',
    '@id': `${url}#person`,
    name: person.name,
    url,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.bioText ? { description: metaDescription(person.bioText) } : {}),
    ...(person.photoUrl ? { image: absoluteUrl(site.url, person.photoUrl) } : {}),
    ...(person.beats.length > 0 ? { knowsAbout: [...person.beats] } : {}),
    ...(person.links.length > 0 ? { sameAs: person.links.map((link) => link.url) } : {}),
    worksFor: { '@id': organizationId(site) },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': url,
    url,
    dateModified: person.updatedAt.toISOString(),
    mainEntity: entity,
  };
}

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbJsonLd(crumbs: Crumb[], site: SiteInfo): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(site.url, crumb.path),
    })),
  };
}

/** The home page's: who publishes the site, and how to search it (sitelinks search box). */
export function homeJsonLd(site: SiteInfo): Graph {
  const searchAction: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: {
      '@type': 'EntryPoint',
      urlTemplate: `${absoluteUrl(site.url, paths.search())}?q={search_term_string}`,
    },
    'query-input': 'required name=search_term_string',
  };
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': websiteId(site),
    name: site.name,
    description: site.description,
    url: absoluteUrl(site.url, paths.home),
    inLanguage: site.language,
    publisher: { '@id': organizationId(site) },
    potentialAction: searchAction,
  };
  return { '@context': 'https://schema.org', '@graph': [siteOrganization(site), website] };
}

/**
 * JSON for a <script type="application/ld+json">. The HTML parser ends a script at the
 * first "</script" whatever the JSON means, so every "<" is written as \u003c — still the
 * same JSON for any parser, and no headline can close the script and start markup.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
