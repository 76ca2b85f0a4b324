import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DatabaseLockedError } from './embedded-lock';

let tmp: string;
let sleeper: ChildProcess | undefined;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-lock-'));
});

afterAll(() => {
  if (sleeper && sleeper.exitCode === null) sleeper.kill();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh data directory path per test; the lock file sits next to it. */
function dataDir(name: string) {
  const dir = path.join(tmp, name);
  return { dir, lockPath: `${dir}.lock` };
}

describe('acquireDataDirLock', () => {
  it('writes our pid to the lock file and release removes it', () => {
    const { dir, lockPath } = dataDir('basic');
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
    // Releasing twice is harmless.
    expect(() => release()).not.toThrow();
  });

  it('can be taken again after release', () => {
    const { dir, lockPath } = dataDir('again');
    acquireDataDirLock(dir)();
    const release = acquireDataDirLock(dir);
    expect(fs.existsSync(lockPath)).toBe(true);
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('lets the same process acquire twice', () => {
    const { dir, lockPath } = dataDir('twice');
    const release = acquireDataDirLock(dir);
    let second: (() => void) | undefined;
    expect(() => {
      second = acquireDataDirLock(dir);
    }).not.toThrow();
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    // The inner release must not pull the lock from under the outer holder.
    second?.();
    expect(fs.existsSync(lockPath)).toBe(true);
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('refuses a lock held by another live process, naming its pid', async () => {
    const { dir, lockPath } = dataDir('held');
    sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    await new Promise<void>((resolve, reject) => {
      sleeper!.once('spawn', resolve);
      sleeper!.once('error', reject);
    });
    const pid = sleeper.pid!;
    fs.writeFileSync(lockPath, String(pid));

    let thrown: unknown;
    try {
      acquireDataDirLock(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatabaseLockedError);
    expect((thrown as Error).message).toContain(`pid ${pid}`);
    expect((thrown as Error).message).toContain(dir);
    // The other process keeps its lock.
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(String(pid));

    sleeper.kill();
    await new Promise((resolve) => (sleeper!.exitCode !== null || sleeper!.signalCode !== null ? resolve(null) : sleeper!.once('exit', resolve)));
  });

  it('takes over a stale lock left by a process that has exited', () => {
    const { dir, lockPath } = dataDir('stale');
    const finished = spawnSync('true');
    expect(finished.status).toBe(0);
    expect(finished.pid).toBeGreaterThan(0);
    fs.writeFileSync(lockPath, String(finished.pid));

    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('takes over a lock file with garbage in it', () => {
    const { dir, lockPath } = dataDir('garbage');
    fs.writeFileSync(lockPath, 'not a pid');
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
  });
});
