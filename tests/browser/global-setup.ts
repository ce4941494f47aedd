// Global setup of the 'browser' Vitest project: makes sure dist/ holds a
// production build that is newer than the sources, serves it on a free
// loopback port, and hands the URL to the tests (`inject('baseUrl')`).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
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

/** What a build depends on; dist/ is rebuilt when any of these is newer. */
const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(target: string): number {
  let st;
  try {
    st = statSync(target);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted file shows only as a newer directory
  for (const entry of readdirSync(target)) {
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function distIsFresh(): boolean {
  const built = newestMtime(path.join(distDir, 'index.html'));
  if (built === 0) return false;
  return BUILD_INPUTS.every((input) => newestMtime(path.join(repoRoot, input)) <= built);
}

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
  if (!distIsFresh()) {
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
