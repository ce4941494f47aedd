/**
 * Backup: read everything out in one consistent snapshot, and restore a validated backup in ONE
 * transaction, so a restore either lands completely or changes nothing.
 *
 * The caller validates the file first (backup/backup.schema.ts: parseBackup) and turns photos
 * back into Blobs before calling `importBackup`: an IndexedDB transaction commits as soon as it
 * waits on anything but its own requests, so no decoding may happen inside it.
 *
 * Merging: per record id the newer `updatedAt` wins, a tie keeps what is there
 * (merge.ts: mergeByNewest). Nothing is ever deleted by a restore, but for lookups beyond their
 * bound (the newest LIMITS.lookups are kept, as after any write of one).
 */
import type { EntityTable, IDType } from 'dexie';
import { mergeByNewest } from './merge';
import type { PosRescueDb } from './db';
import type { AppStorage } from './openStorage';
import { assertIncident } from './incidents.repo';
import { assertLookup, showableLookups, trimLookups } from './lookups.repo';
import { assertNote, showableNotes, toStoredNote } from './notes.repo';
import { showableIncidents } from './incidents.repo';
import { isShowableTerminal } from './recordRules';
import { assertPracticeRun } from './practiceRuns.repo';
import {
  BACKUP_TABLES,
  type BackupTable,
  type IncidentRecord,
  type LookupRecord,
  type NoteRecord,
  type PracticeRunRecord,
  type TerminalRecord,
} from './records';
import { assertTerminal } from './terminals.repo';

/** Everything a backup holds, as stored (photos as Blobs). */
export interface StoredData {
  incidents: IncidentRecord[];
  notes: NoteRecord[];
  terminals: TerminalRecord[];
  practiceRuns: PracticeRunRecord[];
  lookups: LookupRecord[];
}

export { BACKUP_TABLES, type BackupTable };

export interface ImportCounts {
  /** New ids. */
  added: number;
  /** Ids already on the phone, replaced by a newer copy from the file. */
  updated: number;
  /** Copies not written: the phone's copy is as new or newer (or a newer duplicate in the file). */
  skipped: number;
}

export type ImportReport = Record<BackupTable, ImportCounts>;

type Stamped = { id: string; updatedAt: number };

/** A record of the backup the app could not use; thrown before anything is written. */
export class BackupRecordError extends Error {
  constructor(
    readonly table: BackupTable,
    readonly index: number,
    cause: unknown,
  ) {
    super(`invalid backup record: ${table}.${index}`, { cause });
    this.name = 'BackupRecordError';
  }
}

const ASSERTS: { [K in BackupTable]: (record: StoredData[K][number]) => void } = {
  incidents: assertIncident,
  notes: assertNote,
  terminals: assertTerminal,
  practiceRuns: assertPracticeRun,
  lookups: assertLookup,
};

function assertTable<K extends BackupTable>(data: StoredData, table: K): void {
  const check = ASSERTS[table];
  (data[table] as StoredData[K][number][]).forEach((record, index) => {
    try {
      check(record);
    } catch (e) {
      throw new BackupRecordError(table, index, e);
    }
  });
}

/** Throws a BackupRecordError (before anything is written) on a record the app could not use. */
function assertAll(data: StoredData): void {
  for (const table of BACKUP_TABLES) assertTable(data, table);
}

function countsOf<T extends Stamped>(
  existing: readonly T[],
  incoming: readonly T[],
): { put: T[]; counts: ImportCounts } {
  const { put, skipped } = mergeByNewest(existing, incoming);
  const known = new Set(existing.map((r) => r.id));
  const updated = put.filter((r) => known.has(r.id)).length;
  return { put, counts: { added: put.length - updated, updated, skipped } };
}

async function mergeIntoTable<T extends Stamped>(
  table: EntityTable<T, 'id'>,
  incoming: readonly T[],
): Promise<ImportCounts> {
  const ids = [...new Set(incoming.map((r) => r.id))] as IDType<T, 'id'>[];
  const existing = (await table.bulkGet(ids)).filter((r): r is T => r !== undefined);
  const { put, counts } = countsOf(existing, incoming);
  if (put.length > 0) await table.bulkPut(put);
  return counts;
}

