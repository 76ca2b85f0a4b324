import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { ArticleStructuredData } from '@/components/seo/article-structured-data';
import { getGlobalWebLinks, getLatest, resolveArticle } from '@/app/_server/cached-reads';
import { getArticleCorrections } from '@/app/_server/trust-reads';
import { listFeedLink } from '@/lib/feeds/list-feed';
import { articleShareImage } from '@/lib/seo/article-share-image';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';
import { BUILD_PLACEHOLDER_SLUG } from '@/lib/slug';

const LATEST_COUNT = 6;

// Build one article so the route's static parts are checked at build; every other article
// renders on its first request and is cached from then on (build time stays flat).
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const resolution = await resolveArticle((await params).slug);
  if (resolution.kind !== 'article') return {};
  const { article } = resolution;
  const site = siteInfo();
  return pageMetadata({
    site,
    title: article.headlineText,
    description: article.summaryText,
    path: paths.article(article.slug),
    image: articleShareImage(article),
    article: {
      publishedAt: article.publishedAt ?? new Date(0),
      revisedAt: article.revisedAt,
      sectionName: article.section?.name ?? null,
      // article:author names the first byline's page; a story without bylines, its source's.
      authorPath: article.bylines[0] ? paths.author(article.bylines[0].slug) : article.source ? paths.source(article.source.slug) : null,
    },
    feeds: article.section ? listFeedLink({ kind: 'section', section: article.section }, site) : [],
  });
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  // Resolved before anything streams, so a missing story is a real 404 and a renamed one a
  // real 308 (after streaming starts, both would answer 200).
  const resolution = await resolveArticle((await params).slug);
  if (resolution.kind === 'redirect') permanentRedirect(`/articles/${resolution.slug}`);
  if (resolution.kind === 'missing') notFound();
  const { article } = resolution;

  const [latest, globalLinks, corrections] = await Promise.all([
    getLatest(LATEST_COUNT + 1),
    getGlobalWebLinks(),
    getArticleCorrections(article.slug),
  ]);
  const seen = new Set(article.webLinks.map((link) => link.url));
  return (
    <>
      <ArticleStructuredData article={article} corrections={corrections} />
      <ArticleView
        article={article}
        latest={latest.filter((story) => story.id !== article.id).slice(0, LATEST_COUNT)}
        webLinks={[...article.webLinks, ...globalLinks.filter((link) => !seen.has(link.url))]}
        trust={{ corrections, historyHref: paths.articleHistory(article.slug) }}
      />
    </>
  );
}
