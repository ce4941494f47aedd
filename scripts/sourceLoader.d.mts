// Types for scripts/sourceLoader.mjs (imported from TypeScript by the build plugins).

import type { PluginOption } from 'vite';

export declare function withSourceLoader<T>(
  root: string,
  fn: (load: (id: string) => Promise<Record<string, unknown>>) => Promise<T>,
  options?: { plugins?: PluginOption[] },
): Promise<T>;
