import type http from 'node:http';

export declare function withStaticAssets(listener: http.RequestListener, root: string): http.RequestListener;
