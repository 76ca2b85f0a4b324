import type { Metadata } from 'next';
import { SearchPageView, searchPageMetadata } from '@/app/(site)/_components/search-page-view';
import { searchRequestFromSegments } from '@/lib/search/query';
import { BUILD_PLACEHOLDER_SLUG } from '@/lib/slug';

/*
 * One query's results, rendered on its first request and then served from the route cache
 * like an article: runtime/server/search-results-route.mjs sends `/search?q=…&page=…`
 * here. The page carries the tag of the results it shows (searchStories), so a publish
 * refreshes it.
 */

// One query is rendered at build so the route's static parts are checked; every other query
// renders on its first request.
export function generateStaticParams() {
  return [{ query: BUILD_PLACEHOLDER_SLUG, page: '1' }];
}

type Props = PageProps<'/search/[query]/[page]'>;

async function requestOf({ params }: Props) {
  const { query, page } = await params;
  return searchRequestFromSegments(query, page);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return searchPageMetadata(await requestOf(props));
}

export default async function SearchResultsPage(props: Props) {
  return <SearchPageView request={await requestOf(props)} />;
}
