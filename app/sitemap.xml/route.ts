import { getSitemapArticles, getSitemapOutline } from '@/app/_server/cached-reads';
import { xmlResponse } from '@/lib/http/xml-response';
import { indexXml, partArticleWindow, partCount, partXml } from '@/lib/sitemaps/site-sitemap';
import { siteInfo } from '@/lib/seo/site';

/**
 * Every public page while they fit in one sitemap (50,000 URLs); past that, an index of
 * /sitemaps/N.xml. Not Next's generateSitemaps: it needs the article count to list its
 * ids, which `next dev` asks for in a separate process, one that may not open the
 * embedded database while the server has it open; and it writes no index.
 */
export async function GET() {
  const site = siteInfo();
  const outline = await getSitemapOutline();
  const parts = partCount(outline);
  if (parts > 1) return xmlResponse(indexXml(outline, parts, site), 'xml');
  const { offset, limit } = partArticleWindow(1, outline);
  const articles = await getSitemapArticles(offset, limit);
  return xmlResponse(partXml(1, outline, articles, site), 'xml');
}
