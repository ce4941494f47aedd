// Types of eslint.config.js for the tests that read its layer list (tests/unit/layers.test.ts).
import type { Linter } from 'eslint';

/** The layers, top to bottom (see eslint.config.js). */
export declare const layers: readonly (readonly string[])[];
declare const config: Linter.Config[];
export default config;

/** The folders whose code renders screens (see eslint.config.js). */
export declare const screenFolders: readonly string[];
/** What screens may not import from src/storage (see eslint.config.js). */
export declare const storageInternals: readonly string[];
