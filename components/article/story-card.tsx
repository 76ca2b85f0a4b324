import Link from 'next/link';
import type { ArticleCard } from '@/db/queries/articles';
import { CorrectedMarker } from './corrections';
import { KindLabel } from './kind-label';
import { StoryByline } from './story-byline';

type HeadingLevel = 'h2' | 'h3';

/** A story in a list: headline link, optional teaser, source and time. */
export function StoryCard({
  story,
  as: Heading = 'h3',
  teaser = true,
  lead = false,
}: {
  story: ArticleCard;
  as?: HeadingLevel;
  teaser?: boolean;
  lead?: boolean;
}) {
  return (
    <article className={lead ? 'story-card story-card--lead' : 'story-card'}>
      <p className="story-card__meta">
        {story.section ? <span className="story-card__section">{story.section.name}</span> : null}
        {story.kind !== 'news' ? <KindLabel kind={story.kind} /> : null}
        {story.corrected ? <CorrectedMarker /> : null}
      </p>
      <Heading className="story-card__headline">
        <Link href={`/articles/${story.slug}`}>{story.headline}</Link>
      </Heading>
      {teaser ? <p className="story-card__teaser">{story.summary}</p> : null}
      <StoryByline source={story.source} publishedAt={story.publishedAt} />
    </article>
  );
}
