import { metaDescription } from './description';
import { absoluteUrl, paths } from './paths';
import type { SiteInfo } from './site';

/*
 * The head of every public page, built here so the rules live in one tested place. The
 * shapes match Next's `Metadata` (routes return these as such) without importing Next.
 * Relative URLs resolve against `metadataBase` (SITE_URL), set in the root layout.
 */

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface FeedLink {
  title: string;
  url: string;
  format: 'rss' | 'atom';
}

export interface ArticleFacts {
  publishedAt: Date;
  /** When an editor last marked a change substantive; null if never. */
  revisedAt: Date | null;
  sectionName: string | null;
  /** The source's profile page, standing in for an author page. */
  authorPath: string | null;
}

export interface PageMetadataInput {
  site: SiteInfo;
  /** The page's own title; the layout's template adds the site name. */
  title: string;
  /** Use the title as it is, without the site name (the home page). */
  absoluteTitle?: boolean;
  /** Plain text; cut to a meta description here. */
  description: string;
  /** The canonical path of this page. */
  path: string;
  /** The share image; without a size it is a generated 1200×630 PNG card (/og/...). */
  image?: { path: string; alt: string; width?: number; height?: number; type?: string };
  /** Feeds besides the site-wide ones (a section's or source's own). */
  feeds?: FeedLink[];
  article?: ArticleFacts;
  /** Pages that should be followed but not listed in results (search results). */
  noindex?: boolean;
}

interface ImageDescriptor {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

interface OpenGraphBase {
  url: string;
  title: string;
  description: string;
  siteName: string;
  locale: string;
  images: ImageDescriptor[];
}

export type OpenGraphFields =
  | (OpenGraphBase & { type: 'website' })
  | (OpenGraphBase & {
      type: 'article';
      publishedTime: string;
      modifiedTime: string;
      section?: string;
      authors?: string[];
    });

export interface PageMetadata {
  title: string | { absolute: string };
  description: string;
  alternates: {
    canonical: string;
    types: Record<string, { url: string; title: string }[]>;
  };
  openGraph: OpenGraphFields;
  twitter: {
    card: 'summary_large_image';
    title: string;
    description: string;
    images: { url: string; alt: string }[];
  };
  robots: { index: boolean; follow: boolean; 'max-image-preview': 'large' };
}

const FEED_TYPES = { rss: 'application/rss+xml', atom: 'application/atom+xml' } as const;

export function siteFeeds(site: SiteInfo): FeedLink[] {
  return [
    { title: `${site.name} (RSS)`, url: paths.rssFeed, format: 'rss' },
    { title: `${site.name} (Atom)`, url: paths.atomFeed, format: 'atom' },
  ];
}

function feedTypes(feeds: FeedLink[]): PageMetadata['alternates']['types'] {
  const types: PageMetadata['alternates']['types'] = {};
  for (const feed of feeds) {
    const type = FEED_TYPES[feed.format];
    (types[type] ??= []).push({ url: feed.url, title: feed.title });
  }
  return types;
}

/**
 * Title, description, canonical URL, Open Graph and Twitter cards, and feed discovery.
 * Each page sets all of them: Next replaces (not merges) a parent's `openGraph` or
 * `alternates` when a page sets its own, so a page that set only some would lose the rest.
 */
export function pageMetadata(input: PageMetadataInput): PageMetadata {
  const { site } = input;
  const description = metaDescription(input.description);
  const image = input.image ?? { path: paths.defaultImage, alt: site.name };
  const images = [
    {
      url: image.path,
      width: image.width ?? OG_IMAGE_SIZE.width,
      height: image.height ?? OG_IMAGE_SIZE.height,
      alt: image.alt,
      type: image.type ?? 'image/png',
    },
  ];
  const base: OpenGraphBase = {
    url: input.path,
    title: input.title,
    description,
    siteName: site.name,
    locale: site.locale,
    images,
  };
  const openGraph: OpenGraphFields = input.article
    ? {
        ...base,
        type: 'article',
        publishedTime: input.article.publishedAt.toISOString(),
        modifiedTime: (input.article.revisedAt ?? input.article.publishedAt).toISOString(),
        ...(input.article.sectionName ? { section: input.article.sectionName } : {}),
        ...(input.article.authorPath ? { authors: [absoluteUrl(site.url, input.article.authorPath)] } : {}),
      }
    : { ...base, type: 'website' };

  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description,
    alternates: {
      canonical: input.path,
      types: feedTypes([...siteFeeds(site), ...(input.feeds ?? [])]),
    },
    openGraph,
    twitter: {
      card: 'summary_large_image',
      title: input.title,
      description,
      images: images.map(({ url, alt }) => ({ url, alt })),
    },
    // Large previews in Search and Discover need the site's explicit permission (Google's
    // max-image-preview); a page kept out of the index still has its links followed.
    robots: { index: !input.noindex, follow: true, 'max-image-preview': 'large' },
  };
}
