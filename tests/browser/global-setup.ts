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

/**
 * A production build of the project (into dist/, or `outDir`), with `env` set while it runs (the
 * provider test names its file in POS_RESCUE_PROVIDER, read when the config is loaded).
 */
export async function buildProduction(
  options: { outDir?: string; env?: Record<string, string> } = {},
): Promise<void> {
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test; a build under it would not be a production one.
  const env = { NODE_ENV: 'production', ...options.env };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    await build({
      root: repoRoot,
      configFile: path.join(repoRoot, 'vite.config.ts'),
      mode: 'production',
      logLevel: options.outDir ? 'silent' : 'warn',
      ...(options.outDir ? { build: { outDir: options.outDir, emptyOutDir: true } } : {}),
    });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!distIsFresh(repoRoot)) {
    console.log('[browser tests] dist/ is missing or older than the sources: building…');
    const started = Date.now();
    await buildProduction();
    console.log(`[browser tests] built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
  const server = await startServer({ root: distDir, port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
  };
}
