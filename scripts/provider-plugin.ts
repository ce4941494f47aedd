/**
 * A provider's own copy (issue 22): a POS service provider that hosts the app for its merchants
 * writes `provider.json` in the project root (a sample: deploy/provider.sample.json; what it may
 * hold: src/rules/provider.schema.ts) before `npm run build`. This plugin reads it, checks it, and
 * fails the build (and `npm run dev`) with one line per bad field:
 *
 *   provider.json: hotlines[1].number: not a phone number (…)
 *
 * The environment variable POS_RESCUE_PROVIDER names another file instead (the browser test
 * builds with the sample that way; the file must then exist). The app receives:
 *  - `virtual:pos-rescue/provider`: the checked file, or null; imported lazily, by
 *    src/infra/provider.ts only, so it is a small chunk of its own (precached like every chunk);
 *  - `virtual:pos-rescue/provider-welcome`: the one-line welcome or null, the only part on the
 *    first path (the home screen shows it, prerendered);
 *  - `__POS_PROVIDER__`: whether there is a file. Without one it is `false`, the bundler drops
 *    the lazy import, and the build is byte for byte what it was before this plugin.
 * Under Vitest (mode `test`) no file is read: the lazy import stays and yields null, and a test
 * gives its own copy with `vi.mock('virtual:pos-rescue/provider', …)`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { ProviderInfo, parseProviderFile } from '../src/rules/provider.schema';
import { withSourceLoader } from './sourceLoader.mjs';

export const PROVIDER_FILE = 'provider.json';
export const PROVIDER_ENV = 'POS_RESCUE_PROVIDER';
export const PROVIDER_MODULE = 'virtual:pos-rescue/provider';
export const WELCOME_MODULE = 'virtual:pos-rescue/provider-welcome';

/** The provider file of a build: the one POS_RESCUE_PROVIDER names, else root/provider.json. */
export function providerFilePath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const named = env[PROVIDER_ENV];
  return named ? path.resolve(root, named) : path.join(root, PROVIDER_FILE);
}

/** An error for the person who wrote the file: Vite prints the stack, so it is the message alone. */
function fileError(message: string): Error {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}

/**
 * The checked provider file, or null when there is none. Throws, naming the file and each bad
 * field, when the file is bad, or when POS_RESCUE_PROVIDER names a file that does not exist.
 * The rules are read from the sources by a throwaway loader (as the manifest's shortcuts are,
 * src/pwa/pwa.config.ts), only when there is a file: the config bundler does not follow them.
 */
export async function readProviderFile(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProviderInfo | null> {
  const file = providerFilePath(root, env);
  const name = path.relative(root, file) || file;
  if (!existsSync(file)) {
    if (env[PROVIDER_ENV]) throw fileError(`${PROVIDER_ENV}=${env[PROVIDER_ENV]}: no such file`);
    return null;
  }
  const text = readFileSync(file, 'utf8');
  const parsed = await withSourceLoader(root, async (load) => {
    const rules = (await load('/src/rules/provider.schema.ts')) as {
      parseProviderFile: typeof parseProviderFile;
    };
    return rules.parseProviderFile(text);
  });
  if (!parsed.ok) {
    throw fileError(
      `${parsed.problems.map((p) => `${name}: ${p}`).join('\n')}\n` +
        `(${name} is a provider's own copy; docs/deploy.md, "A provider's own copy", says what it holds)`,
    );
  }
  return parsed.provider;
}

/** What the app is built with: the checked copy or null, and whether the lazy import stays. */
interface Built {
  provider: ProviderInfo | null;
  /** False drops the lazy import (no file); true under Vitest too, where tests mock the module. */
  present: boolean;
}

/** The define and the two virtual modules, for one build's copy. */
function modules(built: () => Built): Pick<Plugin, 'resolveId' | 'load'> & {
  define: () => Record<string, string>;
} {
  return {
    define: () => ({ __POS_PROVIDER__: JSON.stringify(built().present) }),
    resolveId(id) {
      return id === PROVIDER_MODULE || id === WELCOME_MODULE ? `\0${id}` : undefined;
    },
    load(id) {
      const { provider } = built();
      if (id === `\0${PROVIDER_MODULE}`) return `export default ${JSON.stringify(provider)};`;
      if (id === `\0${WELCOME_MODULE}`) {
        return `export default ${JSON.stringify(provider?.welcome ?? null)};`;
      }
      return undefined;
    },
  };
}

/** What the provider plugin offers other plugins (Vite's `api`). */
export interface ProviderApi {
  /**
   * The same modules and define for a loader of its own (the prerender renders the home, welcome
   * included, through scripts/sourceLoader.mjs, which has no config and so no plugins).
   */
  sourcePlugin(): Plugin;
}

export const PROVIDER_PLUGIN = 'pos-rescue:provider';

/** The Vite plugin (vite.config.ts); `env` for tests. */
export function providerFile(env: NodeJS.ProcessEnv = process.env): Plugin {
  let built: Built = { provider: null, present: false };
  let file = '';
  const served = modules(() => built);
  const api: ProviderApi = {
    sourcePlugin: () => ({
      name: `${PROVIDER_PLUGIN}:source`,
      enforce: 'pre',
      config: () => ({ define: served.define() }),
      resolveId: served.resolveId,
      load: served.load,
    }),
  };
  return {
    name: PROVIDER_PLUGIN,
    enforce: 'pre',
    api,
    async config(config, { mode }) {
      const root = path.resolve(config.root ?? process.cwd());
      file = providerFilePath(root, env);
      if (mode === 'test') built = { provider: null, present: true };
      else {
        const provider = await readProviderFile(root, env);
        built = { provider, present: provider !== null };
      }
      return { define: served.define() };
    },
    buildStart() {
      // `vite build --watch` rebuilds when the file changes (`vite` restarts, below).
      if (existsSync(file)) this.addWatchFile(file);
    },
    configureServer(server) {
      server.watcher.add(file);
      const restart = (changed: string) => {
        if (path.resolve(changed) === file) void server.restart();
      };
      server.watcher.on('add', restart).on('change', restart).on('unlink', restart);
    },
    resolveId: served.resolveId,
    load: served.load,
  };
}
