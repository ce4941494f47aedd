/**
 * The write queue inside every store (stores.ts: incidents, notes, practice runs; one queue per
 * store). Callers never build one: they call the store's `save(record)`.
 *
 *  - Writes are serialized: one write at a time, in call order, so a step's write can never
 *    overtake (and be overwritten by) the previous one.
 *  - A failed write is reported ({ ok: false, error }) and kept in a pending queue, never
 *    dropped (only the store's `forget` / `drop` take one out). The queue holds the newest record per id (a later step supersedes an unsaved
 *    earlier one). Pending records are retried before every later save, on `retryPending()`,
 *    and automatically with backoff.
 *  - `save` never rejects and never hangs: after `timeoutMs` it reports 'timeout' while the
 *    write keeps its place in line (nothing is allowed to overtake it).
 *  - `onChange` lets a banner say "not saved yet — retrying" (pending > 0 and lastError set).
 *  - A delete is queued like a write (`remove(id)`: a tombstone for the id): in line with the
 *    writes, coalesced with them (a later save of the id replaces the tombstone and vice versa),
 *    kept and retried when it fails, counted as pending (so a flush before a reload waits for it),
 *    and readers treat a queued tombstone as "gone" (`peek` is undefined, `queuedDelete` is true).
 *
 * Records are treated as immutable once saved (the engine builds new ones per step).
 * Pending records live in memory: a reload while something is pending loses it.
 */
import { classifyStorageError, type StorageErrorKind } from './openStorage';

export type SaveError = StorageErrorKind | 'timeout';

export type SaveResult = { ok: true } | { ok: false; error: SaveError; pending: number };

export interface SaverState {
  /** Records not yet known to be written (including one being written). */
  pending: number;
  /** A write is in progress. */
  writing: boolean;
  /** Why the last attempt failed; null once a round of writes succeeded. */
  lastError: SaveError | null;
}

export interface SaverOptions {
  /** save() reports 'timeout' when its write has not settled by then. Default 5000 ms. */
  timeoutMs?: number;
  /**
   * Delays of the automatic retries after a failure, in ms; the last one repeats. [] turns
   * automatic retries off. No automatic retry after 'versionChange' (only a reload helps).
   */
  retryDelaysMs?: readonly number[];
}

export interface Saver<T> {
  save(record: T): Promise<SaveResult>;
  /**
   * Queues the deletion of this id (the repo's `delete`), like a save: never rejects, reports
   * 'timeout' after `timeoutMs`, kept and retried when it fails.
   */
  remove(id: string): Promise<SaveResult>;
  /** Writes everything pending now. ok when nothing is left pending. */
  retryPending(): Promise<SaveResult>;
  /**
   * Waits for the writes queued so far, then retries what is still pending (before a reload).
   * ok when nothing is left pending.
   */
  flush(): Promise<SaveResult>;
  /**
   * The newest not-yet-written record with this id, if any. Readers must prefer it to what the
   * database holds: after a failed write the queue has the truth.
   */
  peek(id: string): T | undefined;
  /** A delete of this id is queued and not yet known to be done: readers must say "gone". */
  queuedDelete(id: string): boolean;
  /** All not-yet-written records (newest per id; queued deletes are not records). */
  pendingRecords(): T[];
  /** The ids whose delete is queued and not yet done. */
  pendingDeletes(): string[];
  /**
   * Drops a pending record or delete (its incident was deleted): a retry must not bring it back.
   */
  forget(id: string): void;
  /**
   * Drops this record from the queue unless a newer copy replaced it (a write that must not
   * land later: another tab upgraded, or the screen did not move on).
   */
  drop(record: T): void;
  state(): SaverState;
  /** Called on every change of state. Returns the unsubscribe function. */
  onChange(listener: (state: SaverState) => void): () => void;
  /** Resolves once every write queued so far has settled. */
  idle(): Promise<void>;
  /**
   * Like `idle`, but never waits longer than `timeoutMs` (default: the save timeout): true once
   * every write queued so far has settled, false if one is still under way by then.
   */
  idleWithin(timeoutMs?: number): Promise<boolean>;
  /** Stops automatic retries (pending records stay pending). */
  dispose(): void;
}

export const DEFAULT_SAVE_TIMEOUT_MS = 5000;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10000, 30000];

/** A queued delete: one object per `remove` call (compared by identity, like records). */
class Tombstone {
  constructor(readonly id: string) {}
}

/** What the queue holds for an id: the newest record, or a tombstone. */
type Entry<T> = T | Tombstone;

