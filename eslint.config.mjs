import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** `next` and its subpaths: db/ and lib/ run without Next (tests, CLIs, drizzle-kit). */
const noNext = (layer) => ({
  group: ['next', 'next/*', '@next/*'],
  message: `${layer} has no Next.js imports: cached reads and Next glue live in app/_server, server and cache-handler modules in runtime/.`,
});

const appMessage = (layer) => `${layer} never imports app/: pass what it needs in, or move the module to app/.`;

/** `../app/...`, `../../app/...`: the same import written as a relative path. */
const appRelative = (layer) => ({ regex: String.raw`^(\.\./)+app(/|$)`, message: appMessage(layer) });

const noApp = (layer) => [{ group: ['@/app', '@/app/*'], message: appMessage(layer) }, appRelative(layer)];

/*
 * Readers' pages ship almost no JavaScript: the editor (TipTap, admin code) must never reach
 * them through an import. components/editor may use these, not the other way round.
 */
const readersPagePatterns = [
  { group: ['@/components/editor', '@/components/editor/*', '**/components/editor/*'], message: 'Editor code stays out of readers’ pages.' },
  { group: ['@/components/admin/*', '@/app/admin/*'], message: 'Admin code stays out of readers’ pages.' },
  { group: ['@tiptap/*'], message: 'TipTap is for the newsroom editor only.' },
];

/* Every link goes through AppLink, which prefetches on intent only (components/ui/app-link.tsx). */
const appLinkOnly = [{ name: 'next/link', message: 'Use AppLink (components/ui/app-link): links prefetch on intent only.' }];

/*
 * On a Node host readers' pages reach the browser without React (runtime/server/script-free-pages.mjs):
 * a client component in them would render and never run.
 */
const noClientComponents = [
  'error',
  {
    selector: "Program > ExpressionStatement[directive='use client']",
    message:
      "Readers' pages run no React in the browser (runtime/server/script-free-pages.mjs): a client component here would render and never run. Use a page script (components/ui/relative-times-script.tsx), or keep it in the newsroom.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers' import rules (DESIGN.md, "Layout"). ESLint keeps one set of options per rule
  // and file: a later block's `no-restricted-imports` replaces an earlier one's, so every
  // block below lists all the patterns that hold for its files.
  {
    files: ['db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNext('db/')] }] },
  },
  {
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNext('lib/'), ...noApp('lib/')] }] },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { paths: appLinkOnly, patterns: noApp('components/') }] },
  },
  {
    files: ['app/**'],
    rules: { 'no-restricted-imports': ['error', { paths: appLinkOnly }] },
  },
  {
    files: ['app/(site)/**'],
    rules: { 'no-restricted-imports': ['error', { paths: appLinkOnly, patterns: readersPagePatterns }] },
  },
  {
    files: ['components/ui/**'],
    rules: { 'no-restricted-imports': ['error', { paths: appLinkOnly, patterns: [...readersPagePatterns, ...noApp('components/')] }] },
  },
  {
    files: ['components/ui/app-link.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...readersPagePatterns, ...noApp('components/')] }] },
  },
  {
    files: ['components/article/**'],
    rules: { 'no-restricted-imports': ['error', { paths: appLinkOnly, patterns: [...readersPagePatterns, ...noApp('components/')] }] },
  },
  {
    files: ['components/admin/**', 'components/editor/**'],
    rules: { 'no-restricted-imports': ['error', { paths: appLinkOnly, patterns: noApp('components/') }] },
  },
  {
    files: ['app/admin/**'],
    rules: { 'no-restricted-imports': ['error', { paths: appLinkOnly }] },
  },
  {
    files: ['app/(site)/**', 'components/ui/**', 'components/article/**', 'components/search/**', 'components/seo/**'],
    // AppLink is next/link for `next dev` and Vercel, where readers' pages keep Next's router.
    ignores: ['components/ui/app-link.tsx'],
    rules: { 'no-restricted-syntax': noClientComponents },
  },
  globalIgnores(['.next/**', '.data/**', 'node_modules/**', 'drizzle/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
