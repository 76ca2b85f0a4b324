import { Feed } from 'feed';
import { CORRECTION_TYPE_LABELS, type CorrectionType } from '../vocabulary';
import { absoluteUrl, paths } from '../seo/paths';
import type { SiteInfo } from '../seo/site';
import { cdataText } from './build-feed';
import { entryContentHtml, escapeHtmlText } from './html';

export interface FeedCorrectionInput {
  id: string;
  type: CorrectionType;
  text: unknown;
  textPlain: string;
  createdAt: Date;
  article: { slug: string; headline: string };
}

/** The RSS feed of /corrections: each record is an entry, titled by its type and story. */
export function correctionsFeedXml(records: readonly FeedCorrectionInput[], site: SiteInfo): string {
  const pageUrl = absoluteUrl(site.url, paths.corrections);
  const feed = new Feed({
    id: pageUrl,
    title: cdataText(`${site.name}: corrections and notes`),
    description: cdataText(`Every correction, clarification and editor’s note on ${site.name} stories.`),
    link: pageUrl,
    language: site.language,
    image: absoluteUrl(site.url, paths.logo),
    favicon: absoluteUrl(site.url, paths.logo),
    copyright: `© ${site.name}`,
    generator: site.name,
    // Never "now": an unchanged list must give a byte-identical feed.
    updated: records[0]?.createdAt ?? new Date(0),
    feedLinks: { rss: absoluteUrl(site.url, paths.correctionsFeed) },
  });
  for (const record of records) {
    const url = `${absoluteUrl(site.url, paths.article(record.article.slug))}#corrections`;
    const id = `urn:uuid:${record.id}`;
    feed.addItem({
      title: cdataText(`${CORRECTION_TYPE_LABELS[record.type]}: ${record.article.headline}`),
      id,
      guid: id,
      link: url,
      date: record.createdAt,
      published: record.createdAt,
      description: escapeHtmlText(record.textPlain),
      content: entryContentHtml({ summary: record.text, keyPoints: [], url, siteName: site.name }),
    });
  }
  return feed.rss2();
}
