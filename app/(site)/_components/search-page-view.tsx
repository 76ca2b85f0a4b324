import type { Metadata } from 'next';
import { SearchResults } from '@/components/search/search-results';
import { SearchForm } from '@/components/ui/search-form';
import { searchStories } from '@/app/_server/cached-reads';
import { metaDescription } from '@/lib/seo/description';
import type { SearchRequest } from '@/lib/search/query';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';

/** The search page's metadata, for the empty form and for a query's results alike. */
export function searchPageMetadata({ query }: SearchRequest): Metadata {
  const site = siteInfo();
  return pageMetadata({
    site,
    title: query ? `Search: ${metaDescription(query, 60)}` : 'Search',
    description: `Search every story on ${site.name}.`,
    path: paths.search(),
    // Result pages are endless and thin: crawlers may follow them, not list them.
    noindex: true,
  });
}

/**
 * The whole page arrives as HTML (no <Suspense> around the results), so the plain GET form
 * and its results work with JavaScript off.
 */
export async function SearchPageView({ request }: { request: SearchRequest }) {
  const results = request.query ? await searchStories(request.query, request.page) : null;
  return (
    <div className="search-page">
      <h1 className="search-page__title">Search</h1>
      <SearchForm id="search-page-query" label="Search stories" variant="page" defaultValue={request.query} />
      <SearchResults results={results} />
    </div>
  );
}
