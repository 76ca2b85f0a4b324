import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../queries/users';
import { createTestDatabase, type TestDatabase } from '../testing';
import { users } from '../schema';
import { DEMO_EDITOR_EMAIL, ensureDemoEditor, printDemoLogin } from './demo-editor';

let testDb: TestDatabase;
let dataRoot: string;

beforeEach(async () => {
  testDb = await createTestDatabase();
  dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-demo-'));
});

afterEach(async () => {
  await testDb?.destroy();
  fs.rmSync(dataRoot, { recursive: true, force: true });
});

const capture = () => {
  const lines: string[] = [];
  return { lines, log: (line: string) => lines.push(line) };
};

describe('the demo editor in an empty embedded database', () => {
  it('production without DEMO_EDITOR_PASSWORD creates no account with the public email and prints no password', async () => {
    const out = capture();
    const login = await ensureDemoEditor(testDb.db, { dataRoot, production: true, log: out.log });
    expect(login).toBeNull();
    expect(await testDb.db.select().from(users)).toEqual([]);
    expect(out.lines.join('\n')).toContain('npm run user:create');
    expect(out.lines.join('\n')).not.toMatch(/password:/);
    expect(fs.existsSync(path.join(dataRoot, 'demo-login.txt'))).toBe(false);
  });

  it('production with DEMO_EDITOR_PASSWORD creates it, and the password is printed and stored nowhere', async () => {
    const secret = 'operator-chosen-secret';
    const login = await ensureDemoEditor(testDb.db, { password: secret, dataRoot, production: true });
    expect(login).toEqual({ email: DEMO_EDITOR_EMAIL, generatedPassword: null });
    expect((await findUserByEmail(testDb.db, DEMO_EDITOR_EMAIL))?.role).toBe('admin');

    const out = capture();
    printDemoLogin(login!, out.log);
    expect(out.lines.join('\n')).not.toContain(secret);
    expect(fs.existsSync(path.join(dataRoot, 'demo-login.txt'))).toBe(false);
  });

  it('development keeps today’s behaviour: a random password, printed and kept in .data/demo-login.txt', async () => {
    const login = await ensureDemoEditor(testDb.db, { dataRoot, production: false });
    expect(login?.generatedPassword).toMatch(/^[\w-]{12}$/);
    const out = capture();
    printDemoLogin(login!, out.log);
    expect(out.lines.join('\n')).toContain(login!.generatedPassword!);
    expect(fs.readFileSync(path.join(dataRoot, 'demo-login.txt'), 'utf8')).toContain(login!.generatedPassword!);
  });

  it('does nothing once the newsroom has users', async () => {
    await ensureDemoEditor(testDb.db, { password: 'first-password-here', production: true });
    expect(await ensureDemoEditor(testDb.db, { production: false, dataRoot })).toBeNull();
  });
});
