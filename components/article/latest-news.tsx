import { AppLink } from '@/components/ui/app-link';
import type { ArticleCard } from '@/db/queries/articles';
import { ZonedTimestamp } from '@/components/ui/zoned-timestamp';

/** The compact "Latest News" rail: headline, source and time, newest first. */
export function LatestNews({
  stories,
  timeZone,
  headingId = 'latest-news',
}: {
  stories: ArticleCard[];
  /** The site's zone for exact times; a prop so the newsroom preview can render this too. */
  timeZone: string;
  headingId?: string;
}) {
  return (
    <section className="rail" aria-labelledby={headingId}>
      <h2 id={headingId} className="rail__title">
        Latest News
      </h2>
      <ol className="latest-list">
        {stories.map((story) => (
          <li key={story.id}>
            <AppLink href={`/articles/${story.slug}`} className="latest-list__headline">
              {story.headline}
            </AppLink>
            <span className="latest-list__meta">
              {story.source ? <span>{story.source.name}</span> : null}
              {story.publishedAt ? <ZonedTimestamp date={story.publishedAt} timeZone={timeZone} /> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
