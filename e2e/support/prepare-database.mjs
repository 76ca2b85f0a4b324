// Gives the e2e server a known database: a brand-new embedded directory, or the server
// database from DATABASE_URL brought up to date and seeded (idempotent).
import { execSync } from 'node:child_process';
import fs from 'node:fs';

if (!process.env.DATABASE_URL) {
  const dir = process.env.PGLITE_DATA_DIR ?? '.data/e2e';
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { force: true });
}
// The seed reads DEMO_EDITOR_PASSWORD (set by playwright.config.ts) to create the demo
// editor the newsroom tests sign in as; pass the whole environment on explicitly.
const options = { stdio: 'inherit', env: { ...process.env } };
execSync('npm run --silent db:migrate', options);
execSync('npm run --silent db:seed', options);
