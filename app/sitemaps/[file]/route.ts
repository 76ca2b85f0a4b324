import { getSitemapArticles, getSitemapOutline } from '@/app/_server/cached-reads';
import { notFoundResponse, xmlResponse } from '@/lib/http/xml-response';
import { parsePartFileName } from '@/lib/sitemaps/plan';
import { partArticleWindow, partCount, partXml } from '@/lib/sitemaps/site-sitemap';
import { siteInfo } from '@/lib/seo/site';

/** /sitemaps/N.xml: one part of a sitemap too large for one file (see /sitemap.xml). */
export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const part = parsePartFileName((await params).file);
  if (part === null) return notFoundResponse();
  const outline = await getSitemapOutline();
  if (part > partCount(outline)) return notFoundResponse();
  const { offset, limit } = partArticleWindow(part, outline);
  const articles = await getSitemapArticles(offset, limit);
  return xmlResponse(partXml(part, outline, articles, siteInfo()), 'xml');
}
