import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { getGlobalWebLinks, getLatest, resolveArticle } from '@/db/queries/public';
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
  return {
    title: article.headlineText,
    description: article.summaryText.slice(0, 300),
    alternates: { canonical: `/articles/${article.slug}` },
  };
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  // Resolved before anything streams, so a missing story is a real 404 and a renamed one a
  // real 308 (after streaming starts, both would answer 200).
  const resolution = await resolveArticle((await params).slug);
  if (resolution.kind === 'redirect') permanentRedirect(`/articles/${resolution.slug}`);
  if (resolution.kind === 'missing') notFound();
  const { article } = resolution;

  const [latest, globalLinks] = await Promise.all([getLatest(LATEST_COUNT + 1), getGlobalWebLinks()]);
  const seen = new Set(article.webLinks.map((link) => link.url));
  return (
    <ArticleView
      article={article}
      latest={latest.filter((story) => story.id !== article.id).slice(0, LATEST_COUNT)}
      webLinks={[...article.webLinks, ...globalLinks.filter((link) => !seen.has(link.url))]}
    />
  );
}
