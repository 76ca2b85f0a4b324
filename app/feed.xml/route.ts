import { getFeedStories } from '@/app/_server/cached-reads';
import { listFeedXml } from '@/lib/feeds/list-feed';
import { notFoundResponse, xmlResponse } from '@/lib/http/xml-response';
import { siteInfo } from '@/lib/seo/site';

export async function GET() {
  const feed = await getFeedStories({ kind: 'latest' });
  if (!feed) return notFoundResponse();
  return xmlResponse(listFeedXml(feed.list, feed.stories, siteInfo(), 'rss'), 'rss');
}
