import { env } from '../env';

/** What every page, feed, sitemap and structured-data block says about the site itself. */
export interface SiteInfo {
  name: string;
  /** The configured public origin (SITE_URL), without a trailing slash. */
  url: string;
  description: string;
  /** BCP 47, for feeds, sitemaps and <html lang>. */
  language: string;
  /** Open Graph's spelling of the same. */
  locale: string;
}

export const SITE_DESCRIPTION = 'The day’s news in short: summaries and key points from trusted sources.';

export function siteInfo(): SiteInfo {
  const { SITE_NAME, SITE_URL } = env();
  return {
    name: SITE_NAME,
    url: SITE_URL.replace(/\/+$/, ''),
    description: SITE_DESCRIPTION,
    language: 'en',
    locale: 'en_US',
  };
}
