// @vitest-environment node
// scripts/distFresh.mjs, the one "is dist/ a build of these sources?" of the browser tests and the
// bench, on a throwaway tree.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, distIsFresh } from '../../scripts/distFresh.mjs';

let root: string;
const INPUTS = [
  'src/app/App.tsx',
  'scripts/prerender-plugin.ts',
  'deploy/headers.mjs',
  'index.html',
];

/** Writes a file and sets its time, and its folders' (a new file moves its folder's time). */
function create(file: string, seconds: number): void {
  const abs = path.join(root, file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, file);
  utimesSync(abs, seconds, seconds);
  for (let dir = path.dirname(abs); dir !== root; dir = path.dirname(dir)) {
    utimesSync(dir, seconds, seconds);
  }
}

/** An edit: the file's time moves, its folder's does not. */
const edit = (file: string, seconds: number) => utimesSync(path.join(root, file), seconds, seconds);

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pos-rescue-fresh-'));
  for (const file of INPUTS) create(file, 1000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('distIsFresh', () => {
  it('is false without a build', () => {
    expect(distIsFresh(root)).toBe(false);
  });

  it('is true when the build is newer than every input', () => {
    create('dist/index.html', 2000);
    expect(distIsFresh(root)).toBe(true);
  });

  it.each(INPUTS)('is false when %s changed after the build', (input) => {
    create('dist/index.html', 2000);
    edit(input, 3000);
    expect(distIsFresh(root)).toBe(false);
  });

  it('is false when a file was deleted after the build (its folder is newer)', () => {
    create('dist/index.html', 2000);
    const folder = path.join(root, 'src/app');
    rmSync(path.join(folder, 'App.tsx'));
    utimesSync(folder, 3000, 3000);
    expect(distIsFresh(root)).toBe(false);
  });

  it('reads what vite.config.ts reads: its plugins (scripts/) and the headers (deploy/)', () => {
    expect(BUILD_INPUTS).toEqual(expect.arrayContaining(['src', 'public', 'scripts', 'deploy']));
  });
});
