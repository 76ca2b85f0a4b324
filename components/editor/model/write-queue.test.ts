import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferred } from './test-fixtures';
import { AUTOSAVE_DELAY_MS, WriteQueue } from './write-queue';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A queue whose autosave is due while `due` is true and records each send. */
function queueWith({ due = true }: { due?: boolean } = {}) {
  const autosave = { due, sends: 0 };
  const sent = deferredSends();
  const queue = new WriteQueue({
    due: () => autosave.due,
    send: () => {
      autosave.sends += 1;
      return sent.next();
    },
  });
  return { queue, autosave, sent };
}

/** Each send waits until the test settles it. */
function deferredSends() {
  const waiting: Array<(value: unknown) => void> = [];
  return {
    next: () => {
      const { promise, resolve } = deferred<unknown>();
      waiting.push(resolve);
      return promise;
    },
    settleAll: () => {
      for (const resolve of waiting.splice(0)) resolve(undefined);
    },
  };
}

describe('WriteQueue: one write at a time', () => {
  it('runs writes in order, each after the one before has settled', async () => {
    const { queue } = queueWith();
    const log: string[] = [];
    const first = deferred<void>();
    const a = queue.enqueue(async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
    });
    const b = queue.enqueue(async () => {
      log.push('b');
      return 'b result';
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['a starts']);
    first.resolve();
    await a;
    expect(await b).toBe('b result');
    expect(log).toEqual(['a starts', 'a ends', 'b']);
  });

  it('goes on after a write that failed, and hands its caller the failure', async () => {
    const { queue } = queueWith();
    const failing = queue.enqueue(() => Promise.reject(new Error('boom')));
    const next = queue.enqueue(() => Promise.resolve('still runs'));
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('still runs');
  });
});

describe('WriteQueue: autosave', () => {
  it('waits for a pause in typing: each schedule restarts the countdown', async () => {
    const { queue, autosave } = queueWith();
    queue.scheduleAutosave();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    queue.scheduleAutosave();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(autosave.sends).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(autosave.sends).toBe(1);
  });

  it('keeps at most one autosave waiting behind a write in flight', async () => {
    const { queue, autosave, sent } = queueWith();
    void queue.flush(); // in flight
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 3; i += 1) {
      queue.scheduleAutosave();
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    }
    expect(autosave.sends).toBe(1);
    sent.settleAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.sends).toBe(2);
    sent.settleAll();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(autosave.sends).toBe(2);
  });

  it('asks again at its turn: nothing goes out if the write before made it unnecessary', async () => {
    const { queue, autosave } = queueWith();
    const blocker = deferred<void>();
    void queue.enqueue(() => blocker.promise);
    const waiting = queue.flush();
    autosave.due = false; // the write ahead of it saved everything
    blocker.resolve();
    await waiting;
    expect(autosave.sends).toBe(0);
  });

  it('starts no countdown while not due, and a cancelled one never fires', async () => {
    const { queue, autosave } = queueWith({ due: false });
    queue.scheduleAutosave();
    autosave.due = true;
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(autosave.sends).toBe(0);
    queue.scheduleAutosave();
    queue.cancelAutosave();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(autosave.sends).toBe(0);
  });

  it('flush saves at once instead of waiting out the countdown, and only once', async () => {
    const { queue, autosave, sent } = queueWith();
    queue.scheduleAutosave();
    const flushed = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.sends).toBe(1);
    sent.settleAll();
    await flushed;
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(autosave.sends).toBe(1);
  });
});
