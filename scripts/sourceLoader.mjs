// A throwaway Vite SSR loader over the sources, without the project's config (so without its
// plugins, but those a caller passes): how the build-time prerender, the manifest shortcuts and
// the bench read TypeScript modules of src/ without a build.
import { createServer } from 'vite';

/**
 * Calls fn with `load(id)` (an absolute module id such as '/src/faults/registry.ts'), then closes.
 * `plugins`: what the loaded modules need of the build (the prerender: the provider's modules).
 */
export async function withSourceLoader(root, fn, { plugins = [] } = {}) {
  const server = await createServer({
    root,
    configFile: false,
    plugins,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await fn((id) => server.ssrLoadModule(id));
  } finally {
    await server.close();
  }
}
