/**
 * Test helpers for the storage tests (not imported by app code): record factories, fresh
 * databases with unique names, and both storage kinds for contract tests.
 */
import Dexie from 'dexie';
import { PosRescueDb, type PosRescueDbOptions } from './db';
import { indexedDbStorage, memoryStorage, type AppStorage } from './openStorage';
import type { IncidentRecord, NoteRecord, TerminalRecord } from './records';

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
