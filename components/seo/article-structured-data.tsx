import type { PublishedArticle } from '@/db/queries/articles';
import { safeHref } from '@/lib/content';
import { structuredDataVariants } from '@/lib/media/picture';
import { breadcrumbJsonLd, newsArticleJsonLd, type Crumb } from '@/lib/seo/json-ld';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';
import { JsonLd } from './json-ld';

/** NewsArticle and BreadcrumbList for one story page. */
export function ArticleStructuredData({ article }: { article: PublishedArticle }) {
  const site = siteInfo();
  if (!article.publishedAt) return null;
  const crumbs: Crumb[] = [
    { name: site.name, path: paths.home },
    ...(article.section ? [{ name: article.section.name, path: paths.section(article.section.slug) }] : []),
    { name: article.headlineText, path: paths.article(article.slug) },
  ];
  const citationUrls = article.keyPoints.flatMap((point) => {
    const href = safeHref(point.sourceUrl);
    return href ? [href] : [];
  });
  return (
    <>
      <JsonLd
        data={newsArticleJsonLd(
          {
            slug: article.slug,
            headline: article.headlineText,
            summary: article.summaryText,
            publishedAt: article.publishedAt,
            revisedAt: article.revisedAt,
            source: article.source,
            section: article.section,
            citationUrls: [...new Set(citationUrls)],
            images: article.leadImage ? structuredDataVariants(article.leadImage) : [],
          },
          site,
        )}
      />
      <JsonLd data={breadcrumbJsonLd(crumbs, site)} />
    </>
  );
}
