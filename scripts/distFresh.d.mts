// Types for scripts/distFresh.mjs.

export declare const BUILD_INPUTS: readonly string[];
export declare function distIsFresh(root: string): boolean;
/** Newest modification time under a path (0 when it does not exist). */
export declare function newestMtime(target: string): number;
