// `npm start`: runs the standalone server that `npm run build` assembled. Three things
// differ from `next start` and are settled here, before the server changes directory into
// .next/standalone:
// - `.env` files in the project are loaded (the standalone server doesn't read them);
// - a relative PGLITE_DATA_DIR stays relative to the project, not to .next/standalone,
//   which every build wipes;
// - `-p/--port` and `-H/--hostname` still work, as with `next start`.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import nextEnv from '@next/env';

const root = process.cwd();
const server = path.join(root, '.next', 'standalone', 'runtime', 'server', 'serve.mjs');
if (!fs.existsSync(server)) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}

nextEnv.loadEnvConfig(root, false);

const args = process.argv.slice(2);
for (let index = 0; index < args.length; index += 1) {
  const [flag, inline] = args[index].split('=');
  const value = inline ?? args[index + 1];
  if (inline === undefined && ['-p', '--port', '-H', '--hostname'].includes(flag)) index += 1;
  if (flag === '-p' || flag === '--port') process.env.PORT = value;
  else if (flag === '-H' || flag === '--hostname') process.env.HOSTNAME = value;
  else {
    console.error(`Unknown option ${args[index]}. Use -p/--port and -H/--hostname, or the PORT and HOSTNAME variables.`);
    process.exit(1);
  }
}

process.env.PGLITE_DATA_DIR = path.resolve(root, process.env.PGLITE_DATA_DIR || '.data/pglite');

await import(pathToFileURL(server).href);
