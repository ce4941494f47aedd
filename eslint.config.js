// Lint: typescript-eslint (type-aware), React hooks, and the layer rules of ARCHITECTURE.md:
//  - pure modules (guide machines, content, engine, lookup, summary, card guard, backup schema)
//    import no React, Dexie, browser globals or app code;
//  - only src/storage touches Dexie / IndexedDB; only src/i18n touches localStorage.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pureFiles = [
  'src/faults/**/*.ts',
  'src/wizard/engine.ts',
  'src/wizard/lookup.ts',
  'src/wizard/summary.ts',
  'src/wizard/incidentRun.ts',
  'src/notes/cardGuard.ts',
  'src/notes/phone.ts',
  'src/storage/recordRules.ts',
  'src/backup/backup.schema.ts',
  'src/report/report.ts',
  'src/practice/**/*.ts',
];

const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'history',
  'fetch',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bench/results/**',
      '.tmp/**',
      'dev-dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Async functions that implement a Promise-returning interface without awaiting are fine.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Only src/storage talks to IndexedDB.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'Only src/i18n uses localStorage.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Only src/i18n uses localStorage.' },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: pureFiles,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', '@xstate/react'],
              message: 'Pure module: no React.',
            },
            {
              group: ['dexie', 'workbox-window'],
              message: 'Pure module: no storage or service worker.',
            },
            {
              group: [
                '**/app/*',
                '**/storage/*.repo',
                '**/storage/db',
                '**/storage/health',
                '**/*.tsx',
              ],
              message: 'Pure module: no app code.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({ name, message: 'Pure module: no browser globals.' })),
      ],
    },
  },
  {
    files: [
      '**/*.{js,mjs}',
      'scripts/**',
      'bench/**',
      'tests/browser/**',
      'vite.config.ts',
      'vitest.setup.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // Tests throw odd values on purpose and set up the browser's storage directly.
      '@typescript-eslint/only-throw-error': 'off',
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
    },
  },
);
