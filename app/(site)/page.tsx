import { LatestNews } from '@/components/article/latest-news';
import { StoryCard } from '@/components/article/story-card';
import { getLatest } from '@/db/queries/public';
import { env } from '@/lib/env';

const LEAD_AND_MORE = 13;

export default async function HomePage() {
  const stories = await getLatest(LEAD_AND_MORE);
  const [lead, ...more] = stories;
  return (
    <div className="home">
      <h1 className="visually-hidden">{env().SITE_NAME}: top stories</h1>
      <div className="home__main">
        {lead ? (
          <section aria-labelledby="top-story" className="home__lead">
            <h2 id="top-story" className="section-title">
              Top story
            </h2>
            <StoryCard story={lead} as="h3" lead />
          </section>
        ) : (
          <p className="empty">No stories have been published yet.</p>
        )}
        {more.length > 0 ? (
          <section aria-labelledby="more-stories">
            <h2 id="more-stories" className="section-title">
              More stories
            </h2>
            <div className="story-grid">
              {more.map((story) => (
                <StoryCard key={story.id} story={story} />
              ))}
            </div>
          </section>
        ) : null}
      </div>
      <div className="home__rail">
        <LatestNews stories={stories.slice(0, 10)} timeZone={env().SITE_TIME_ZONE} />
      </div>
    </div>
  );
}
