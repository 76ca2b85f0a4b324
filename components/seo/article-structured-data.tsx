import type { PublishedArticle } from '@/db/queries/articles';
import { numberCitations } from '@/lib/content';
import { structuredDataVariants } from '@/lib/media/picture';
import { articleJsonLd, breadcrumbJsonLd, type Crumb } from '@/lib/seo/json-ld';
import { isSponsoredKind } from '@/lib/vocabulary';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';
import { JsonLd } from './json-ld';

/** NewsArticle and BreadcrumbList for one story page. */
export function ArticleStructuredData({
  article,
  corrections = [],
}: {
  article: PublishedArticle;
  corrections?: readonly { textPlain: string; createdAt: Date }[];
}) {
  const site = siteInfo();
  if (!article.publishedAt) return null;
  const crumbs: Crumb[] = [
    { name: site.name, path: paths.home },
    ...(article.section ? [{ name: article.section.name, path: paths.section(article.section.slug) }] : []),
    { name: article.headlineText, path: paths.article(article.slug) },
  ];
  // The same numbered sources readers see after the key points, in the same order.
  const citationUrls = numberCitations(article.keyPoints).sources.map((citation) => citation.href);
  return (
    <>
      <JsonLd
        data={articleJsonLd(
          {
            slug: article.slug,
            headline: article.headlineText,
            summary: article.summaryText,
            publishedAt: article.publishedAt,
            revisedAt: article.revisedAt,
            source: article.source,
            section: article.section,
            citationUrls,
            corrections: corrections.map((record) => ({ text: record.textPlain, publishedAt: record.createdAt })),
            sponsored: isSponsoredKind(article.kind),
            authors: article.bylines,
            images: article.leadImage ? structuredDataVariants(article.leadImage) : [],
          },
          site,
        )}
      />
      <JsonLd data={breadcrumbJsonLd(crumbs, site)} />
    </>
  );
}
