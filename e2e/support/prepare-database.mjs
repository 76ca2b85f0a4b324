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
// admin the newsroom tests sign in as; pass the whole environment on explicitly.
if (!process.env.DEMO_EDITOR_PASSWORD) {
  console.error('prepare-database: DEMO_EDITOR_PASSWORD is not set; the newsroom tests could not sign in.');
  process.exit(1);
}
const env = { ...process.env };
execSync('npm run --silent db:migrate', { stdio: 'inherit', env });
execSync('npm run --silent db:seed', { stdio: 'inherit', env });
