// @vitest-environment node
// The layer rule of ARCHITECTURE.md, proved: ESLint's own Node API lints a probe file planted (as
// text, never on disk) in every folder of every layer, importing one real module from every other
// folder. An import up a layer or sideways to a sibling feature must be an
// `import-x/no-restricted-paths` error, an import down must not be. And the layer list that drives
// the rule is the diagram of ARCHITECTURE.md, and every top-level entry of src/ is on it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layers } from '../../eslint.config.js';

const root = path.resolve(import.meta.dirname, '../..');
const PROBE = '__layer_probe__.ts';

/** One real, non-test module of a folder (or the file itself), to import from the probe. */
function moduleOf(entry: string): string {
  const abs = path.join(root, entry);
  if (!statSync(abs).isDirectory()) return abs;
  const file = readdirSync(abs)
    .filter((f) => /\.tsx?$/.test(f) && !/\.(test|testkit)\.tsx?$|testUtils|\.d\.ts$/.test(f))
    .sort()[0];
  if (!file) throw new Error(`${entry} has no module to import`);
  return path.join(abs, file);
}

/** Where the probe for an entry sits: inside a folder, or the file itself (src/main.tsx). */
function probePath(entry: string): string {
  const abs = path.join(root, entry);
  return statSync(abs).isDirectory() ? path.join(abs, PROBE) : abs;
}

function specifier(from: string, to: string): string {
  const rel = path.relative(path.dirname(from), to).replace(/\.tsx?$/, '');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const eslint = new ESLint({
  cwd: root,
  // The probe is not on disk, so the type-aware rules (which need it in the TS program) are off
  // for it; the layer rules need no types. `import-x/no-unresolved` is on for it (the project
  // leaves it to TypeScript): an import the resolver cannot follow is never flagged by the layer
  // rule, so each probe must show that every one of its imports resolved.
  overrideConfig: [
    { files: [`src/**/${PROBE}`, 'src/main.tsx'], ...tseslint.configs.disableTypeChecked },
    { files: [`src/**/${PROBE}`, 'src/main.tsx'], rules: { 'import-x/no-unresolved': 'error' } },
  ],
});

const entries = layers.flatMap((layer, level) => layer.map((entry) => ({ entry, level })));

describe('the layer rule (eslint.config.js), through ESLint itself', () => {
  it('sees an import that does not resolve (so the check below can fail)', async () => {
    const file = probePath('src/app');
    const [result] = await eslint.lintText(
      `import * as m from './no-such-module';\nexport { m };`,
      {
        filePath: file,
      },
    );
    expect(result!.messages.map((m) => m.ruleId)).toContain('import-x/no-unresolved');
  });

  it.each(entries)(
    '$entry: up and sideways are errors, down is allowed',
    async ({ entry, level }) => {
      const file = probePath(entry);
      const others = entries.filter((o) => o.entry !== entry);
      const code = others
        .map((o, i) => `import * as m${i} from '${specifier(file, moduleOf(o.entry))}';`)
        .concat(`export const all = [${others.map((_, i) => `m${i}`).join(', ')}];`)
        .join('\n');
      const [result] = await eslint.lintText(code, { filePath: file });
      const flagged = new Set(
        result!.messages
          .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
          .map((m) => others[m.line - 1]!.entry),
      );
      const expected = others.filter((o) => o.level <= level).map((o) => o.entry);
      expect([...flagged].sort()).toEqual(expected.sort());
      // Nothing else went wrong: every import resolved (an unresolved one would pass unflagged).
      expect(result!.messages.filter((m) => m.ruleId === 'import-x/no-unresolved')).toEqual([]);
      expect(result!.fatalErrorCount).toBe(0);
    },
  );
});

/** The diagram's layers: each line of the code block under "## Layers" that starts with src/. */
function diagramLayers(): string[][] {
  const md = readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');
  const section = md.slice(md.indexOf('## Layers'));
  const block = /```\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split('\n')
    .filter((line) => line.startsWith('src/'))
    .map((line) => {
      const words = line.split(/\s+/).filter(Boolean);
      const end = words.findIndex((w) => !w.startsWith('src/'));
      return words.slice(0, end < 0 ? words.length : end).map((w) => w.replace(/\/$/, ''));
    });
}

describe('the layer list', () => {
  it('is the diagram of ARCHITECTURE.md, layer for layer, in order', () => {
    expect(diagramLayers()).toEqual(layers.map((l) => [...l]));
  });

  it('has every top-level entry of src/ (a new folder cannot escape the rule)', () => {
    const onDisk = readdirSync(path.join(root, 'src'))
      .filter((f) => !f.endsWith('.d.ts'))
      .map((f) => `src/${f}`);
    expect(onDisk.sort()).toEqual(layers.flat().sort());
  });
});
