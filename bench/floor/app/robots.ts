import type { MetadataRoute } from 'next';

/** The same rules as Newsdesk's app/robots.ts, for the fixed-cost comparison (bench/origin.ts). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: ['http://127.0.0.1:3500/sitemap.xml', 'http://127.0.0.1:3500/news-sitemap.xml'],
  };
}
