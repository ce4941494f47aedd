/**
 * The backup page with real storage (fake-indexeddb): export to a file that parseBackup
 * accepts, a corpus of bad files that each get their message and change nothing, and a good
 * file that merges by newest updatedAt without duplicates.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServicesProvider } from '../infra/services';
import { closeTestStorages, openTestServices } from '../infra/services.testkit';
import type { Lang } from '../faults/types';
import { format, LangProvider, loadUi } from '../i18n/i18n';
import { exportAll, type StoredData } from '../storage/backup.repo';
import type { AppStorage } from '../storage/openStorage';
import type { PracticeRunRecord } from '../storage/records';
import { incident, note, terminal } from '../storage/testUtils';
import { parseBackup, type BackupError } from './backup.schema';
import { buildBackup, bytesToBase64 } from './backupFile';
import { BackupPage, backupText, errorMessage } from './BackupPage';

const T0 = Date.UTC(2025, 4, 6, 8, 0);

function run(id: string, updatedAt: number): PracticeRunRecord {
  return {
    id,
    scenarioId: 'keyError-exposure',
    fault: 'keyError',
    guideVersion: 3,
    trainee: 'Li',
    startedAt: 1,
    updatedAt,
    status: 'finished',
    log: [],
  };
}

async function setup(lang: Lang) {
  const ui = await loadUi(lang);
  const { services, storage } = await openTestServices();
  services.now = () => T0;
  await storage.incidents.put(incident({ id: 'A', updatedAt: 100, status: 'inProgress' }));
  await storage.notes.put(
    note({ id: 'nA', incidentId: 'A', text: 'on the phone', updatedAt: 100 }),
  );
  await storage.terminals.put(terminal({ id: 'T', name: 'front', updatedAt: 100 }));
  render(
    <LangProvider initial={{ lang, ui }}>
      <ServicesProvider services={services}>
        <BackupPage />
      </ServicesProvider>
    </LangProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: backupText[lang].heading });
  return { ui, storage, user: userEvent.setup() };
}

/** Everything stored, sorted, for before/after comparisons. */
async function snapshot(storage: AppStorage): Promise<StoredData> {
  const data = await exportAll(storage);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return {
    incidents: data.incidents.sort(byId),
    notes: data.notes.sort(byId),
    terminals: data.terminals.sort(byId),
    practiceRuns: data.practiceRuns.sort(byId),
    lookups: data.lookups.sort(byId),
  };
}

/** A valid backup file's JSON: A newer, B new, T older, a practice run. */
async function goodJson(): Promise<string> {
  const { json } = await buildBackup(
    {
      incidents: [
        incident({ id: 'A', updatedAt: 200, status: 'resolved', endedAt: 200 }),
        incident({ id: 'B', updatedAt: 300 }),
      ],
      notes: [
        note({ id: 'nA', incidentId: 'A', text: 'older copy', updatedAt: 50 }),
        note({ id: 'nB', incidentId: 'B', text: 'card •••• 1111 refused', updatedAt: 300 }),
      ],
      terminals: [terminal({ id: 'T', name: 'renamed long ago', updatedAt: 50 })],
      practiceRuns: [run('P', 10)],
      lookups: [],
    },
    T0,
  );
  return json;
}

type BackupJson = Record<'incidents' | 'notes' | 'terminals', object[]>;

function edit(json: string, change: (data: BackupJson) => void): string {
  const data = JSON.parse(json) as BackupJson;
  change(data);
  return JSON.stringify(data);
}

function jsonFile(text: string, name = 'pos-rescue-backup-2025-05-06.json'): File {
  return new File([text], name, { type: 'application/json' });
}

/** A file that claims to be over 100 MB and must not be read at all. */
function hugeFile(): File {
  const file = jsonFile('{}');
  Object.defineProperty(file, 'size', { value: 100 * 1024 * 1024 + 1 });
  file.text = () => {
    throw new Error('a file over the limit must not be read');
  };
  return file;
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, label: string, file: File) {
  const input = screen.getByLabelText(label);
  expect(input.getAttribute('accept')).toBe('application/json,.json');
  await user.upload(input, file);
}

afterEach(() => {
  closeTestStorages();
  vi.restoreAllMocks();
});

