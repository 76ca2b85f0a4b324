import type { ArticleCard, PublishedArticle } from '@/db/queries/articles';
import { env } from '@/lib/env';
import type { WebLink } from './around-the-web';
import { ArticleLayout, type ArticleTrust } from './article-layout';

/**
 * The reader's article page, in the reference order: headline, source and time, summary,
 * key points, Latest News, Around The Web. The markup lives in ./article-layout, shared with
 * the newsroom's live preview; this server wrapper supplies the site's time zone.
 */
export function ArticleView({
  article,
  latest,
  webLinks,
  trust,
}: {
  article: PublishedArticle;
  latest: ArticleCard[];
  webLinks: WebLink[];
  trust?: ArticleTrust;
}) {
  return (
    <ArticleLayout article={article} latest={latest} webLinks={webLinks} timeZone={env().SITE_TIME_ZONE} trust={trust} />
  );
}
