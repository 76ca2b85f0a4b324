// Types for security-headers.mjs (plain ESM: next.config.mjs imports it).
export declare function publicContentSecurityPolicy(siteUrl: string | undefined): string;
export declare function newsroomContentSecurityPolicy(nonce: string, siteUrl: string | undefined): string;
export declare function baseSecurityHeaders(siteUrl: string | undefined): { key: string; value: string }[];
export declare function securityHeaderRules(
  siteUrl: string | undefined,
): { source: string; headers: { key: string; value: string }[] }[];