describe.each(['en', 'zh'] as const)('backup page (%s)', (lang) => {
  it('exports everything to pos-rescue-backup-YYYY-MM-DD.json in the format parseBackup reads', async () => {
    const { storage, user } = await setup(lang);
    await storage.practiceRuns.put(run('P', 5));
    let blob: Blob | undefined;
    let fileName = '';
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:backup';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      fileName = this.download;
    });

    await user.click(screen.getByRole('button', { name: backupText[lang].exportButton }));
    const expectedName = `pos-rescue-backup-${new Date(T0).getFullYear()}-05-06.json`;
    await screen.findByText(
      format(backupText[lang].exported, {
        file: expectedName,
        incidents: 1,
        notes: 1,
        photos: 0,
        terminals: 1,
      }),
    );
    expect(fileName).toBe(expectedName);
    const parsed = parseBackup(await blob!.text());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.exportedAt).toBe(T0);
    expect(parsed.data.incidents.map((r) => r.id)).toEqual(['A']);
    expect(parsed.data.notes.map((r) => r.text)).toEqual(['on the phone']);
    expect(parsed.data.terminals.map((r) => r.name)).toEqual(['front']);
    expect(parsed.data.practiceRuns?.map((r) => r.id)).toEqual(['P']);
  });

  it('refuses every bad file with its own message and changes nothing', async () => {
    const { storage, user } = await setup(lang);
    const before = await snapshot(storage);
    const good = await goodJson();
    const jpeg = bytesToBase64(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));

    const corpus: [string, File, BackupError][] = [
      ['not JSON', jsonFile('this is not json'), { code: 'notJson' }],
      ['empty', jsonFile(''), { code: 'notJson' }],
      ['truncated', jsonFile(good.slice(0, Math.floor(good.length / 2))), { code: 'notJson' }],
      ['another JSON file', jsonFile('{"name":"my-app","version":"1.0.0"}'), { code: 'notBackup' }],
      ['a JSON array', jsonFile('[1,2,3]'), { code: 'notBackup' }],
      [
        'newer version',
        jsonFile(edit(good, (d) => Object.assign(d, { schemaVersion: 2 }))),
        { code: 'unknownVersion', newer: true },
      ],
      [
        'unknown version',
        jsonFile(edit(good, (d) => Object.assign(d, { schemaVersion: '1' }))),
        { code: 'unknownVersion', newer: false },
      ],
      [
        'an unmasked card number',
        jsonFile(
          edit(good, (d) =>
            Object.assign(d.notes[1] as object, { text: 'card 4111 1111 1111 1111' }),
          ),
        ),
        { code: 'invalid', path: 'notes.1.text' },
      ],
      [
        'a terminal name over 200 characters',
        jsonFile(
          edit(good, (d) => Object.assign(d.terminals[0] as object, { name: 'x'.repeat(201) })),
        ),
        { code: 'invalid', path: 'terminals.0.name' },
      ],
      [
        'a JPEG labelled PNG',
        jsonFile(
          edit(good, (d) =>
            Object.assign(d.notes[0] as object, { photo: { type: 'image/png', dataBase64: jpeg } }),
          ),
        ),
        { code: 'invalid', path: 'notes.0.photo' },
      ],
      [
        'a practice run the app cannot use',
        jsonFile(
          edit(good, (d) => Object.assign(d, { practiceRuns: [{ id: 'P', updatedAt: 1 }] })),
        ),
        { code: 'invalid', path: 'practiceRuns.0.scenarioId' },
      ],
      [
        'a __proto__ key',
        jsonFile(good.replace('"incidents":[', '"__proto__":{"isAdmin":true},"incidents":[')),
        { code: 'hostile' },
      ],
      [
        'script text',
        jsonFile(
          edit(good, (d) =>
            Object.assign(d.notes[1] as object, { text: '<script>alert(1)</script>' }),
          ),
        ),
        { code: 'hostile' },
      ],
      ['over 100 MB', hugeFile(), { code: 'tooLarge', maxBytes: 100 * 1024 * 1024 }],
    ];

    const seen = new Set<string>();
    for (const [, file, error] of corpus) {
      await chooseFile(user, backupText[lang].importButton, file);
      const message = errorMessage(backupText[lang], error);
      await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message));
      seen.add(message.replace(/\(.*\)|（.*）/, ''));
      expect(await snapshot(storage)).toEqual(before);
    }
    // One message per error code (and per newer / unknown version).
    expect(seen.size).toBe(7);
    expect(errorMessage(backupText[lang], { code: 'storage' })).not.toBe(
      errorMessage(backupText[lang], { code: 'notJson' }),
    );
  });

  it('merges a good file: newer updatedAt wins, the rest is kept, no duplicates', async () => {
    const { storage, user } = await setup(lang);
    const file = jsonFile(await goodJson());
    await chooseFile(user, backupText[lang].importButton, file);

    await screen.findByText(backupText[lang].imported);
    const line = (table: 'incidents' | 'notes' | 'terminals' | 'practiceRuns', n: number[]) =>
      format(backupText[lang].importedLine, {
        table: backupText[lang].tables[table],
        added: n[0]!,
        updated: n[1]!,
        skipped: n[2]!,
      });
    const result = screen.getByText(backupText[lang].imported).closest('div')!;
    expect(within(result).getByText(line('incidents', [1, 1, 0]))).toBeVisible();
    expect(within(result).getByText(line('notes', [1, 0, 1]))).toBeVisible();
    expect(within(result).getByText(line('terminals', [0, 0, 1]))).toBeVisible();
    expect(within(result).getByText(line('practiceRuns', [1, 0, 0]))).toBeVisible();

    const after = await snapshot(storage);
    expect(after.incidents.map((r) => [r.id, r.status])).toEqual([
      ['A', 'resolved'],
      ['B', 'inProgress'],
    ]);
    expect(after.notes.map((r) => [r.id, r.text])).toEqual([
      ['nA', 'on the phone'],
      ['nB', 'card •••• 1111 refused'],
    ]);
    expect(after.terminals.map((r) => r.name)).toEqual(['front']);
    expect(after.practiceRuns.map((r) => r.id)).toEqual(['P']);

    // The same file again: nothing added, nothing changed.
    await chooseFile(user, backupText[lang].importButton, jsonFile(await goodJson()));
    await waitFor(() => expect(screen.getByText(line('incidents', [0, 0, 2]))).toBeVisible());
    expect(await snapshot(storage)).toEqual(after);
  });
});
