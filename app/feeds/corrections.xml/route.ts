import { getCorrectionsFeed } from '@/app/_server/trust-reads';
import { correctionsFeedXml } from '@/lib/feeds/corrections-feed';
import { xmlResponse } from '@/lib/http/xml-response';
import { siteInfo } from '@/lib/seo/site';

export async function GET() {
  return xmlResponse(correctionsFeedXml(await getCorrectionsFeed(), siteInfo()), 'rss');
}
