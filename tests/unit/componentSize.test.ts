// @vitest-environment node
// "No component function over 200 lines in src/" (eslint.config.js), proved through ESLint: a
// probe component of 201 lines is an error, one of 200 is not.
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const probe = path.join(root, 'src/app/__size_probe__.tsx');

const eslint = new ESLint({
  cwd: root,
  // The probe is not on disk: no type-aware rules for it (the size rule needs no types).
  overrideConfig: [
    { files: ['src/**/__size_probe__.tsx'], ...tseslint.configs.disableTypeChecked },
  ],
});

/** A component whose function spans exactly `lines` lines. */
function component(lines: number): string {
  const body = Array.from({ length: lines - 3 }, (_, i) => `  const v${i} = ${i};`);
  return [
    'export function Probe() {',
    ...body,
    `  return <p>{${Array.from({ length: lines - 3 }, (_, i) => `v${i}`).join(' + ')}}</p>;`,
    '}',
    '',
  ].join('\n');
}

describe('component size', () => {
  it.each([
    [201, ['max-lines-per-function']],
    [200, []],
  ])('a component of %i lines: %j', async (lines, rules) => {
    const [result] = await eslint.lintText(component(lines), { filePath: probe });
    const found = result!.messages
      .map((m) => m.ruleId)
      .filter((r) => r === 'max-lines-per-function');
    expect(found).toEqual(rules);
  });
});
