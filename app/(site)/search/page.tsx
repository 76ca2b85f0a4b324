import type { Metadata } from 'next';
import { SearchResults } from '@/components/search/search-results';
import { SearchForm } from '@/components/ui/search-form';
import { searchStories } from '@/app/_server/cached-reads';
import { metaDescription } from '@/lib/seo/description';
import { parseSearchRequest } from '@/lib/search/query';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';

/*
 * Rendered per request (the query is in the URL) with no <Suspense> around the results:
 * the HTML arrives whole, so the plain GET form and its results work with JavaScript off.
 * `instant = false` says the page is meant to wait for its data. Results themselves are
 * cached per (query, page) in searchStories.
 */
export const instant = false;

type Props = PageProps<'/search'>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseSearchRequest(await searchParams);
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

export default async function SearchPage({ searchParams }: Props) {
  const request = parseSearchRequest(await searchParams);
  const results = request.query ? await searchStories(request.query, request.page) : null;
  return (
    <div className="search-page">
      <h1 className="search-page__title">Search</h1>
      <SearchForm id="search-page-query" label="Search stories" variant="page" defaultValue={request.query} />
      <SearchResults results={results} />
    </div>
  );
}
