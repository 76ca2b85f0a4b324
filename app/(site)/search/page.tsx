import type { Metadata } from 'next';
import { SearchPageView, searchPageMetadata } from '@/app/(site)/_components/search-page-view';
import { parseSearchRequest } from '@/lib/search/query';

/*
 * `/search` itself: the empty form. A query's results are served by ./[query]/[page], where
 * runtime/server/search-results-route.mjs sends `/search?q=…`, cached per query. Should
 * a query reach this page all the same, it is answered here, per request.
 * `instant = false` says the page is meant to wait for its data.
 */
export const instant = false;

type Props = PageProps<'/search'>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchPageMetadata(parseSearchRequest(await searchParams));
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchPageView request={parseSearchRequest(await searchParams)} />;
}
