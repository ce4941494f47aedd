// Types for scripts/chromium.mjs (the browser tests import it from TypeScript).

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_FLAGS: string[];
