import { AppLink } from '@/components/ui/app-link';
import type { SearchResults as Results } from '@/db/queries/search';
import { KindLabel } from '@/components/article/kind-label';
import { CardImageLink } from '@/components/article/story-card';
import { StoryByline } from '@/components/article/story-byline';
import { Highlighted } from '@/lib/search/highlighted';
import { paths } from '@/lib/seo/paths';

function Summary({ results }: { results: Results }) {
  const first = (results.page - 1) * results.pageSize + 1;
  const last = first + results.hits.length - 1;
  const count = results.total === 1 ? '1 story matches' : `${results.total.toLocaleString('en')} stories match`;
  return (
    <p className="search-summary" role="status">
      {count} <q>{results.query}</q>
      {results.total > results.pageSize ? ` · showing ${first}–${last}` : null}
    </p>
  );
}

function SearchPagination({ results }: { results: Results }) {
  const hasPrevious = results.page > 1;
  const hasNext = results.page * results.pageSize < results.total;
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav aria-label="Result pages" className="pagination">
      {hasPrevious ? (
        <a href={paths.search(results.query, results.page - 1)} rel="prev" className="pagination__link pagination__link--newer">
          <span aria-hidden="true">← </span>Previous results
        </a>
      ) : null}
      {hasNext ? (
        <a href={paths.search(results.query, results.page + 1)} rel="next" className="pagination__link pagination__link--older">
          More results<span aria-hidden="true"> →</span>
        </a>
      ) : null}
    </nav>
  );
}

/** Ranked matches with the matching words marked; a friendly word when there are none. */
export function SearchResults({ results }: { results: Results | null }) {
  if (results === null) {
    return <p className="empty">Type a word or two (a name, a place, a topic) to search every story.</p>;
  }
  if (results.hits.length === 0) {
    return (
      <div className="search-empty" role="status">
        <p>
          No stories match <q>{results.query}</q>
          {results.page > 1 ? ' on this page' : ''}.
        </p>
        <p className="empty">
          Try fewer or different words, check the spelling, or put an exact phrase in quotes.
          {results.page > 1 ? (
            <>
              {' '}
              <a href={paths.search(results.query)}>Back to the first results</a>.
            </>
          ) : null}
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="search-results-title" className="search-results">
      <h2 id="search-results-title" className="section-title">
        Results
      </h2>
      <Summary results={results} />
      <ol className="search-results__list">
        {results.hits.map(({ story, markedHeadline, markedSnippet }) => (
          <li key={story.id}>
            <article className={story.image ? 'story-card story-card--thumb search-hit' : 'story-card search-hit'}>
              {story.image ? <CardImageLink slug={story.slug} image={story.image} picture="thumb" /> : null}
              <p className="story-card__meta">
                {story.section ? <span>{story.section.name}</span> : null}
                {story.kind !== 'news' ? <KindLabel kind={story.kind} /> : null}
              </p>
              <h3 className="story-card__headline">
                <AppLink href={paths.article(story.slug)}>
                  <Highlighted value={markedHeadline} />
                </AppLink>
              </h3>
              <p className="search-hit__snippet">
                <Highlighted value={markedSnippet} />
              </p>
              <StoryByline source={story.source} publishedAt={story.publishedAt} />
            </article>
          </li>
        ))}
      </ol>
      <SearchPagination results={results} />
    </section>
  );
}
