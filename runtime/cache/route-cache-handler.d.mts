/** The route-cache handler Next loads when REDIS_URL is set (route-cache-handler.mjs). */
export default class RouteCacheHandler {
  constructor(options: { serverDistDir?: string } & Record<string, unknown>);
  revalidateTag(...args: unknown[]): Promise<void>;
}
