// Global setup of the 'browser' Vitest project: makes sure dist/ holds a
// production build that is newer than the sources, serves it on a free
// loopback port, and hands the URL to the tests (`inject('baseUrl')`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { distIsFresh } from '../../scripts/distFresh.mjs';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server for dist/, e.g. http://127.0.0.1:40123 (no trailing slash). */
    baseUrl: string;
    /** Absolute path of the production build, for tests that start their own server. */
    distDir: string;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = path.join(repoRoot, 'dist');

async function buildDist(): Promise<void> {
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test; a build under it would not be a production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: repoRoot,
      configFile: path.join(repoRoot, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!distIsFresh(repoRoot)) {
    console.log('[browser tests] dist/ is missing or older than the sources: building…');
    const started = Date.now();
    await buildDist();
    console.log(`[browser tests] built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
  const server = await startServer({ root: distDir, port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
  };
}
