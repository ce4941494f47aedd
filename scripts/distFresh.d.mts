// Types for scripts/distFresh.mjs.

export declare const BUILD_INPUTS: readonly string[];
export declare function distIsFresh(root: string): boolean;
