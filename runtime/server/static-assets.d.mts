import type http from 'node:http';

export interface HeaderRule {
  regex: string;
  headers: { key: string; value: string }[];
  has?: unknown[];
  missing?: unknown[];
}
export interface StaticAsset {
  headers: Record<string, string>;
  etag: string;
  raw: Buffer;
  gzipped: Buffer;
}

export declare const STATIC_PREFIX: string;
export declare function configuredHeaders(rules: HeaderRule[], pathname: string): Record<string, string>;
export declare function acceptsGzip(acceptEncoding: string | undefined): boolean;
export declare function staticAssets(root: string): { get(pathname: string): Promise<StaticAsset | null> };
export declare function withStaticAssets(listener: http.RequestListener, root: string): http.RequestListener;
