import { AppLink } from '@/components/ui/app-link';
import type { ArticleCard } from '@/db/queries/articles';
import { numberCitations, renderRichText } from '@/lib/content';
import type { ImageRef } from '@/lib/media/image-ref';
import { type ArticleKind, isSponsoredKind } from '@/lib/vocabulary';
import { SourceLogo } from '@/components/ui/source-logo';
import { Dateline } from '@/components/ui/dateline';
import { AroundTheWeb, type WebLink } from './around-the-web';
import { CorrectionNotice, CorrectionsSection, type CorrectionView } from './corrections';
import { CitationLink } from './citation-link';
import { SponsoredDisclosure } from './sponsored-disclosure';
import { AuthorByline, type BylinePerson } from './author-byline';
import { KindLabel } from './kind-label';
import { LeadImageFigure } from './lead-image';
import { LatestNews } from './latest-news';

/** What the article page shows of a story: a published one, or a newsroom draft in preview. */
export interface ArticleContent {
  kind: ArticleKind | null;
  /** Stored TipTap JSON; rendered through the allowlist renderer. */
  headline: unknown;
  headlineText: string;
  summary: unknown;
  publishedAt: Date | null;
  /** Set when an editor marked a change substantive: readers see "Updated". */
  revisedAt?: Date | null;
  section: { slug: string; name: string } | null;
  source: { slug: string; name: string; logoUrl: string | null } | null;
  keyPoints: { id: string; content: unknown; sourceUrl: string | null }[];
  /** The people who wrote it, in order ("By A and B"). */
  bylines?: readonly BylinePerson[];
  /** The lead image, shown between the byline and the summary; this story's caption for it. */
  leadImage?: ImageRef | null;
  leadImageCaption?: string | null;
}

/** What readers' pages add around the story: its corrections and its public change log. */
export interface ArticleTrust {
  corrections?: readonly CorrectionView[];
  /** The change log's address; "Updated …" links to it. */
  historyHref?: string;
}

/*
 * These components are pure presentation with no server-only imports: readers' pages render
 * them on the server, and the newsroom's live preview renders the very same components in
 * the browser, so the preview cannot drift from what readers get. `idPrefix` keeps element
 * ids unique when a page shows more than one story (preview beside a conflict view); it is
 * empty on readers' pages.
 */

/** The story itself, in the reference order: headline, source and time, summary, key points. */
export function ArticleBody({
  article,
  timeZone,
  idPrefix = '',
  trust = {},
}: {
  article: ArticleContent;
  timeZone: string;
  idPrefix?: string;
  trust?: ArticleTrust;
}) {
  const records = trust.corrections ?? [];
  const headlineId = `${idPrefix}headline`;
  const keyPointsTitleId = `${idPrefix}key-points-title`;
  // Paid-for stories say so up front, and every link in them is marked rel="sponsored".
  const sponsored = isSponsoredKind(article.kind);
  const citations = numberCitations(article.keyPoints).perPoint;
  return (
    <article className="article" aria-labelledby={headlineId}>
      <header className="article__header">
        <p className="article__eyebrow">
          {article.section ? <AppLink href={`/sections/${article.section.slug}`}>{article.section.name}</AppLink> : null}
          <KindLabel kind={article.kind} />
        </p>
        <h1 id={headlineId} className="article__headline">
          {renderRichText(article.headline, { inline: true }) ?? article.headlineText}
        </h1>
        <div className="byline" data-testid="byline">
          {article.source ? (
            <AppLink href={`/sources/${article.source.slug}`} className="byline__source">
              <SourceLogo name={article.source.name} logoUrl={article.source.logoUrl} size={32} />
              <span className="byline__name">{article.source.name}</span>
            </AppLink>
          ) : null}
          <AuthorByline people={article.bylines ?? []} />
          {article.publishedAt ? (
            <Dateline
              published={article.publishedAt}
              revised={article.revisedAt ?? null}
              timeZone={timeZone}
              historyHref={trust.historyHref}
            />
          ) : null}
        </div>
        <CorrectionNotice records={records} timeZone={timeZone} />
        {sponsored ? <SponsoredDisclosure sponsor={article.source?.name ?? null} /> : null}
      </header>

      {article.leadImage ? <LeadImageFigure image={article.leadImage} caption={article.leadImageCaption} /> : null}

      <div className="article__summary" data-testid="summary">
        {renderRichText(article.summary, { sponsored })}
      </div>

      {article.keyPoints.length > 0 ? (
        <section className="key-points" aria-labelledby={keyPointsTitleId}>
          <p className="key-points__label">Key points</p>
          <h2 id={keyPointsTitleId} className="key-points__title">
            {article.headlineText}
          </h2>
          <ol className="key-points__list">
            {article.keyPoints.map((point, index) => (
              <li key={point.id}>
                <p>
                  {renderRichText(point.content, { inline: true, sponsored })}
                  <CitationLink citation={citations[index] ?? null} sponsored={sponsored} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <CorrectionsSection records={records} timeZone={timeZone} idPrefix={idPrefix} />
    </article>
  );
}

/** The whole article page body: the story, then the Latest News and Around The Web rails. */
export function ArticleLayout({
  article,
  latest,
  webLinks,
  timeZone,
  idPrefix = '',
  trust,
}: {
  article: ArticleContent;
  latest: ArticleCard[];
  webLinks: WebLink[];
  timeZone: string;
  idPrefix?: string;
  trust?: ArticleTrust;
}) {
  return (
    <div className="article-layout">
      <ArticleBody article={article} timeZone={timeZone} idPrefix={idPrefix} trust={trust} />

      <div className="article-rails">
        <LatestNews stories={latest} timeZone={timeZone} headingId={`${idPrefix}latest-news`} />
        <AroundTheWeb
          links={webLinks}
          headingId={`${idPrefix}around-the-web`}
          sponsored={isSponsoredKind(article.kind)}
        />
      </div>
    </div>
  );
}
