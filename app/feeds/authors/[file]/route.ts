import { getFeedStories } from '@/app/_server/cached-reads';
import { listFeedXml, slugFromFeedFile } from '@/lib/feeds/list-feed';
import { notFoundResponse, xmlResponse } from '@/lib/http/xml-response';
import { siteInfo } from '@/lib/seo/site';

/** /feeds/authors/<slug>.xml: RSS for one person's stories. */
export async function GET(_request: Request, { params }: RouteContext<'/feeds/authors/[file]'>) {
  const slug = slugFromFeedFile((await params).file);
  const feed = slug ? await getFeedStories({ kind: 'person', slug }) : null;
  if (!feed) return notFoundResponse();
  return xmlResponse(listFeedXml(feed.list, feed.stories, siteInfo(), 'rss'), 'rss');
}
