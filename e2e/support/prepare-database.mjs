// Gives the e2e server a known database: a brand-new embedded directory, or the server
// database from DATABASE_URL, migrated and seeded, with the newsroom accounts the tests use.
// Runs before the server starts, while nothing else has the embedded database open.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const run = (command, env = {}) => execSync(command, { stdio: 'inherit', env: { ...process.env, ...env } });

if (!process.env.DATABASE_URL) {
  const dir = process.env.PGLITE_DATA_DIR ?? '.data/e2e';
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { force: true });
}
run('npm run --silent db:migrate');
run('npm run --silent db:seed');

// Must match e2e/support/credentials.ts.
const accounts = [
  { email: 'writer@e2e.test', name: 'Wendy Writer', role: 'writer', password: 'e2e-writer-password' },
  { email: 'editor2@e2e.test', name: 'Eddie Editor', role: 'editor', password: 'e2e-editor-password' },
  { email: 'lockout@e2e.test', name: 'Lockout Target', role: 'writer', password: 'e2e-lockout-password' },
];
for (const account of accounts) {
  try {
    run(`npm run --silent user:create -- --email ${account.email} --name "${account.name}" --role ${account.role}`, {
      NEWSDESK_PASSWORD: account.password,
    });
  } catch {
    // Already there from an earlier run against the same server database.
  }
}

// A picture and a story that leads with it, for e2e/media-library.spec.ts.
run('npx tsx e2e/support/seed-media.ts');