export function createSaver<T extends { id: string }>(
  repo: { put(record: T): Promise<unknown>; delete?(id: string): Promise<unknown> },
  options: SaverOptions = {},
): Saver<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SAVE_TIMEOUT_MS;
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;

  /** Newest unsaved record (or queued delete) per id, in order of first arrival. */
  const pending = new Map<string, Entry<T>>();
  /** Last error per pending id. */
  const errors = new Map<string, SaveError>();
  /** Records and deletes whose own write succeeded (ok even if superseded meanwhile). */
  const written = new WeakSet<Entry<T>>();
  /** The outcome of the newest save per id: what a superseded save reports. */
  const latest = new Map<string, Promise<SaveResult>>();
  const listeners = new Set<(state: SaverState) => void>();
  let chain: Promise<void> = Promise.resolve();
  /** A drain queued behind the current one and not started yet: later saves share it. */
  let queued: Promise<void> | null = null;
  let writing = false;
  let lastError: SaveError | null = null;
  let failedRounds = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const state = (): SaverState => ({ pending: pending.size, writing, lastError });

  function emit(): void {
    const s = state();
    for (const listener of [...listeners]) {
      try {
        listener(s);
      } catch (e) {
        // A broken banner must not break saving.
        console.error(e);
      }
    }
  }

  /** Writes every pending record once (each independently: one bad record blocks no other). */
  async function drain(): Promise<void> {
    queued = null;
    if (pending.size === 0) return;
    writing = true;
    emit();
    let failure: SaveError | null = null;
    for (const id of [...pending.keys()]) {
      const entry = pending.get(id);
      if (entry === undefined) continue;
      try {
        if (entry instanceof Tombstone) await deleteFromRepo(id);
        else await repo.put(entry);
        written.add(entry);
        if (pending.get(id) === entry) {
          pending.delete(id);
          errors.delete(id);
        }
      } catch (e) {
        failure = classifyStorageError(e);
        errors.set(id, failure);
      }
    }
    writing = false;
    lastError = failure;
    failedRounds = failure ? failedRounds + 1 : 0;
    scheduleRetry();
    emit();
  }

  function deleteFromRepo(id: string): Promise<unknown> {
    if (!repo.delete) throw new TypeError('this store cannot delete');
    return repo.delete(id);
  }

  function scheduleRetry(): void {
    if (pending.size === 0 || lastError === null) {
      clearTimeout(retryTimer);
      retryTimer = undefined;
      return;
    }
    if (disposed || retryTimer !== undefined || retryDelays.length === 0) return;
    if (lastError === 'versionChange') return;
    const delay = retryDelays[Math.min(failedRounds, retryDelays.length) - 1] ?? 0;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void enqueueDrain();
    }, delay);
  }

  /** The next drain that starts after now (one already waiting its turn is shared). */
  function enqueueDrain(): Promise<void> {
    if (queued) return queued;
    chain = chain.then(drain, drain);
    queued = chain;
    return chain;
  }

  function pendingResult(): SaveResult {
    if (pending.size === 0) return { ok: true };
    return { ok: false, error: lastError ?? 'unknown', pending: pending.size };
  }

  /** After the drain queued by save(record) or remove(id): how did that entry fare? */
  function resultFor(record: Entry<T>): SaveResult | Promise<SaveResult> {
    if (written.has(record)) return { ok: true };
    if (pending.get(record.id) === record) {
      return {
        ok: false,
        error: errors.get(record.id) ?? lastError ?? 'unknown',
        pending: pending.size,
      };
    }
    // Superseded by a newer step before it was written: that step's outcome is this one's.
    return latest.get(record.id) ?? { ok: true };
  }

  function withTimeout(result: Promise<SaveResult>): Promise<SaveResult> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<SaveResult>((resolve) => {
      timer = setTimeout(() => {
        lastError = 'timeout';
        emit();
        resolve({ ok: false, error: 'timeout', pending: pending.size });
      }, timeoutMs);
    });
    return Promise.race([result, timedOut]).finally(() => clearTimeout(timer));
  }

  function forget(id: string): void {
    if (pending.delete(id)) {
      errors.delete(id);
      if (pending.size === 0) lastError = null;
      emit();
    }
  }

  /** Queues a record or a tombstone in place of whatever the queue held for its id. */
  function enqueue(entry: Entry<T>): Promise<SaveResult> {
    pending.set(entry.id, entry);
    errors.delete(entry.id);
    emit();
    const result = enqueueDrain().then(() => resultFor(entry));
    latest.set(entry.id, result);
    void result.then(() => {
      if (latest.get(entry.id) === result) latest.delete(entry.id);
    });
    return withTimeout(result);
  }

  return {
    save: (record) => enqueue(record),
    remove(id) {
      if (!repo.delete) throw new TypeError('this store cannot delete');
      return enqueue(new Tombstone(id));
    },
    retryPending() {
      return withTimeout(enqueueDrain().then(pendingResult));
    },
    async flush() {
      await chain;
      return pending.size === 0 ? { ok: true } : withTimeout(enqueueDrain().then(pendingResult));
    },
    peek(id) {
      const entry = pending.get(id);
      return entry instanceof Tombstone ? undefined : entry;
    },
    queuedDelete: (id) => pending.get(id) instanceof Tombstone,
    pendingRecords: () => [...pending.values()].filter((e): e is T => !(e instanceof Tombstone)),
    pendingDeletes: () =>
      [...pending.values()].filter((e) => e instanceof Tombstone).map((e) => e.id),
    forget,
    drop(record) {
      if (pending.get(record.id) === record) forget(record.id);
    },
    state,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    idle: () => chain,
    idleWithin(ms = timeoutMs) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      });
      return Promise.race([chain.then(() => true), late]).finally(() => clearTimeout(timer));
    },
    dispose() {
      disposed = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
    },
  };
}
