// Types for bench/assets.mjs (tests/browser/budget.test.ts imports it from TypeScript).
import type { Page } from 'playwright-core';

export declare const GZIP_LEVEL: number;
export declare const INITIAL_JS_BUDGET_BYTES: number;

export interface FileSizes {
  /** Path in dist/ as the page requests it, e.g. /assets/index-abc.js */
  file: string;
  raw: number;
  /** gzip at GZIP_LEVEL (what the servers send). */
  gzip: number;
  gzip9: number;
}

export interface InitialAsset extends FileSizes {
  kind: 'script' | 'modulepreload' | 'stylesheet' | 'static import' | 'entry import()';
  /** The file (or index.html) that loads this one. */
  via: string;
}

export interface Totals {
  files: number;
  raw: number;
  gzip: number;
  gzip9: number;
}

export declare function fileSizes(distDir: string, urlPath: string): FileSizes;
export declare function htmlAssets(
  html: string,
): { kind: 'script' | 'modulepreload' | 'stylesheet'; url: string }[];
export declare function staticImports(code: string): string[];
export declare function dynamicImports(code: string): string[];
export declare function staticInitialAssets(distDir: string): InitialAsset[];
export declare function startupAssets(
  distDir: string,
  requested: readonly string[],
): InitialAsset[];
export declare function totals(files: readonly FileSizes[]): { js: Totals; css: Totals };
/** The performance mark the app sets once its home is hydrated (src/app/start.tsx). */
export declare const INTERACTIVE_MARK: string;
export declare function recordRequests(
  page: Page,
  url: string,
  options?: { quietMs?: number },
): Promise<{ requested: string[]; beforeInteractive: string[]; onWire: Record<string, number> }>;
export declare function kb(bytes: number): string;
export declare const PRECACHE_BUDGET_BYTES: number;
export declare function precacheUrls(sw: string): string[];
export interface PrecacheFile extends FileSizes {
  /** Bytes the service worker's fetch costs: gzip where scripts/serve.mjs compresses, else raw. */
  wire: number;
}
export declare function precacheSizes(distDir: string): {
  /** Largest `wire` first; `file` relative to dist/, as in sw.js. */
  files: PrecacheFile[];
  count: number;
  raw: number;
  gzip: number;
  wire: number;
  /** sw.js and the workbox-*.js it loads (not in the manifest, fetched on a first visit too). */
  worker: { files: PrecacheFile[]; raw: number; wire: number };
};
