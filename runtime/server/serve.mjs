// The production entry point, copied into .next/standalone/runtime/server by
// assemble-standalone.mjs: `npm start` (start.mjs) and the Docker image both run it. It
// puts the cached-variant listener in front (cached-variants.mjs), then starts Next's own
// standalone server.
import { serveCachedVariantsFirst } from './cached-variants.mjs';

serveCachedVariantsFirst();
await import(new URL('../../server.js', import.meta.url).href);
