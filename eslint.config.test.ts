import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The layers' import rules in eslint.config.mjs, checked with the real config: each case
 * lints a line of code as if it were a file in that folder (the file need not exist), so a
 * change to the config that lets a bad import through fails here, not in review.
 */
const root = path.dirname(fileURLToPath(import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function errorsOf(rule: string, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = used;\n`, { filePath: path.join(root, file) });
  if (!result) throw new Error(`ESLint returned no result for ${file}`);
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length > 0) throw new Error(`${file} did not parse: ${fatal.map((message) => message.message).join('; ')}`);
  return result.messages.filter((message) => message.ruleId === rule && message.severity === 2).map((message) => message.message);
}
const restrictedImports = (file: string, code: string) => errorsOf('no-restricted-imports', file, code);

describe('layer boundaries (npm run lint)', () => {
  it.each([
    ['db/ importing Next', 'db/queries/lint-probe.ts', "import { cacheTag as used } from 'next/cache';", /db\/ has no Next\.js imports/],
    ['db/ importing next itself', 'db/lint-probe.ts', "import used from 'next';", /db\/ has no Next\.js imports/],
    ['lib/ importing Next', 'lib/newsroom/lint-probe.ts', "import { redirect as used } from 'next/navigation';", /lib\/ has no Next\.js imports/],
    ['lib/ importing app/', 'lib/newsroom/lint-probe.ts', "import { getActor as used } from '@/app/_server/session';", /lib\/ never imports app\//],
    ['lib/ importing app/ by a relative path', 'lib/newsroom/lint-probe.ts', "import { getActor as used } from '../../app/_server/session';", /lib\/ never imports app\//],
    ['components/ importing app/', 'components/admin/lint-probe.tsx', "import { signOut as used } from '@/app/_server/auth';", /components\/ never imports app\//],
    ['components/ importing app/ by a relative path', 'components/admin/lint-probe.tsx', "import { signOut as used } from '../../app/_server/auth';", /components\/ never imports app\//],
    // components/ui is both a readers' folder and components/: both rules must hold there.
    ['a readers’ component importing app/', 'components/ui/lint-probe.tsx', "import { getSections as used } from '@/app/_server/cached-reads';", /components\/ never imports app\//],
    ['a readers’ component importing TipTap', 'components/article/lint-probe.tsx', "import { useEditor as used } from '@tiptap/react';", /TipTap is for the newsroom editor only/],
    ['a readers’ page importing TipTap', 'app/(site)/lint-probe.tsx', "import { useEditor as used } from '@tiptap/react';", /TipTap is for the newsroom editor only/],
    ['a readers’ page importing the editor', 'app/(site)/lint-probe.tsx', "import { ArticleEditor as used } from '@/components/editor/article-editor';", /Editor code stays out/],
    // Links prefetch on intent only, through AppLink (components/ui/app-link.tsx).
    ['a readers’ component importing next/link', 'components/ui/lint-probe.tsx', "import used from 'next/link';", /Use AppLink/],
    ['a readers’ page importing next/link', 'app/(site)/lint-probe.tsx', "import used from 'next/link';", /Use AppLink/],
    ['a newsroom page importing next/link', 'app/admin/lint-probe.tsx', "import used from 'next/link';", /Use AppLink/],
    ['the sign-in page importing next/link', 'app/(auth)/lint-probe.tsx', "import used from 'next/link';", /Use AppLink/],
    // The editor's API took its types from app/ until the command-result contract moved them to lib/.
    ['the editor’s API importing app’s action wrapper', 'components/editor/model/editor-api.ts', "import type { ActionState as Used } from '@/app/_server/action';", /components\/ never imports app\//],
  ])('fails %s', async (_case, file, code, message) => {
    const messages = await restrictedImports(file, code);
    expect(messages).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['db/ importing lib/ and Drizzle', 'db/queries/lint-probe.ts', "import { ROLES } from '@/lib/vocabulary';\nimport { sql as used } from 'drizzle-orm';\nexport { ROLES };"],
    ['lib/ importing db/', 'lib/newsroom/lint-probe.ts', "import { articles as used } from '@/db/schema';"],
    ['components/ importing Next and lib/', 'components/ui/lint-probe.tsx', "import { usePathname as used } from 'next/navigation';\nimport { ROLES } from '@/lib/vocabulary';\nexport { ROLES };"],
    ['AppLink itself importing next/link', 'components/ui/app-link.tsx', "import used from 'next/link';"],
    ['a readers’ page importing the cached reads', 'app/(site)/lint-probe.tsx', "import { getSections as used } from '@/app/_server/cached-reads';"],
    ['the editor importing TipTap', 'components/editor/tiptap/lint-probe.tsx', "import { useEditor as used } from '@tiptap/react';"],
  ])('passes %s', async (_case, file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

describe('readers’ code has no client components (npm run lint)', () => {
  const clientComponent = "'use client';\nconst used = 1;";
  const refusals = (file: string) => errorsOf('no-restricted-syntax', file, clientComponent);

  it.each([
    ['a readers’ component', 'components/ui/lint-probe.tsx'],
    ['an article component', 'components/article/lint-probe.tsx'],
    ['a readers’ page', 'app/(site)/lint-probe.tsx'],
  ])('refuses %s that is one', async (_case, file) => {
    expect(await refusals(file)).toEqual([expect.stringMatching(/run no React in the browser/)]);
  });

  it.each([
    ['AppLink', 'components/ui/app-link.tsx'],
    ['a newsroom component', 'components/admin/lint-probe.tsx'],
    ['a newsroom page', 'app/admin/lint-probe.tsx'],
  ])('lets %s be one', async (_case, file) => {
    expect(await refusals(file)).toEqual([]);
  });
});
