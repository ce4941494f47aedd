// @vitest-environment node
// ARCHITECTURE.md and the layout match, file for file: every top-level folder of src/ opens with
// a CONTEXT.md whose "Files" list names each of its files (tests aside) once, and names nothing
// that is not there. A file added, moved or deleted without its line fails here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? filesUnder(abs) : [abs];
  });
}

const folders = readdirSync(src).filter((f) => statSync(path.join(src, f)).isDirectory());

/** The `code` items of the "## Files" section: paths relative to the folder. */
function listed(context: string): string[] {
  const section = context.split(/^## Files\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\s*- `([^`]+)`/gm)].map((m) => m[1]!);
}

describe('each folder of src/ says what is in it, file for file', () => {
  it.each(folders)('src/%s/CONTEXT.md lists exactly its files', (folder) => {
    const dir = path.join(src, folder);
    const contextPath = path.join(dir, 'CONTEXT.md');
    expect(existsSync(contextPath)).toBe(true);
    const names = listed(readFileSync(contextPath, 'utf8'));
    const actual = filesUnder(dir)
      .map((f) => path.relative(dir, f).split(path.sep).join('/'))
      .filter((f) => f !== 'CONTEXT.md' && !/\.test\.tsx?$/.test(f))
      .sort();
    // A `*` stands for the two languages of a lazy text: `history.text.*.ts`.
    const expanded = names.flatMap((n) =>
      n.includes('*') ? ['en', 'zh'].map((l) => n.replace('*', l)) : [n],
    );
    expect(new Set(expanded).size).toBe(expanded.length);
    expect([...expanded].sort()).toEqual(actual);
  });
});
