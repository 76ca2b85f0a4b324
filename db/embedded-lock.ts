import fs from 'node:fs';

/**
 * PGlite gives no error when a second process opens the same data directory, and rows are
 * then silently lost. A lock file holding the owner's pid turns that into a clear error.
 */
export class DatabaseLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database at ${dataDir} is open in another process (pid ${pid}). ` +
        'Stop that process first (a running `npm run dev` or `npm start`), or point ' +
        'PGLITE_DATA_DIR at another directory.',
    );
    this.name = 'DatabaseLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates the lock file with our pid already in it, so no reader ever sees it empty. */
function tryCreateLock(lockPath: string): boolean {
  const draft = `${lockPath}.${process.pid}.tmp`;
  fs.writeFileSync(draft, String(process.pid));
  try {
    fs.linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreateLock(lockPath)) {
      const release = () => {
        process.off('exit', release);
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return release;
    }
    const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
    if (owner === process.pid) return () => {};
    if (Number.isFinite(owner) && isAlive(owner)) throw new DatabaseLockedError(dataDir, owner);
    // The owner died without cleaning up (kill -9, crash): the lock is stale.
    fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
