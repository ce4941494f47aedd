/**
 * Practice runs (practice mode): their own table, so they never appear among incidents, in the
 * history or in the statistics. Same contract as the other repos: `put` resolves once the write
 * committed; an import is one transaction, all or nothing. Screens write through the practice
 * run store (stores.ts); memory storage has its own copy of this repo (memory.ts).
 */
import { mergeByNewest } from './merge';
import type { PosRescueDb } from './db';
import type { PracticeRunRecord } from './records';

export interface PracticeImportCounts {
  /** New ids. */
  added: number;
  /** Ids already here, replaced by a newer copy. */
  updated: number;
  /** Copies not written: the copy here is as new or newer. */
  skipped: number;
}

export interface PracticeRunsRepo {
  /** Insert or replace. Resolves after the write committed; rejects on failure. */
  put(run: PracticeRunRecord): Promise<void>;
  get(id: string): Promise<PracticeRunRecord | undefined>;
  /** Every run, most recently started first. */
  list(): Promise<PracticeRunRecord[]>;
  /** Deletes one run (none with that id: nothing happens). Rejects on failure. */
  delete(id: string): Promise<void>;
  /** Deletes every practice run (nothing else). */
  clear(): Promise<void>;
  /** Merges validated runs: per id the newer `updatedAt` wins. One transaction: all or nothing. */
  importRuns(runs: readonly PracticeRunRecord[]): Promise<PracticeImportCounts>;
}

/** Rejects records the trainer view could not list (a caller bug, not a storage error). */
export function assertPracticeRun(run: PracticeRunRecord): void {
  const problems: string[] = [];
  if (typeof run?.id !== 'string' || run.id === '') problems.push('id');
  if (typeof run?.scenarioId !== 'string') problems.push('scenarioId');
  if (typeof run?.trainee !== 'string') problems.push('trainee');
  if (!Number.isFinite(run?.startedAt)) problems.push('startedAt');
  if (!Number.isFinite(run?.updatedAt)) problems.push('updatedAt');
  if (!Array.isArray(run?.log)) problems.push('log');
  if (problems.length > 0) throw new TypeError(`invalid practice run: bad ${problems.join(', ')}`);
}

export function byStartedDesc(a: PracticeRunRecord, b: PracticeRunRecord): number {
  return b.startedAt - a.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What an import writes, and its counts (the IndexedDB and the memory repo alike). */
export function mergeRuns(
  existing: readonly PracticeRunRecord[],
  incoming: readonly PracticeRunRecord[],
): { put: PracticeRunRecord[]; counts: PracticeImportCounts } {
  const { put, skipped } = mergeByNewest(existing, incoming);
  const known = new Set(existing.map((r) => r.id));
  const updated = put.filter((r) => known.has(r.id)).length;
  return { put, counts: { added: put.length - updated, updated, skipped } };
}

export function createPracticeRunsRepo(db: PosRescueDb): PracticeRunsRepo {
  const fail = (e: unknown): never => {
    throw db.explain(e);
  };
  return {
    async put(run) {
      assertPracticeRun(run);
      await db
        .reconnecting(() => db.transaction('rw', db.practiceRuns, () => db.practiceRuns.put(run)))
        .catch(fail);
    },
    get: (id) => db.reconnecting(() => db.practiceRuns.get(id)).catch(fail),
    async list() {
      const all = await db.reconnecting(() => db.practiceRuns.toArray()).catch(fail);
      return all.sort(byStartedDesc);
    },
    async delete(id) {
      await db
        .reconnecting(() => db.transaction('rw', db.practiceRuns, () => db.practiceRuns.delete(id)))
        .catch(fail);
    },
    async clear() {
      await db
        .reconnecting(() => db.transaction('rw', db.practiceRuns, () => db.practiceRuns.clear()))
        .catch(fail);
    },
    async importRuns(runs) {
      runs.forEach(assertPracticeRun); // before the transaction: nothing is written on a bad run
      // One transaction: after a lost connection it runs again whole, never half.
      return db
        .reconnecting(() =>
          db.transaction('rw', db.practiceRuns, async () => {
            const ids = [...new Set(runs.map((r) => r.id))];
            const existing = (await db.practiceRuns.bulkGet(ids)).filter(
              (r): r is PracticeRunRecord => r !== undefined,
            );
            const { put, counts } = mergeRuns(existing, runs);
            if (put.length > 0) await db.practiceRuns.bulkPut(put);
            return counts;
          }),
        )
        .catch(fail);
    },
  };
}
