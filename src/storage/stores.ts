/**
 * The stores screens write and read through: incidents, notes and practice runs. Each store owns
 * one write queue (writeQueue.ts) over its repository, so every write of all three is ordered,
 * coalesced (the newest record per id), never rejected, retried on a full disk or a lost
 * connection, and flushed before an update reloads the app (`flushStores`). Reads see a queued
 * write before the stored copy: after a failed write the queue holds the truth.
 *
 * `createStores(storage)` builds the three once per opened storage (infra/services.tsx); nothing
 * else builds a queue. The repositories (`*.repo.ts`) stay the committed-write layer below:
 * their `put` rejects on failure, which is what the queue retries.
 */
import type { MonthStats } from './incidents.repo';
import type { AppStorage } from './openStorage';
import { byStartedDesc, type PracticeImportCounts } from './practiceRuns.repo';
import { byCreatedAt } from './notes.repo';
import type { IncidentRecord, NoteRecord, PracticeRunRecord } from './records';
import {
  createSaver,
  type SaveResult,
  type Saver,
  type SaverOptions,
  type SaverState,
} from './writeQueue';

/** What every store does with its queue. */
export interface QueuedStore<T> {
  /** Queues the record and resolves once it is written (or why not). Never rejects. */
  save(record: T): Promise<SaveResult>;
  /** Waits for the writes queued so far, then retries what is pending. ok when nothing is left. */
  flush(): Promise<SaveResult>;
  /** Writes everything pending now (the banner's "retry now"). */
  retryPending(): Promise<SaveResult>;
  /** Takes a record back out of the queue unless a newer copy replaced it. */
  drop(record: T): void;
  /** Pending count, write in progress, last error: for the "not saved yet" banner. */
  state(): SaverState;
  onChange(listener: (state: SaverState) => void): () => void;
}

export interface IncidentStore extends QueuedStore<IncidentRecord> {
  /** The incident as the merchant last saw it: a queued write wins over the stored copy. */
  get(id: string): Promise<IncidentRecord | undefined>;
  /** Every incident, queued writes included, most recently started first. */
  list(): Promise<IncidentRecord[]>;
  /** Deletes the incident and its notes: from the queue first, so a retry cannot bring it back. */
  delete(id: string): Promise<void>;
  statsForMonth(now: Date | number): Promise<MonthStats>;
}

export interface NoteStore extends QueuedStore<NoteRecord> {
  /** The notes of one incident after the writes on their way, queued ones included, oldest first. */
  listByIncident(incidentId: string): Promise<NoteRecord[]>;
  delete(id: string): Promise<void>;
  /** Takes every queued note of an incident out of the queue, after any write under way. */
  forgetIncident(incidentId: string): Promise<void>;
}

export interface PracticeRunStore extends QueuedStore<PracticeRunRecord> {
  /**
   * Saves like `save`, but a run that could not be written is taken back out of the queue: a
   * practice screen stays where it was on a failed write (it says so), and the trainee's next
   * tap writes again, so no answer or run the screen never showed lands later.
   */
  saveOrTakeBack(run: PracticeRunRecord): Promise<SaveResult>;
  get(id: string): Promise<PracticeRunRecord | undefined>;
  /** Every run, queued writes included, most recently started first. */
  list(): Promise<PracticeRunRecord[]>;
  /** Deletes every practice run (nothing else), queued ones included. */
  clear(): Promise<void>;
  /** Merges validated runs after the writes on their way (per id the newer `updatedAt` wins). */
  importRuns(runs: readonly PracticeRunRecord[]): Promise<PracticeImportCounts>;
}

export interface Stores {
  incidents: IncidentStore;
  notes: NoteStore;
  practiceRuns: PracticeRunStore;
}

function queued<T extends { id: string }>(saver: Saver<T>): QueuedStore<T> {
  return {
    save: (record) => saver.save(record),
    flush: () => saver.flush(),
    retryPending: () => saver.retryPending(),
    drop: (record) => saver.drop(record),
    state: () => saver.state(),
    onChange: (listener) => saver.onChange(listener),
  };
}

/** Most recently started first (incidents and practice runs alike). */
const newestStartFirst = (a: { startedAt: number }, b: { startedAt: number }) =>
  b.startedAt - a.startedAt;

