// A throwaway Vite SSR loader over the sources, without the project's config (so without its
// plugins): how the build-time prerender, the manifest shortcuts and the bench read TypeScript
// modules of src/ without a build.
import { createServer } from 'vite';

/** Calls fn with `load(id)` (an absolute module id such as '/src/faults/registry.ts'), then closes. */
export async function withSourceLoader(root, fn) {
  const server = await createServer({
    root,
    configFile: false,
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
