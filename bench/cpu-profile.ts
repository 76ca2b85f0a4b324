import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

/**
 * Top self-time functions of the biggest .cpuprofile in `dir` (the server's: npm's own
 * profile, also written because NODE_OPTIONS reaches it, is tiny).
 */
export function summariseProfiles(dir: string, limit = 15) {
  if (!fs.existsSync(dir)) return undefined;
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(dir, name))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  const file = files[0];
  if (!file) return undefined;
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const microsPerSample = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  const self = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
  }
  const totalHits = [...self.values()].reduce((sum, hits) => sum + hits, 0);
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, hits]) => ({
      function: name.length > 110 ? `${name.slice(0, 107)}...` : name,
      selfMs: Math.round((hits * microsPerSample) / 1000),
      percent: Math.round((hits / Math.max(1, totalHits)) * 1000) / 10,
    }));
  return { file: path.relative(process.cwd(), file), top };
}
