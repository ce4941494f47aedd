// @vitest-environment node
// "storage is not reachable from any screen", proved: ESLint's own Node API lints a probe (as
// text, never on disk) planted in every screen folder. Importing a repository, opening the
// storage, the database, the memory repos, the write queue or its journal is an error there;
// importing their types, the stores, the record types and the setting keys is not. And the
// services screens get carry no storage (a type check: tsc fails if `storage` comes back).
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { screenFolders } from '../../eslint.config.js';
import type { Services } from '../../src/infra/services';

const root = path.resolve(import.meta.dirname, '../..');
const PROBE = '__storage_probe__.ts';

const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: [`src/**/${PROBE}`], ...tseslint.configs.disableTypeChecked }],
});

/** Value imports a screen must not make (one per line of the probe). */
const forbidden = [
  `import { openStorage } from '@/storage/openStorage';`,
  `import { createIncidentsRepo } from '@/storage/incidents.repo';`,
  `import { exportAll } from '@/storage/backup.repo';`,
  `import { PosRescueDb } from '@/storage/db';`,
  `import { createMemoryRepos } from '@/storage/memory';`,
  `import { createSaver } from '@/storage/writeQueue';`,
  `import { openJournal } from '@/storage/journal';`,
];

/** What a screen may import. */
const allowed = [
  `import type { AppStorage } from '@/storage/openStorage';`,
  `import type { MonthStats } from '@/storage/incidents.repo';`,
  `import { type SaveResult } from '@/storage/writeQueue';`,
  `import { flushStores } from '@/storage/stores';`,
  `import { SETTING_KEYS } from '@/storage/records';`,
  `import { requestPersistence } from '@/storage/persistence';`,
];

function probe(folder: string, lines: string[]) {
  const file = path.join(root, folder, PROBE);
  const rel = path.relative(path.dirname(file), path.join(root, 'src')).split(path.sep).join('/');
  const code = lines.map((l) => l.replace('@/', `${rel}/`)).join('\n');
  return eslint.lintText(`${code}\nexport {};\n`, { filePath: file });
}

describe('screens cannot reach the storage (eslint.config.js)', () => {
  it('the screen folders are every folder above src/infra', () => {
    expect(screenFolders).toEqual([
      'src/app',
      'src/practice',
      'src/wizard',
      'src/notes',
      'src/terminals',
      'src/report',
      'src/backup',
      'src/pwa',
      'src/lookup',
      'src/ui',
    ]);
  });

  it.each(screenFolders)('%s: a value import of the storage is an error', async (folder) => {
    const [result] = await probe(folder, forbidden);
    const flagged = result!.messages
      .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((m) => m.line);
    expect(flagged).toEqual(forbidden.map((_, i) => i + 1));
    expect(result!.fatalErrorCount).toBe(0);
  });

  it.each(screenFolders)('%s: types, the stores and the record types are fine', async (folder) => {
    const [result] = await probe(folder, allowed);
    expect(
      result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports'),
    ).toEqual([]);
    expect(result!.fatalErrorCount).toBe(0);
  });

  it('src/infra (which builds the services) may open the storage', async () => {
    const [result] = await probe('src/infra', forbidden);
    expect(
      result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports'),
    ).toEqual([]);
  });

  it('the services handed to screens carry no storage', () => {
    expectTypeOf<Services>().not.toHaveProperty('storage');
    expectTypeOf<Services>().toHaveProperty('terminals');
    expectTypeOf<Services>().toHaveProperty('settings');
  });
});
