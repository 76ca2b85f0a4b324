import type http from 'node:http';

export interface SearchRewrite {
  source: string;
  has: { type: 'query'; key: string; value: string }[];
  destination: string;
}

export declare function searchResultRewrites(): SearchRewrite[];
export declare function searchResultsUrl(url: string): string | undefined;
export declare function withSearchResultsRoute(listener: http.RequestListener): http.RequestListener;
