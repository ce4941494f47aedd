// Types of eslint.config.js for the tests that read its layer list (tests/unit/layers.test.ts).
import type { Linter } from 'eslint';

/** The layers, top to bottom (see eslint.config.js). */
export declare const layers: readonly (readonly string[])[];
declare const config: Linter.Config[];
export default config;