/** Stored records with the queued copies in their place (and the queued-only ones), sorted. */
function withQueued<T extends { id: string }>(
  stored: readonly T[],
  pending: readonly T[],
  order: (a: T, b: T) => number,
): T[] {
  const byId = new Map(stored.map((r) => [r.id, r]));
  for (const r of pending) byId.set(r.id, r);
  return [...byId.values()].sort(order);
}

/** One record and all of them, the queued copy first: after a failed write it is the truth. */
function readThrough<T extends { id: string }>(
  saver: Saver<T>,
  stored: { get(id: string): Promise<T | undefined>; all(): Promise<T[]> },
  order: (a: T, b: T) => number,
) {
  return {
    get: async (id: string) => saver.peek(id) ?? (await stored.get(id)),
    list: async () => {
      // The queued copies first: a write that commits during the read is then in one of the two.
      const pending = saver.pendingRecords();
      return withQueued(await stored.all(), pending, order);
    },
  };
}

/** A delete after the queue: dropped from it, and after any write of it already under way. */
async function deleteAfterQueue<T>(saver: Saver<T>, id: string, remove: () => Promise<void>) {
  saver.forget(id);
  await saver.idle();
  await remove();
}

export function createIncidentStore(
  repo: AppStorage['incidents'],
  options?: SaverOptions,
): IncidentStore {
  const saver = createSaver(repo, options);
  return {
    ...queued(saver),
    ...readThrough(
      saver,
      { get: (id) => repo.get(id), all: () => repo.listAll() },
      newestStartFirst,
    ),
    delete: (id) => deleteAfterQueue(saver, id, () => repo.delete(id)),
    statsForMonth: (now) => repo.statsForMonth(now),
  };
}

export function createNoteStore(repo: AppStorage['notes'], options?: SaverOptions): NoteStore {
  const saver = createSaver(repo, options);
  return {
    ...queued(saver),
    async listByIncident(incidentId) {
      await saver.idle();
      const pending = saver.pendingRecords().filter((n) => n.incidentId === incidentId);
      return withQueued(await repo.listByIncident(incidentId), pending, byCreatedAt);
    },
    delete: (id) => deleteAfterQueue(saver, id, () => repo.delete(id)),
    async forgetIncident(incidentId) {
      for (const n of saver.pendingRecords()) if (n.incidentId === incidentId) saver.forget(n.id);
      await saver.idle();
    },
  };
}

export function createPracticeRunStore(
  repo: AppStorage['practiceRuns'],
  options?: SaverOptions,
): PracticeRunStore {
  const saver = createSaver(repo, options);
  return {
    ...queued(saver),
    async saveOrTakeBack(run) {
      const result = await saver.save(run);
      if (!result.ok) saver.drop(run);
      return result;
    },
    ...readThrough(saver, { get: (id) => repo.get(id), all: () => repo.list() }, byStartedDesc),
    async clear() {
      for (const r of saver.pendingRecords()) saver.forget(r.id);
      await saver.idle();
      await repo.clear();
    },
    async importRuns(runs) {
      await saver.idle();
      return repo.importRuns(runs);
    },
  };
}

/** The three stores of an opened storage, each with its own queue. */
export function createStores(storage: AppStorage, options?: SaverOptions): Stores {
  const incidents = createIncidentStore(storage.incidents, options);
  const notes = createNoteStore(storage.notes, options);
  return {
    incidents: {
      ...incidents,
      // The repo deletes the incident's notes with it; its notes still queued (a full disk, a
      // lost connection) leave the notes queue first, or a retry would write them back as orphans.
      async delete(id) {
        await notes.forgetIncident(id);
        await incidents.delete(id);
      },
    },
    notes,
    practiceRuns: createPracticeRunStore(storage.practiceRuns, options),
  };
}

/** Flushes every store (before an update reloads the app): ok only when nothing is pending. */
export async function flushStores(stores: Stores): Promise<SaveResult> {
  const results = await Promise.all([
    stores.incidents.flush(),
    stores.notes.flush(),
    stores.practiceRuns.flush(),
  ]);
  return results.find((r) => !r.ok) ?? { ok: true };
}
