/**
 * Test helpers for the storage tests (not imported by app code): record factories, fresh
 * databases with unique names, and both storage kinds for contract tests.
 */
import Dexie from 'dexie';
import { indexedDbStorage, memoryStorage, type AppStorage } from './openStorage';
import { DB_VERSION, PosRescueDb, type PosRescueDbOptions } from './db';
import type {
  IncidentRecord,
  LookupRecord,
  NoteRecord,
  PracticeRunRecord,
  TerminalRecord,
} from './records';

const opened: Dexie[] = [];

/** A fresh database with a unique name; closed and deleted by `cleanupDbs`. */
export function freshDb(options: PosRescueDbOptions = {}): PosRescueDb {
  const db = new PosRescueDb('test-' + crypto.randomUUID(), options);
  opened.push(db);
  return db;
}

/** Registers another connection (raw Dexie) for cleanup. */
export function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

export async function cleanupDbs(): Promise<void> {
  const names = new Set(opened.map((db) => db.name));
  for (const db of opened.splice(0)) db.close();
  await Promise.all([...names].map((name) => Dexie.delete(name)));
}

export type StorageKind = AppStorage['kind'];

/** Both implementations of the repos, for contract tests. */
export const storageKinds: [StorageKind, () => AppStorage][] = [
  ['indexeddb', () => indexedDbStorage(freshDb())],
  ['memory', () => memoryStorage('noIndexedDB')],
];

let seq = 0;

export function incident(overrides: Partial<IncidentRecord> = {}): IncidentRecord {
  seq++;
  const startedAt = overrides.startedAt ?? Date.UTC(2025, 2, 10, 9, 0, 0) + seq;
  return {
    id: `inc-${seq}`,
    fault: 'keyError',
    guideVersion: 2,
    startedAt,
    updatedAt: startedAt,
    status: 'inProgress',
    log: [],
    snapshot: { status: 'active', value: 'start' },
    ...overrides,
  };
}

export function note(overrides: Partial<NoteRecord> & { incidentId: string }): NoteRecord {
  seq++;
  return {
    id: `note-${seq}`,
    stepId: '',
    createdAt: 1_000 + seq,
    updatedAt: 1_000 + seq,
    text: 'restarted twice',
    ...overrides,
  };
}

export function terminal(overrides: Partial<TerminalRecord> = {}): TerminalRecord {
  seq++;
  return {
    id: `term-${seq}`,
    name: `counter ${seq}`,
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}

export function practiceRun(
  overrides: Partial<PracticeRunRecord> & { id: string },
): PracticeRunRecord {
  return {
    scenarioId: 'keyError-exposure',
    fault: 'keyError',
    guideVersion: 3,
    trainee: 'Li',
    startedAt: 1_000,
    updatedAt: 1_000,
    status: 'inProgress',
    log: [],
    ...overrides,
  };
}

export function lookup(overrides: Partial<LookupRecord> = {}): LookupRecord {
  seq++;
  const at = overrides.at ?? Date.UTC(2025, 2, 10, 9, 0, 0) + seq;
  return {
    id: `look-${seq}`,
    q: '51',
    answer: 'code:51',
    close: [],
    at,
    updatedAt: at,
    lang: 'zh',
    ...overrides,
  };
}

/** Bytes as text, for a dump that compares byte for byte. */
function bytesText(buffer: ArrayBuffer): string {
  return 'bytes:' + Buffer.from(buffer).toString('base64');
}

/**
 * Every record of every table (settings included), in key order, as one string: two dumps are
 * equal exactly when the database holds the same bytes. Photos (Blob or ArrayBuffer) as base64.
 */
export async function dumpDatabase(db: Dexie): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = await Promise.all(
      rows.map(async (row: Record<string, unknown>) => {
        const photo = row.photo as Blob | { type: string; bytes: ArrayBuffer } | undefined;
        if (photo instanceof Blob) {
          return { ...row, photo: `blob ${photo.type} ${bytesText(await photo.arrayBuffer())}` };
        }
        if (photo) return { ...row, photo: { type: photo.type, bytes: bytesText(photo.bytes) } };
        return row;
      }),
    );
  }
  return JSON.stringify(out, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isFinite(value) ? `number:${value}` : value,
  );
}

/** Another tab with a newer app: opens the database at a higher version (a versionchange here). */
export async function openNewerVersion(name: string): Promise<Dexie> {
  const newer = track(new Dexie(name));
  newer.version(DB_VERSION + 1).stores({ incidents: 'id' });
  await newer.open();
  return newer;
}

/**
 * Another tab with an older app that does not let go (a frozen background tab): holds version 1
 * open, with one incident in it, so our upgrade is blocked until `close()`.
 */
export async function openOldTabThatHolds(name: string): Promise<Dexie> {
  const old = track(new Dexie(name));
  old.version(1).stores({ incidents: 'id, fault, status, startedAt', settings: 'key' });
  old.on('versionchange', () => false);
  await old.open();
  await old.table('incidents').put({ ...incident({ id: 'kept' }), answers: [] });
  return old;
}
