import { execSync } from 'node:child_process';
import { originEnv, ROOT, startEdge, startOrigin, stopEdge, stopOrigin } from './environment';

/**
 * Builds the app against a fresh database of its own, then starts the origin and Varnish.
 * EDGE_E2E_SKIP_BUILD=1 reruns on the last build and its database as they are: a fresh
 * database under an old build would meet cached reads (section and source ids) of the old one.
 */
export default async function setup() {
  await stopEdge();
  await stopOrigin();
  const env = originEnv();
  if (process.env.EDGE_E2E_SKIP_BUILD !== '1') {
    execSync('node e2e/support/prepare-database.mjs', { cwd: ROOT, env, stdio: 'inherit' });
    execSync('npm run build', { cwd: ROOT, env, stdio: 'inherit' });
  }
  await startOrigin();
  await startEdge();
}
