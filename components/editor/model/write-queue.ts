/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 2_000;

export interface Autosave {
  /** Whether an autosave should go out; asked when one is scheduled, when it fires and at its turn. */
  due: () => boolean;
  /** Sends the draft as it is at that moment. */
  send: () => Promise<unknown>;
}

/**
 * The session's writes, one at a time, and the autosave that rides on them.
 *
 * One at a time, in order: each write carries the version the previous one returned, and
 * two requests in flight would race for the same version — the second would always
 * "conflict" with the first. Autosave coalesces: at most one waits in the line, and it sends
 * whatever the draft is when its turn comes, so a long request never piles up stale copies.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private autosaveWaiting = false;

  constructor(
    private readonly autosave: Autosave,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  /** Runs `task` once every write queued before it has settled, whatever their outcome. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Restarts the countdown to an autosave: it goes out once typing pauses. */
  scheduleAutosave(): void {
    this.cancelAutosave();
    if (!this.autosave.due()) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.queueAutosave();
    }, this.delayMs);
  }

  /** Stops a waiting countdown (a command is about to save anyway, or the page is going away). */
  cancelAutosave(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Autosaves now if one is due (tab hidden, leaving); otherwise it waits its turn. */
  flush(): Promise<void> {
    this.cancelAutosave();
    return this.queueAutosave();
  }

  private queueAutosave(): Promise<void> {
    if (this.autosaveWaiting || !this.autosave.due()) return Promise.resolve();
    this.autosaveWaiting = true;
    return this.enqueue(async () => {
      this.autosaveWaiting = false;
      // Asked again at its turn: the write before it may have saved everything or hit a conflict.
      if (!this.autosave.due()) return;
      await this.autosave.send();
    });
  }
}
