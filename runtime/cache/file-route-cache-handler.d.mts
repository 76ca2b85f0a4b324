// Types for file-route-cache-handler.mjs (plain ESM: next.config.mjs loads it by path).
export default class FileRouteCacheHandler {
  constructor(ctx: Record<string, unknown>);
  get(key: string, ctx: unknown): Promise<unknown>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
}

export function needsFlightData(flushToDisk: boolean, data: unknown, ctx: unknown): boolean;
export const NOT_FOUND_ENTRIES: number;
export function routeCacheMaxBytes(env?: Record<string, string | undefined>): number;
export function isNotFoundEntry(data: unknown): boolean;
export function evictOldest(root: string, target: number): Promise<number>;
