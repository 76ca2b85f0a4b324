import type { MetadataRoute } from 'next';
import { absoluteUrl, paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';

export default function robots(): MetadataRoute.Robots {
  const site = siteInfo();
  return {
    // The newsroom and the API are not for crawlers; everything readers see is.
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: [absoluteUrl(site.url, paths.sitemap), absoluteUrl(site.url, paths.newsSitemap)],
  };
}
