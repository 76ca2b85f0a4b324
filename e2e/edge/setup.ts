import { execSync } from 'node:child_process';
import { originEnv, ROOT, startEdge, startOrigin, stopEdge, stopOrigin } from './environment';

/**
 * Builds the app against its own database (unless EDGE_E2E_SKIP_BUILD=1, for reruns on a
 * build already made with this environment), then starts the origin and Varnish.
 */
export default async function setup() {
  await stopEdge();
  await stopOrigin();
  const env = originEnv();
  execSync('node e2e/support/prepare-database.mjs', { cwd: ROOT, env, stdio: 'inherit' });
  if (process.env.EDGE_E2E_SKIP_BUILD !== '1') execSync('npm run build', { cwd: ROOT, env, stdio: 'inherit' });
  await startOrigin();
  await startEdge();
}
