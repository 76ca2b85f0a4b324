import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { createUser } from '../../lib/users/manage';
import type { Database } from '../connection';
import { users } from '../schema';

export const DEMO_EDITOR_EMAIL = 'editor@newsdesk.test';

/**
 * On a newsroom with no users yet, creates the demo editor (an admin, so every screen can be
 * tried) and returns its login for printing. The password comes from DEMO_EDITOR_PASSWORD or
 * is random; it is also written to .data/demo-login.txt so it isn't lost with the console.
 */
export async function ensureDemoEditor(
  db: Database,
  { password, dataRoot }: { password?: string; dataRoot?: string } = {},
): Promise<{ email: string; password: string } | null> {
  const [row] = await db.select({ value: count() }).from(users);
  if ((row?.value ?? 0) > 0) return null;
  const secret = password ?? randomBytes(9).toString('base64url');
  const result = await createUser(db, null, {
    email: DEMO_EDITOR_EMAIL,
    name: 'Demo Editor',
    role: 'admin',
    password: secret,
  });
  if (!result.ok) throw new Error(`Could not create the demo editor: ${result.message}`);
  if (dataRoot) {
    fs.mkdirSync(dataRoot, { recursive: true });
    fs.writeFileSync(
      path.join(dataRoot, 'demo-login.txt'),
      `Newsdesk demo editor\nemail: ${DEMO_EDITOR_EMAIL}\npassword: ${secret}\n`,
      { mode: 0o600 },
    );
  }
  return { email: DEMO_EDITOR_EMAIL, password: secret };
}

export function printDemoLogin(login: { email: string; password: string }, log: (line: string) => void) {
  log('Demo newsroom login (sign in at /signin):');
  log(`  email:    ${login.email}`);
  log(`  password: ${login.password}`);
}
