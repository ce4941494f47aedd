// Taps from the home screen to the first remedy of each guide's most common cause, computed
// from the machines themselves (xstate/graph), so the figure follows the guides when they change.
// The machines are TypeScript: they are loaded through Vite's SSR module loader (no build).
import { createServer } from 'vite';
import { getShortestPaths } from 'xstate/graph';

function metaOf(machine, snapshot) {
  return machine.root.states[String(snapshot.value)]?.meta;
}

/**
 * Runs `fn` with the registry and the engine loaded from the sources (Vite's SSR loader).
 * @param {string} root the repository root
 */
async function withRegistry(root, fn) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const registry = await server.ssrLoadModule('/src/faults/registry.ts');
    const engine = await server.ssrLoadModule('/src/faults/engine.ts');
    return await fn(registry, engine);
  } finally {
    await server.close();
  }
}

/** The fault ids of the registry, in its order. @param {string} root */
export function registryFaultIds(root) {
  return withRegistry(root, ({ faultIds }) => [...faultIds]);
}

/**
 * Each guide's most common cause is its `commonCause` (the remedy states that treat it, e.g.
 * key error → restart / sign in again); any of them counts. @param {string} root
 */
export function tapsToFirstRemedy(root) {
  return withRegistry(root, async ({ faults }, { allChoiceEvents }) => {
    const out = {};
    for (const entry of faults) {
      const guide = await entry.load();
      const target = guide.commonCause;
      const machine = guide.machine;
      const paths = getShortestPaths(machine, { events: allChoiceEvents(guide) }).filter((p) =>
        target.remedies.includes(String(p.state.value)),
      );
      if (paths.length === 0) throw new Error(`bench/taps: ${entry.id} never reaches ${target}`);
      const best = paths.sort((a, b) => a.steps.length - b.steps.length)[0];
      // steps[0] is the initial state (xstate.init); steps[i] is the state after answer i.
      const states = best.steps.map((s) => String(s.state.value));
      const first = best.steps.findIndex((s) => metaOf(machine, s.state)?.kind === 'remedy');
      out[entry.id] = {
        cause: target.cause,
        firstRemedy: states[first],
        // The home card opens the first question (1 tap), then one tap per answer.
        taps: 1 + first,
        path: best.steps.slice(1, first + 1).map((s, i) => `${states[i]} —${s.event.type}→`),
      };
    }
    return out;
  });
}
