import type { SiteInfo } from '@/lib/seo/site';

/** The site every feed and SEO test renders for: a fixed https origin, English. */
export const testSite: SiteInfo = {
  name: 'Newsdesk',
  url: 'https://news.example.com',
  description: 'News, summarised.',
  language: 'en',
  locale: 'en_US',
};
