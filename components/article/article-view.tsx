import Link from 'next/link';
import type { ArticleCard, PublishedArticle } from '@/db/queries/articles';
import { renderRichText, safeHref } from '@/lib/content';
import { SourceLogo } from '@/components/ui/source-logo';
import { Dateline } from '@/components/ui/dateline';
import { AroundTheWeb, type WebLink } from './around-the-web';
import { KindLabel } from './kind-label';
import { LatestNews } from './latest-news';

/**
 * The reader's article page, in the reference order: headline, source and time, summary,
 * key points, Latest News, Around The Web.
 */
export function ArticleView({
  article,
  latest,
  webLinks,
}: {
  article: PublishedArticle;
  latest: ArticleCard[];
  webLinks: WebLink[];
}) {
  return (
    <div className="article-layout">
      <article className="article" aria-labelledby="headline">
        <header className="article__header">
          <p className="article__eyebrow">
            {article.section ? <Link href={`/sections/${article.section.slug}`}>{article.section.name}</Link> : null}
            <KindLabel kind={article.kind} />
          </p>
          <h1 id="headline" className="article__headline">
            {renderRichText(article.headline, { inline: true }) ?? article.headlineText}
          </h1>
          <div className="byline" data-testid="byline">
            {article.source ? (
              <Link href={`/sources/${article.source.slug}`} className="byline__source">
                <SourceLogo name={article.source.name} logoUrl={article.source.logoUrl} size={32} />
                <span className="byline__name">{article.source.name}</span>
              </Link>
            ) : null}
            {article.publishedAt ? <Dateline published={article.publishedAt} revised={article.revisedAt} /> : null}
          </div>
        </header>

        <div className="article__summary" data-testid="summary">
          {renderRichText(article.summary)}
        </div>

        {article.keyPoints.length > 0 ? (
          <section className="key-points" aria-labelledby="key-points-title">
            <p className="key-points__label">Key points</p>
            <h2 id="key-points-title" className="key-points__title">
              {article.headlineText}
            </h2>
            <ol className="key-points__list">
              {article.keyPoints.map((point) => (
                <li key={point.id}>
                  <p>
                    {renderRichText(point.content, { inline: true })}
                    <KeyPointSource url={point.sourceUrl} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </article>

      <div className="article-rails">
        <LatestNews stories={latest} />
        <AroundTheWeb links={webLinks} />
      </div>
    </div>
  );
}

function KeyPointSource({ url }: { url: string | null }) {
  const href = safeHref(url);
  if (!href) return null;
  return (
    <>
      {' '}
      <a className="key-points__source" href={href} rel="noopener noreferrer nofollow">
        Source<span className="visually-hidden"> for this point</span>
      </a>
    </>
  );
}