/** Every record of every table, read in one transaction (a consistent snapshot). */
export async function exportAllFromDb(db: PosRescueDb): Promise<StoredData> {
  return db
    .reconnecting(() =>
      db.transaction(
        'r',
        [db.incidents, db.notes, db.terminals, db.practiceRuns, db.lookups],
        async () => ({
          // Only what the app can read back: a damaged record would make the file unrestorable.
          incidents: showableIncidents(await db.incidents.toArray()),
          notes: showableNotes(await db.notes.toArray()),
          terminals: (await db.terminals.toArray()).filter(isShowableTerminal),
          practiceRuns: await db.practiceRuns.toArray(),
          lookups: showableLookups(await db.lookups.toArray()),
        }),
      ),
    )
    .catch((e: unknown) => {
      throw db.explain(e);
    });
}

/**
 * Merges a validated backup into the database in a single read-write transaction over every
 * table: on any error (a bad record, quota, a closed database) the transaction aborts and
 * nothing changes.
 */
export async function importBackupIntoDb(db: PosRescueDb, data: StoredData): Promise<ImportReport> {
  assertAll(data);
  // Photos to bytes before the transaction (reading a Blob inside it would let it commit).
  const notes = await Promise.all(data.notes.map(toStoredNote));
  // A lost connection aborts the whole transaction, so running it once more after the reopen
  // cannot merge anything twice.
  return db
    .reconnecting(() =>
      db.transaction(
        'rw',
        [db.incidents, db.notes, db.terminals, db.practiceRuns, db.lookups],
        async (): Promise<ImportReport> => {
          const report = {
            incidents: await mergeIntoTable(db.incidents, data.incidents),
            notes: await mergeIntoTable(db.notes, notes),
            terminals: await mergeIntoTable(db.terminals, data.terminals),
            practiceRuns: await mergeIntoTable(db.practiceRuns, data.practiceRuns),
            lookups: await mergeIntoTable(db.lookups, data.lookups),
          };
          await trimLookups(db);
          return report;
        },
      ),
    )
    .catch((e: unknown) => {
      throw db.explain(e);
    });
}

/** Memory storage (no IndexedDB): what the repos can list. */
async function exportAllFromRepos(storage: AppStorage): Promise<StoredData> {
  const incidents = await storage.incidents.listAll();
  const notes = (
    await Promise.all(incidents.map((r) => storage.notes.listByIncident(r.id)))
  ).flat();
  return {
    incidents,
    notes,
    terminals: await storage.terminals.list(),
    practiceRuns: await storage.practiceRuns.list(),
    lookups: await storage.lookups.list(),
  };
}

/**
 * Memory storage: every record is checked before the first write, and writes to memory cannot
 * fail afterwards, so this is all-or-nothing too.
 */
async function importIntoRepos(storage: AppStorage, data: StoredData): Promise<ImportReport> {
  assertAll(data);
  const current = await exportAllFromRepos(storage);
  const incidents = countsOf(current.incidents, data.incidents);
  const notes = countsOf(current.notes, data.notes);
  const terminals = countsOf(current.terminals, data.terminals);
  const lookups = countsOf(current.lookups, data.lookups);
  for (const r of incidents.put) await storage.incidents.put(r);
  for (const r of notes.put) await storage.notes.put(r);
  for (const r of terminals.put) await storage.terminals.put(r);
  // The repo keeps the newest within the bound, as the IndexedDB import does.
  for (const r of lookups.put) await storage.lookups.put(r);
  return {
    incidents: incidents.counts,
    notes: notes.counts,
    terminals: terminals.counts,
    practiceRuns: await storage.practiceRuns.importRuns(data.practiceRuns),
    lookups: lookups.counts,
  };
}

/** Everything stored on this phone, for the backup file. */
export function exportAll(storage: AppStorage): Promise<StoredData> {
  return storage.db ? exportAllFromDb(storage.db) : exportAllFromRepos(storage);
}

/** Restores a validated backup: all of it, or (on any error) nothing. */
export function importBackup(storage: AppStorage, data: StoredData): Promise<ImportReport> {
  return storage.db ? importBackupIntoDb(storage.db, data) : importIntoRepos(storage, data);
}
