import { pngResponse, renderShareCard } from '@/components/og/share-card';
import { siteInfo } from '@/lib/seo/site';

// Reads no data: prerendered at build as the share picture of every page without its own.
export async function GET() {
  const site = siteInfo();
  const png = await renderShareCard({
    siteName: site.name,
    kicker: 'News, summarised',
    title: site.description,
    byline: new URL(site.url).host,
  });
  return pngResponse(png, 3600);
}
