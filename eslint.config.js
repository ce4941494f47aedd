// Lint: typescript-eslint (type-aware), React hooks, and the layer rules of ARCHITECTURE.md:
//  - imports point down the layers only (`layers` below, the same list as ARCHITECTURE.md's
//    diagram), features of one layer do not import each other, and there are no cycles;
//  - pure modules (guide machines, content, engine, lookup, card guard, backup schema)
//    import no React, Dexie, browser globals or app code;
//  - only src/storage touches Dexie / IndexedDB; only src/i18n (the language) and the write
//    queues' journal (src/storage/journal.ts) touch localStorage;
//  - screens never reach the storage itself: they read and write through the stores and data
//    hooks of src/infra (the repositories, opening and the queues are not theirs to import);
//  - no component function over 200 lines.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, top to bottom: a folder may import from the layers below it, never from one
 * above; folders within one layer (the features) do not import each other.
 */
export const layers = [
  ['src/main.tsx'],
  ['src/app'],
  ['src/practice'],
  ['src/wizard'],
  ['src/notes', 'src/terminals', 'src/report', 'src/backup', 'src/pwa', 'src/lookup'],
  ['src/ui'],
  ['src/infra'],
  ['src/i18n'],
  ['src/storage'],
  ['src/faults'],
  ['src/rules'],
];

/** One `import-x/no-restricted-paths` zone per folder: everything above it, and its siblings. */
function layerZones() {
  return layers
    .flatMap((layer, i) =>
      layer.map((target) => ({
        target: `./${target}`,
        from: [...layers.slice(0, i).flat(), ...layer.filter((f) => f !== target)].map(
          (f) => `./${f}`,
        ),
        message: `${target} may only import from the layers below it (ARCHITECTURE.md).`,
      })),
    )
    .filter((zone) => zone.from.length > 0);
}

const pureFiles = [
  'src/faults/**/*.ts',
  'src/rules/**/*.ts',
  'src/lookup/*.ts',
  'src/i18n/runText.ts',
  'src/wizard/incidentRun.ts',
  'src/storage/merge.ts',
  'src/storage/recordRules.ts',
  'src/backup/backup.schema.ts',
  'src/report/report.ts',
  'src/notes/noteDraft.machine.ts',
  'src/practice/**/*.ts',
];

/** The folders whose code renders screens (everything above src/infra). */
export const screenFolders = layers
  .slice(
    0,
    layers.findIndex((layer) => layer.includes('src/infra')),
  )
  .flat()
  .filter((f) => f !== 'src/main.tsx');

/**
 * What screens may not import from src/storage: the repositories (committed writes that reject
 * and bypass the write queues), opening the storage, the database, the memory repos, the queue
 * and its journal. Types are fine (a screen names a MonthStats), values are not.
 */
export const storageInternals = [
  '**/storage/*.repo',
  '**/storage/openStorage',
  '**/storage/db',
  '**/storage/memory',
  '**/storage/writeQueue',
  '**/storage/journal',
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
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
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
    // Production code only: a test may drive the whole app from any folder.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.testkit.{ts,tsx}', 'src/**/testUtils.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones() }] },
  },
  {
    // No component over 200 lines (issue 21): a screen is split into its sections.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/**/*.testkit.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 200 }] },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Screens read and write records through the stores (services) and the data hooks.
    files: screenFolders.map((f) => `${f}/**/*.{ts,tsx}`),
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.testkit.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: storageInternals,
              allowTypeImports: true,
              message:
                'Screens reach records through the stores and data hooks (infra/services, infra/useRecords), never the storage itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // The write queues' journal: synchronous, so a page that goes away loses nothing queued.
    files: ['src/storage/journal.ts'],
    rules: { 'no-restricted-globals': 'off' },
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
                '**/infra/*',
                '**/storage/*.repo',
                '**/storage/db',
                '**/storage/openStorage',
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
    files: ['**/*.test.{ts,tsx}', '**/*.testkit.{ts,tsx}', 'tests/**'],
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
