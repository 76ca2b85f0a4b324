import { cacheLife, cacheTag } from 'next/cache';
import { pngResponse, renderShareCard } from '@/components/og/share-card';
import { resolveArticle } from '@/app/_server/cached-reads';
import { tags } from '@/lib/cache-tags';
import { withEdgeHeaders } from '@/lib/edge/private-responses';
import { siteInfo } from '@/lib/seo/site';
import { isWellFormedSlug } from '@/lib/slug';

/** Drawn once per story and kept like the page: a publish or edit clears the article's tag. */
async function articleCard(slug: string): Promise<Uint8Array | null> {
  'use cache';
  cacheLife({ stale: 300, revalidate: 3600, expire: 7 * 24 * 3600 });
  cacheTag(tags.article(slug));
  const resolution = await resolveArticle(slug);
  if (resolution.kind !== 'article') return null;
  const { article } = resolution;
  return renderShareCard({
    siteName: siteInfo().name,
    kicker: article.section?.name ?? null,
    title: article.headlineText,
    byline: article.source?.name ?? null,
  });
}

export async function GET(_request: Request, { params }: RouteContext<'/og/articles/[slug]'>) {
  const { slug } = await params;
  // Garbage never reaches the cache or the database.
  const png = isWellFormedSlug(slug) ? await articleCard(slug) : null;
  if (!png) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  // The tag articleCard's cached read carries: a publish or edit purges the picture at the edge too.
  return withEdgeHeaders(pngResponse(png), [tags.article(slug)]);
}
