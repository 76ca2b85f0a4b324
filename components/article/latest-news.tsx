import Link from 'next/link';
import type { ArticleCard } from '@/db/queries/articles';
import { Timestamp } from '@/components/ui/timestamp';

/** The compact "Latest News" rail: headline, source and time, newest first. */
export function LatestNews({ stories, headingId = 'latest-news' }: { stories: ArticleCard[]; headingId?: string }) {
  return (
    <section className="rail" aria-labelledby={headingId}>
      <h2 id={headingId} className="rail__title">
        Latest News
      </h2>
      <ol className="latest-list">
        {stories.map((story) => (
          <li key={story.id}>
            <Link href={`/articles/${story.slug}`} className="latest-list__headline">
              {story.headline}
            </Link>
            <span className="latest-list__meta">
              {story.source ? <span>{story.source.name}</span> : null}
              {story.publishedAt ? <Timestamp date={story.publishedAt} /> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
