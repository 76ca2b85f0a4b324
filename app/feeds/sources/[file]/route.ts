import { getFeedStories } from '@/app/_server/cached-reads';
import { listFeedXml, slugFromFeedFile } from '@/lib/feeds/list-feed';
import { notFoundResponse, xmlResponse } from '@/lib/http/xml-response';
import { siteInfo } from '@/lib/seo/site';

/** /feeds/sources/<slug>.xml: RSS for one source. */
export async function GET(_request: Request, { params }: RouteContext<'/feeds/sources/[file]'>) {
  const slug = slugFromFeedFile((await params).file);
  const feed = slug ? await getFeedStories({ kind: 'source', slug }) : null;
  if (!feed) return notFoundResponse();
  return xmlResponse(listFeedXml(feed.list, feed.stories, siteInfo(), 'rss'), 'rss');
}
