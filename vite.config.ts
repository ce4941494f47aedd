/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderHome } from './scripts/prerender-plugin.js';
import { providerFile } from './scripts/provider-plugin.js';
import { cspMeta, pwaOptions, registryShortcuts } from './src/pwa/pwa.config.js';

export default defineConfig({
  plugins: [
    // A provider's own copy (provider.json), checked: a bad file fails the build naming the field.
    providerFile(),
    react(),
    registryShortcuts(),
    VitePWA(pwaOptions),
    prerenderHome(),
    cspMeta(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: {
      // The entry chunk and its CSS are always loaded already (the page's own <script> and
      // <link>): preloading them again from a lazy chunk is a wasted request, and Firefox reports
      // that modulepreload as a failed load.
      resolveDependencies: (_file, deps) =>
        deps.filter((dep) => !/(^|\/)assets\/index-[\w-]+\.(js|css)$/.test(dep)),
    },
  },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['./vitest.setup.ts'],
          // Screen tests walk whole guides with an IndexedDB commit per step; CI has 2 cores.
          testTimeout: 20_000,
        },
      },
      {
        // Playwright + Debian's chromium against the production build (tests/browser/harness.ts).
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['./tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
