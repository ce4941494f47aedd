/**
 * The stores screens write and read through: incidents, notes and practice runs. Each store owns
 * one write queue (writeQueue.ts) over its repository, so every write of all three is ordered,
 * coalesced (the newest record per id), never rejected, retried on a full disk or a lost
 * connection, and flushed before an update reloads the app (`flushStores`). Deletes go through
 * the same queue (a tombstone for the id: in line with the writes, retried, flushed). Reads see a
 * queued write or delete before the stored copy: after a failed write the queue holds the truth.
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
  type SaveError,
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
  /**
   * Deletes the incident and its notes (one transaction in the repo), through the queue: after
   * any write of it, in its place (a retry cannot bring it back), kept and retried on a failure.
   * Never rejects, never hangs: resolves like `save` (ok once committed, or why not).
   */
  delete(id: string): Promise<SaveResult>;
  statsForMonth(now: Date | number): Promise<MonthStats>;
}

export interface NoteStore extends QueuedStore<NoteRecord> {
  /** The notes of one incident after the writes on their way, queued ones included, oldest first. */
  listByIncident(incidentId: string): Promise<NoteRecord[]>;
  /**
   * Deletes one note (a draft emptied, a saved note) through the queue, like `save`: ordered with
   * its writes, retried on a failure, flushed before a reload; reads say "gone" at once.
   */
  delete(id: string): Promise<SaveResult>;
  /**
   * Waits for the note writes under way (at most the save timeout), then takes every queued note
   * of the incident out of the queue. false, with nothing taken out, if a write is still under way.
   */
  forgetIncident(incidentId: string): Promise<boolean>;
}

export interface PracticeRunStore extends QueuedStore<PracticeRunRecord> {
  /**
   * Saves like `save`, but a run that could not be written is taken back: a practice screen stays
   * where it was on a failed write (it says "not saved"), and the trainee's next tap writes again,
   * so no answer or run the screen never showed stays stored. `shown` is the copy the screen still
   * shows (committed before; null for a new run). After a timeout the write may still be under
   * way and commit later, so `shown` is queued behind it (a new run: its delete): what ends up
   * stored is what the screen says.
   */
  saveOrTakeBack(run: PracticeRunRecord, shown: PracticeRunRecord | null): Promise<SaveResult>;
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

/** Stored and queued records as the queue says they are: queued deletes gone, queued copies in. */
async function readQueued<T extends { id: string }>(
  saver: Saver<T>,
  pending: (records: T[]) => T[],
  stored: () => Promise<T[]>,
  order: (a: T, b: T) => number,
): Promise<T[]> {
  // The queue first: a write or delete that commits during the read is then in one of the two.
  const queued = pending(saver.pendingRecords());
  const gone = new Set(saver.pendingDeletes());
  const kept = (await stored()).filter((r) => !gone.has(r.id));
  return withQueued(kept, queued, order);
}

/** One record and all of them, the queued copy first: after a failed write it is the truth. */
function readThrough<T extends { id: string }>(
  saver: Saver<T>,
  stored: { get(id: string): Promise<T | undefined>; all(): Promise<T[]> },
  order: (a: T, b: T) => number,
) {
  return {
    get: async (id: string) => {
      if (saver.queuedDelete(id)) return undefined;
      const queued = saver.peek(id);
      if (queued) return queued;
      const record = await stored.get(id);
      // Deleted through the queue while this read was under way: gone.
      return saver.queuedDelete(id) ? undefined : (saver.peek(id) ?? record);
    },
    list: () =>
      readQueued(
        saver,
        (all) => all,
        () => stored.all(),
        order,
      ),
  };
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
    delete: (id) => saver.remove(id),
    statsForMonth: (now) => repo.statsForMonth(now),
  };
}

export function createNoteStore(repo: AppStorage['notes'], options?: SaverOptions): NoteStore {
  const saver = createSaver(repo, options);
  return {
    ...queued(saver),
    async listByIncident(incidentId) {
      // After the writes on their way, but never stuck behind one that hangs (the queue has them).
      await saver.idleWithin();
      return readQueued(
        saver,
        (all) => all.filter((n) => n.incidentId === incidentId),
        () => repo.listByIncident(incidentId),
        byCreatedAt,
      );
    },
    delete: (id) => saver.remove(id),
    async forgetIncident(incidentId) {
      // A write under way could land after the incident's delete and stay as an orphan note.
      if (!(await saver.idleWithin())) return false;
      for (const n of saver.pendingRecords()) if (n.incidentId === incidentId) saver.forget(n.id);
      return true;
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
    async saveOrTakeBack(run, shown) {
      const result = await saver.save(run);
      if (result.ok) return result;
      if (result.error !== 'timeout') {
        // The write failed: nothing of it was stored, taking it out of the queue is exact.
        saver.drop(run);
        return result;
      }
      // Timed out: the write may still be under way and commit later, and taking it out of the
      // queue cannot stop it. So the copy the screen still shows (a new run: its delete) takes its
      // place, behind it: whatever that write does, what ends up stored is what the screen says
      // ("not saved"). Unless a newer copy replaced it meanwhile: that one is the truth.
      const queued = saver.peek(run.id);
      if (queued === run || (queued === undefined && !saver.queuedDelete(run.id))) {
        void (shown ? saver.save(shown) : saver.remove(run.id));
      }
      return result;
    },
    ...readThrough(saver, { get: (id) => repo.get(id), all: () => repo.list() }, byStartedDesc),
    async clear() {
      for (const r of saver.pendingRecords()) saver.forget(r.id);
      for (const id of saver.pendingDeletes()) saver.forget(id);
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
      // A note write that hangs is waited for only up to the save timeout: then nothing is
      // deleted and the screen says so (a delete never hangs).
      async delete(id) {
        if (!(await notes.forgetIncident(id))) {
          return { ok: false, error: 'timeout', pending: notes.state().pending };
        }
        return incidents.delete(id);
      },
    },
    notes,
    practiceRuns: createPracticeRunStore(storage.practiceRuns, options),
  };
}

/** The stores, by name: what a flush names when something is still pending. */
export type StoreName = keyof Stores;

const STORE_NAMES: readonly StoreName[] = ['incidents', 'notes', 'practiceRuns'];

/** A flush of every store: as a save result, and which stores still hold something. */
export type FlushResult =
  { ok: true } | { ok: false; error: SaveError; pending: number; stores: StoreName[] };

/**
 * Flushes every store (before an update reloads the app): ok only when nothing is pending. When
 * something is, `stores` names where (so the screen can say an answer, a note or a practice run).
 */
export async function flushStores(stores: Stores): Promise<FlushResult> {
  const results = await Promise.all(STORE_NAMES.map((name) => stores[name].flush()));
  const failed = STORE_NAMES.filter((_name, i) => !results[i]!.ok);
  const first = results.find((r) => !r.ok);
  if (!first || first.ok) return { ok: true };
  return { ...first, stores: failed };
}
