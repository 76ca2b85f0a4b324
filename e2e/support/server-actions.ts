import fs from 'node:fs';

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename: string;
  exportedName: string;
}

const ANY_ID = '00000000-0000-4000-8000-000000000000';

/** The build's server actions, from its own manifest: what a caller could POST to. */
function manifestEntries(): [string, ManifestEntry][] {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node);
}

/** Every newsroom action, with a page path where the build registered it. */
export function newsroomActions(): { id: string; name: string; path: string }[] {
  return manifestEntries()
    .filter(([, entry]) => entry.filename.startsWith('app/admin') || entry.filename.startsWith('components/admin'))
    .map(([id, entry]) => {
      const worker = Object.keys(entry.workers).find((name) => name.startsWith('app/admin')) ?? 'app/admin/page';
      const path = worker.replace(/^app/, '').replace(/\/page$/, '').replace('[id]', ANY_ID);
      return { id, name: `${entry.filename}#${entry.exportedName}`, path: path || '/admin' };
    });
}

/** The id of one of the article editor's actions. */
export function articleActionId(exportedName: string): string {
  const entry = manifestEntries().find(
    ([, action]) => action.filename === 'app/admin/articles/[id]/actions.ts' && action.exportedName === exportedName,
  );
  if (!entry) throw new Error(`No server action ${exportedName} in the build`);
  return entry[0];
}
