import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';

/**
 * Child processes started by the benchmark. Each gets its own process group (detached), so
 * stopping one ends its whole tree — npm, the shell and Next's node — and nothing else on
 * this shared machine.
 */
const started = new Set<ChildProcess>();

export function spawnGroup(
  command: string,
  args: string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv; logFile: string },
): ChildProcess {
  const log = fs.openSync(options.logFile, 'a');
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** SIGTERM to the group, SIGKILL after `graceMs` if it hasn't exited. */
export async function stopGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // Anything left in the group (a grandchild that ignored SIGTERM) goes too.
  signalGroup(child, 'SIGKILL');
}

/** Last-resort cleanup for exit paths that can't await (SIGINT, uncaught errors). */
export function killAllStartedNow() {
  for (const child of started) signalGroup(child, 'SIGKILL');
}

/** Runs a command to completion in its own group; rejects on a non-zero exit. */
export async function runToEnd(
  command: string,
  args: string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<void> {
  const child = spawnGroup(command, args, options);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}; see ${options.logFile}`);
}

interface ProcInfo {
  pid: number;
  ppid: number;
  rssKiB: number;
  command: string;
}

function readProc(pid: number): ProcInfo | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: the fields after the last ')' are fixed.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
    return { pid, ppid: Number(rest[1]), rssKiB: rss ? Number(rss[1]) : 0, command: cmdline };
  } catch {
    return null;
  }
}

/** The process and all its descendants, from /proc. */
export function processTree(rootPid: number): ProcInfo[] {
  const all: ProcInfo[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readProc(Number(entry));
    if (info) all.push(info);
  }
  const inTree = new Set([rootPid]);
  // Parents usually have lower pids, but not always (pid wrap): repeat until nothing is added.
  let grew = true;
  while (grew) {
    grew = false;
    for (const info of all) {
      if (!inTree.has(info.pid) && inTree.has(info.ppid)) {
        inTree.add(info.pid);
        grew = true;
      }
    }
  }
  return all.filter((info) => inTree.has(info.pid));
}

/** npm and sh only launch the server; their memory is not the server's. */
function isLauncher(info: ProcInfo): boolean {
  return /(^|\/)npm(-cli\.js)?( |$)|npm-cli\.js|^sh -c|^\/bin\/sh -c/.test(info.command) || /\bnpm run\b/.test(info.command);
}

export interface RssSample {
  atMs: number;
  serverMiB: number;
}

/** Samples the server's resident memory (every process in the tree except launchers). */
export class RssSampler {
  private timer: NodeJS.Timeout | undefined;
  readonly samples: RssSample[] = [];
  private readonly phases: { name: string; fromMs: number; toMs: number }[] = [];
  private readonly t0 = performance.now();

  constructor(private readonly rootPid: number) {}

  sampleNow(): number {
    const serverKiB = processTree(this.rootPid)
      .filter((info) => !isLauncher(info))
      .reduce((sum, info) => sum + info.rssKiB, 0);
    const serverMiB = serverKiB / 1024;
    this.samples.push({ atMs: performance.now() - this.t0, serverMiB });
    return serverMiB;
  }

  start(intervalMs = 200) {
    this.sampleNow();
    this.timer = setInterval(() => this.sampleNow(), intervalMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
    this.sampleNow();
  }

  /**
   * Runs `work` as a named phase of the benchmark; the summary gives each phase's peak and
   * last sample, since the run's peak alone doesn't say which phase took the memory there.
   */
  async during<T>(name: string, work: () => Promise<T>): Promise<T> {
    const fromMs = performance.now() - this.t0;
    try {
      return await work();
    } finally {
      this.sampleNow();
      this.phases.push({ name, fromMs, toMs: performance.now() - this.t0 });
    }
  }

  summary() {
    const values = this.samples.map((sample) => sample.serverMiB);
    const byPhase = this.phases.map(({ name, fromMs, toMs }) => ({
      name,
      ...peakAndEnd(this.samples.filter((sample) => sample.atMs >= fromMs && sample.atMs <= toMs).map((sample) => sample.serverMiB)),
    }));
    return { startMiB: round(values[0] ?? 0), ...peakAndEnd(values), samples: values.length, byPhase };
  }

  /** Which processes make up the server now (for the report: is it one node process?). */
  describe(): { pid: number; rssMiB: number; command: string }[] {
    return processTree(this.rootPid).map((info) => ({
      pid: info.pid,
      rssMiB: round(info.rssKiB / 1024),
      command: (isLauncher(info) ? '[launcher] ' : '') + info.command.slice(0, 120),
    }));
  }
}

function peakAndEnd(values: number[]): { peakMiB: number; endMiB: number } {
  return { peakMiB: round(Math.max(0, ...values)), endMiB: round(values.at(-1) ?? 0) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
