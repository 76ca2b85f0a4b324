import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, count, eq, isNull } from 'drizzle-orm';
import { createUser } from '../../lib/users/manage';
import type { Database } from '../connection';
import { people, users } from '../schema';
import { DEMO_EDITOR_PERSON_SLUG } from './demo-people';

export const DEMO_EDITOR_EMAIL = 'editor@newsdesk.test';

export interface DemoLogin {
  email: string;
  /** Only a password this code made up (development); null when it came from DEMO_EDITOR_PASSWORD. */
  generatedPassword: string | null;
}

/**
 * On a newsroom with no users yet, creates the demo editor (an admin, so every screen can be
 * tried) and returns its login for printing.
 *
 * In production it is created only when asked — DEMO_EDITOR_PASSWORD set — because its email
 * is public (it is in this file): an embedded-database site used to come up with a known
 * admin account and its password in the start log. A password the operator chose is never
 * printed or written anywhere. In development a random one is made up, printed, and written
 * to .data/demo-login.txt so it isn't lost with the console.
 */
export async function ensureDemoEditor(
  db: Database,
  {
    password,
    dataRoot,
    production = process.env.NODE_ENV === 'production',
    log,
  }: { password?: string; dataRoot?: string; production?: boolean; log?: (line: string) => void } = {},
): Promise<DemoLogin | null> {
  const [row] = await db.select({ value: count() }).from(users);
  if ((row?.value ?? 0) > 0) return null;
  if (production && !password) {
    log?.('No users yet. Create the first admin with `npm run user:create`, or set DEMO_EDITOR_PASSWORD for a demo admin.');
    return null;
  }
  const generatedPassword = password ? null : randomBytes(9).toString('base64url');
  const result = await createUser(db, null, {
    email: DEMO_EDITOR_EMAIL,
    name: 'Demo Editor',
    role: 'admin',
    password: password ?? generatedPassword,
  });
  if (!result.ok) throw new Error(`Could not create the demo editor: ${result.message}`);
  // The demo editor writes as Morgan Hale: their new stories start with that byline.
  await db
    .update(people)
    .set({ userId: result.value.userId })
    .where(and(eq(people.slug, DEMO_EDITOR_PERSON_SLUG), isNull(people.userId)));
  if (dataRoot && generatedPassword) {
    fs.mkdirSync(dataRoot, { recursive: true });
    fs.writeFileSync(
      path.join(dataRoot, 'demo-login.txt'),
      `Newsdesk demo editor\nemail: ${DEMO_EDITOR_EMAIL}\npassword: ${generatedPassword}\n`,
      { mode: 0o600 },
    );
  }
  return { email: DEMO_EDITOR_EMAIL, generatedPassword };
}

export function printDemoLogin(login: DemoLogin, log: (line: string) => void) {
  log('Demo newsroom login (sign in at /signin):');
  log(`  email:    ${login.email}`);
  log(`  password: ${login.generatedPassword ?? 'the one in DEMO_EDITOR_PASSWORD'}`);
}
