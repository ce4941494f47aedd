// Types for scripts/sourceLoader.mjs (imported from TypeScript by the build plugins).

export declare function withSourceLoader<T>(
  root: string,
  fn: (load: (id: string) => Promise<Record<string, unknown>>) => Promise<T>,
): Promise<T>;
