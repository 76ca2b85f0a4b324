import type { Metadata } from 'next';
import { LatestNews } from '@/components/article/latest-news';
import { StoryCard } from '@/components/article/story-card';
import { JsonLd } from '@/components/seo/json-ld';
import { ListPagination } from '@/components/ui/list-pagination';
import { getStoryList } from '@/app/_server/cached-reads';
import { homeJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { env } from '@/lib/env';
import { HOME_MORE_CARDS } from '@/lib/paging/page-sizes';
import { siteInfo } from '@/lib/seo/site';

export function generateMetadata(): Metadata {
  const site = siteInfo();
  return pageMetadata({
    site,
    title: `${site.name}: news, summarised`,
    absoluteTitle: true,
    description: site.description,
    path: paths.home,
  });
}

// The first page only, fully prerendered: older pages (?before=) are served by /stories
// (see next.config.mjs), so reading searchParams never makes the front page dynamic.
export default async function HomePage() {
  const found = await getStoryList({ kind: 'latest' }, null);
  const page = found?.page ?? { stories: [], older: null, newer: null };
  const [lead, ...rest] = page.stories;
  const more = rest.slice(0, HOME_MORE_CARDS);
  const latest = rest.slice(HOME_MORE_CARDS);
  const site = siteInfo();
  return (
    <div className="home">
      <JsonLd data={homeJsonLd(site)} />
      <h1 className="visually-hidden">{site.name}: top stories</h1>
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
        <ListPagination listPath={paths.home} page={page} />
      </div>
      {latest.length > 0 ? (
        <div className="home__rail">
          <LatestNews stories={latest} timeZone={env().SITE_TIME_ZONE} />
        </div>
      ) : null}
    </div>
  );
}
