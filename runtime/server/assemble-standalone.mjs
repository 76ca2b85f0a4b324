// Runs after `next build`: Next leaves the browser assets (.next/static) and public/ out
// of .next/standalone because a CDN usually serves them; a plain Node host serves them
// from the standalone server, so they are copied in, as the Dockerfile does. And the entry
// point that runs Next's server.js behind its front listeners (serve.mjs and its modules).
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const standalone = path.join(root, '.next', 'standalone');

if (!fs.existsSync(path.join(standalone, 'server.js'))) {
  console.error('No .next/standalone/server.js: is `output: "standalone"` still set in next.config.mjs?');
  process.exit(1);
}

for (const [from, to] of [
  [path.join(root, '.next', 'static'), path.join(standalone, '.next', 'static')],
  [path.join(root, 'public'), path.join(standalone, 'public')],
]) {
  fs.rmSync(to, { recursive: true, force: true });
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
}

const entryDir = path.join(standalone, 'runtime', 'server');
fs.mkdirSync(entryDir, { recursive: true });
for (const file of ['serve.mjs', 'front-listeners.mjs', 'static-assets.mjs', 'cached-variants.mjs', 'page-cache.mjs', 'script-free-pages.mjs', 'search-results-route.mjs']) {
  fs.copyFileSync(path.join(root, 'runtime', 'server', file), path.join(entryDir, file));
}
// static-assets.mjs stamps prerendered routes with the route cache's edge headers. The cache
// handler imports the same module, so Next's tracing copies it too; this keeps the entry
// point whole whichever cache handler the build uses.
const edgeKeysDir = path.join(standalone, 'lib', 'edge');
fs.mkdirSync(edgeKeysDir, { recursive: true });
fs.copyFileSync(path.join(root, 'lib', 'edge', 'edge-keys.mjs'), path.join(edgeKeysDir, 'edge-keys.mjs'));
