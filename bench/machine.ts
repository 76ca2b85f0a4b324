import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cpus: number;
  memoryGiB: number;
  loadAverage: number[];
  node: string;
  os: string;
  date: string;
  gitCommit: string;
  gitDirty: boolean;
  chromium: string | null;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export function describeMachine(chromiumPath: string | null): MachineInfo {
  const cpus = os.cpus();
  let chromium: string | null = null;
  if (chromiumPath) {
    try {
      chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      chromium = chromiumPath;
    }
  }
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    // What Node may use (cgroup limits included), not just the host's core count.
    cpus: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    // Other work on the machine depresses every figure: the load average says how much there was.
    loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    gitCommit: git(['rev-parse', '--short', 'HEAD']),
    gitDirty: git(['status', '--porcelain', '--untracked-files=no']) !== '',
    chromium,
  };
}
