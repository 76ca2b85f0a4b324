import type http from 'node:http';

export declare const PLAIN_TAG: string;
export declare const SPECULATION_RULES: string;
export declare function withoutFrameworkScripts(html: string): string | null;
export declare function isReadersPage(status: number, headers: http.OutgoingHttpHeaders): boolean;
export declare function plainEtag(etag: string): string;
export declare function nextsValidators(ifNoneMatch: string): string;
export declare function withScriptFreePages(listener: http.RequestListener): http.RequestListener;
