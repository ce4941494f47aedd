// Types for deploy/headers.mjs (TypeScript imports it: the vite config, the tests).

export declare const CSP_DIRECTIVES: readonly string[];
export declare const CONTENT_SECURITY_POLICY: string;
export declare const CSP_META_CONTENT: string;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare const HASHED_PREFIX: '/assets/';
export declare const CACHE_CONTROL: {
  readonly hashed: string;
  readonly revalidate: string;
  readonly error: string;
};
export declare function cacheControlFor(urlPath: string): string;
export declare const CONTENT_TYPES: Readonly<Record<string, string>>;
export declare const UNCOMMON_TYPES: readonly string[];
export declare const COMPRESSIBLE: readonly string[];
export declare const GZIP_LEVEL: number;
