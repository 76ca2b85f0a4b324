import { getNewsSitemapArticles } from '@/app/_server/cached-reads';
import { xmlResponse } from '@/lib/http/xml-response';
import { absoluteUrl, paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';
import { newsSitemapXml } from '@/lib/sitemaps/xml';

/** Google News: the stories of the last 48 hours. */
export async function GET() {
  const site = siteInfo();
  const articles = await getNewsSitemapArticles();
  const entries = articles.map((article) => ({
    url: absoluteUrl(site.url, paths.article(article.slug)),
    title: article.headline,
    publishedAt: article.publishedAt,
    ...(article.imageUrl ? { images: [absoluteUrl(site.url, article.imageUrl)] } : {}),
  }));
  return xmlResponse(newsSitemapXml(entries, { name: site.name, language: site.language }), 'xml');
}
