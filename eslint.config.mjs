import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Readers' pages ship almost no JavaScript: the editor (TipTap, admin code) must never
    // reach them through an import. components/editor may use these, not the other way round.
    files: ['app/(site)/**', 'components/article/**', 'components/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/components/editor', '@/components/editor/*', '**/components/editor/*'], message: 'Editor code stays out of readers’ pages.' },
            { group: ['@/components/admin/*', '@/app/admin/*'], message: 'Admin code stays out of readers’ pages.' },
            { group: ['@tiptap/*'], message: 'TipTap is for the newsroom editor only.' },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', '.data/**', 'node_modules/**', 'drizzle/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
