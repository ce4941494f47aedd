import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BackupRecordError,
  exportAll,
  importBackup,
  importBackupIntoDb,
  type StoredData,
} from './backup.repo';
import { indexedDbStorage } from './openStorage';
import type { PracticeRunRecord } from './records';
import {
  cleanupDbs,
  freshDb,
  incident,
  lookup,
  note,
  practiceRun,
  storageKinds,
  terminal,
} from './testUtils';

afterEach(async () => {
  await cleanupDbs();
});

const empty = (): StoredData => ({
  incidents: [],
  notes: [],
  terminals: [],
  practiceRuns: [],
  lookups: [],
});

/** Everything, in a stable order, for before/after comparisons. */
async function everything(storage: Parameters<typeof exportAll>[0]): Promise<StoredData> {
  const data = await exportAll(storage);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return {
    incidents: [...data.incidents].sort(byId),
    notes: [...data.notes].sort(byId),
    terminals: [...data.terminals].sort(byId),
    practiceRuns: [...data.practiceRuns].sort(byId),
    lookups: [...data.lookups].sort(byId),
  };
}

describe.each(storageKinds)('backup repo (%s)', (_kind, open) => {
  it('exports every table and restores it into an empty storage unchanged', async () => {
    const source = open();
    await source.incidents.put(incident({ id: 'i1', terminalId: 't1' }));
    await source.incidents.put(incident({ id: 'i2', status: 'resolved' }));
    await source.notes.put(note({ id: 'n1', incidentId: 'i1', text: 'card •••• 1111' }));
    await source.notes.put(note({ id: 'n2', incidentId: 'i1', text: 'typing', draft: true }));
    await source.terminals.put(terminal({ id: 't1', name: 'front', providerPhone: '95588' }));
    await source.practiceRuns.put(practiceRun({ id: 'p1', status: 'finished' }));
    await source.lookups.put(
      lookup({ id: 'l1', q: '卡号 •••• 1111 余额不足', close: ['msg:cardRead'] }),
    );
    await source.lookups.put(lookup({ id: 'l2', q: 'zzqx', answer: 'ask:terminal', lang: 'en' }));
    const data = await everything(source);
    expect(data.incidents).toHaveLength(2);
    expect(data.notes).toHaveLength(2);
    expect(data.practiceRuns).toHaveLength(1);
    expect(data.lookups).toHaveLength(2);

    const target = open();
    const report = await importBackup(target, data);
    expect(report).toEqual({
      incidents: { added: 2, updated: 0, skipped: 0 },
      notes: { added: 2, updated: 0, skipped: 0 },
      terminals: { added: 1, updated: 0, skipped: 0 },
      practiceRuns: { added: 1, updated: 0, skipped: 0 },
      lookups: { added: 2, updated: 0, skipped: 0 },
    });
    expect(await everything(target)).toEqual(data);

    // The same file again writes nothing.
    const again = await importBackup(target, data);
    expect(again.incidents).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(again.notes).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await everything(target)).toEqual(data);
  });

  it('merges by id: the newer updatedAt wins, a tie keeps the phone’s copy, no duplicates', async () => {
    const storage = open();
    await storage.incidents.put(incident({ id: 'old', updatedAt: 100, status: 'inProgress' }));
    await storage.incidents.put(incident({ id: 'new', updatedAt: 900, status: 'resolved' }));
    await storage.incidents.put(incident({ id: 'tie', updatedAt: 500, endState: 'phone' }));
    await storage.terminals.put(terminal({ id: 't', name: 'phone', updatedAt: 50 }));

    const report = await importBackup(storage, {
      ...empty(),
      incidents: [
        incident({ id: 'old', updatedAt: 200, status: 'escalated' }),
        incident({ id: 'new', updatedAt: 800, status: 'abandoned' }),
        incident({ id: 'tie', updatedAt: 500, endState: 'file' }),
        incident({ id: 'fresh', updatedAt: 1 }),
        // A duplicate inside the file: the newest copy is the one written.
        incident({ id: 'fresh', updatedAt: 3, endState: 'newestCopy' }),
        incident({ id: 'fresh', updatedAt: 2 }),
      ],
      terminals: [terminal({ id: 't', name: 'file', updatedAt: 60 })],
    });

    expect(report.incidents).toEqual({ added: 1, updated: 1, skipped: 4 });
    expect(report.terminals).toEqual({ added: 0, updated: 1, skipped: 0 });
    const all = await storage.incidents.listAll();
    expect(all.map((r) => r.id).sort()).toEqual(['fresh', 'new', 'old', 'tie']);
    const byId = Object.fromEntries(all.map((r) => [r.id, r]));
    expect(byId.old?.status).toBe('escalated');
    expect(byId.new?.status).toBe('resolved');
    expect(byId.tie?.endState).toBe('phone');
    expect(byId.fresh?.endState).toBe('newestCopy');
    expect((await storage.terminals.list()).map((t) => t.name)).toEqual(['file']);
  });

  it('refuses a record the app cannot use before writing anything', async () => {
    const storage = open();
    await storage.incidents.put(incident({ id: 'keep', updatedAt: 1 }));
    const before = await everything(storage);
    const cases: [StoredData, string][] = [
      [
        {
          ...empty(),
          incidents: [incident({ id: 'keep', updatedAt: 99 })],
          notes: [note({ incidentId: 'keep', text: 'card 4111 1111 1111 1111' })],
        },
        'notes',
      ],
      [
        {
          ...empty(),
          incidents: [incident({ id: 'keep', updatedAt: 99 })],
          practiceRuns: [{ id: 'p', updatedAt: 5 } as PracticeRunRecord],
        },
        'practiceRuns',
      ],
      [{ ...empty(), terminals: [terminal({ id: '' })] }, 'terminals'],
    ];
    for (const [data, table] of cases) {
      const error = await importBackup(storage, data).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupRecordError);
      expect((error as BackupRecordError).table).toBe(table);
    }
    expect(await everything(storage)).toEqual(before);
  });
});

describe('backup repo (indexeddb): one transaction', () => {
  it('rolls back every table when a write fails half-way', async () => {
    const db = freshDb();
    const storage = indexedDbStorage(db);
    await storage.incidents.put(incident({ id: 'i1', updatedAt: 1, status: 'inProgress' }));
    await storage.terminals.put(terminal({ id: 't1', name: 'front', updatedAt: 1 }));
    const before = await everything(storage);

    // Incidents are written first; the notes write then fails (e.g. the disk is full).
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValue(
      new DOMException('disk full', 'QuotaExceededError'),
    );
    await expect(
      importBackupIntoDb(db, {
        incidents: [
          incident({ id: 'i1', updatedAt: 50, status: 'resolved' }),
          incident({ id: 'i2' }),
        ],
        notes: [note({ id: 'n1', incidentId: 'i1' })],
        terminals: [terminal({ id: 't1', name: 'renamed', updatedAt: 50 })],
        practiceRuns: [practiceRun({ id: 'p1', status: 'finished' })],
        lookups: [lookup({ id: 'l1' })],
      }),
    ).rejects.toThrow();
    vi.restoreAllMocks();

    expect(await everything(storage)).toEqual(before);
  });
});
