/**
 * The write queue inside every store (stores.ts: one queue per store). Nothing else builds one:
 * screens call the store's `save(record)` / `delete(id)`.
 *
 *  - Writes are serialized: one write at a time, in call order, so a step's write can never
 *    overtake (and be overwritten by) the previous one.
 *  - A failed write is reported ({ ok: false, error }) and kept in the queue, never dropped (only
 *    `forget` takes one out). The queue holds the newest record per id (a later step supersedes
 *    an unsaved earlier one). Queued entries are retried before every later save, on
 *    `retryPending()`, and automatically with backoff.
 *  - `save` never rejects and never hangs: after `timeoutMs` it reports 'timeout' while the
 *    write keeps its place in line (nothing is allowed to overtake it).
 *  - `onChange` lets a banner say "not saved yet — retrying" (pending > 0 and lastError set).
 *  - A delete is queued like a write (`remove(id)`: a tombstone for the id): in line with the
 *    writes, coalesced with them (a later save of the id replaces the tombstone and vice versa),
 *    kept and retried when it fails, counted as pending (so a flush before a reload waits for it),
 *    and readers treat a queued tombstone as "gone" (`queued(id)` is DELETED).
 *  - `onEntry` hears every change of what the queue holds for an id (stores.ts keeps a journal
 *    of it, so a reload finds what was still queued), and `initial` puts such entries back in.
 *
 * Records are treated as immutable once saved (the engine builds new ones per step).
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

/** What the queue holds for an id whose delete is queued. */
export const DELETED = Symbol('deleted');

/** What the queue holds for an id: the newest unwritten record, or DELETED. */
export type Queued<T> = T | typeof DELETED;

export interface QueueHooks<T> {
  /** Entries queued before this queue existed (a journal read after a reload): written first. */
  initial?: readonly (readonly [string, Queued<T>])[];
  /** What the queue holds for `id` changed: the new entry, or undefined once it holds nothing. */
  onEntry?: (id: string, entry: Queued<T> | undefined) => void;
}

export interface Saver<T> {
  save(record: T): Promise<SaveResult>;
  /**
   * Queues the deletion of this id (the repo's `delete`), like a save: never rejects, reports
   * 'timeout' after `timeoutMs`, kept and retried when it fails.
   */
  remove(id: string): Promise<SaveResult>;
  /**
   * What is queued for this id and not yet known to be written: the newest record, DELETED, or
   * undefined. Readers must prefer it to what the database holds: after a failed write the queue
   * has the truth.
   */
  queued(id: string): Queued<T> | undefined;
  /** Everything queued, newest per id, in order of first arrival. */
  entries(): [string, Queued<T>][];
  /**
   * Takes what is queued for this id out (its incident was deleted: a retry must not bring it
   * back). With `only`, only if that very record (or, with DELETED, a delete) is still what is
   * queued (a write that must not land later: another tab upgraded, or the screen did not move on).
   */
  forget(id: string, only?: Queued<T>): void;
  /** Writes everything pending now. ok when nothing is left pending. */
  retryPending(): Promise<SaveResult>;
  /**
   * Waits for the writes queued so far, then retries what is still pending (before a reload).
   * ok when nothing is left pending.
   */
  flush(): Promise<SaveResult>;
  /**
   * True once every write queued so far has settled; false if one is still under way after
   * `withinMs` (default: never give up).
   */
  idle(withinMs?: number): Promise<boolean>;
  state(): SaverState;
  /** Called on every change of state. Returns the unsubscribe function. */
  onChange(listener: (state: SaverState) => void): () => void;
}

export const DEFAULT_SAVE_TIMEOUT_MS = 5000;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10000, 30000];

/** A queued delete: one object per `remove` call (compared by identity, like records). */
class Tombstone {
  constructor(readonly id: string) {}
}

/** What the queue holds for an id inside: the newest record, or a tombstone. */
type Entry<T> = T | Tombstone;

const outside = <T>(entry: Entry<T>): Queued<T> => (entry instanceof Tombstone ? DELETED : entry);

export function createSaver<T extends { id: string }>(
  repo: { put(record: T): Promise<unknown>; delete(id: string): Promise<unknown> },
  options: SaverOptions = {},
  hooks: QueueHooks<T> = {},
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

  /** The entry for `id` changed (set, or taken out): tell the journal. */
  function entryChanged(id: string): void {
    const entry = pending.get(id);
    hooks.onEntry?.(id, entry === undefined ? undefined : outside(entry));
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
        if (entry instanceof Tombstone) await repo.delete(id);
        else await repo.put(entry);
        written.add(entry);
        if (pending.get(id) === entry) {
          pending.delete(id);
          errors.delete(id);
          entryChanged(id);
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

  function scheduleRetry(): void {
    if (pending.size === 0 || lastError === null) {
      clearTimeout(retryTimer);
      retryTimer = undefined;
      return;
    }
    if (retryTimer !== undefined || retryDelays.length === 0) return;
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

  /** Settles by `ms` at the latest, with `late` then. */
  function within<R>(result: Promise<R>, ms: number, late: () => R): Promise<R> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<R>((resolve) => {
      timer = setTimeout(() => resolve(late()), ms);
    });
    return Promise.race([result, timedOut]).finally(() => clearTimeout(timer));
  }

  function withTimeout(result: Promise<SaveResult>): Promise<SaveResult> {
    return within(result, timeoutMs, () => {
      lastError = 'timeout';
      emit();
      return { ok: false, error: 'timeout', pending: pending.size };
    });
  }

  /** Queues a record or a tombstone in place of whatever the queue held for its id. */
  function enqueue(entry: Entry<T>): Promise<SaveResult> {
    pending.set(entry.id, entry);
    errors.delete(entry.id);
    entryChanged(entry.id);
    emit();
    const result = enqueueDrain().then(() => resultFor(entry));
    latest.set(entry.id, result);
    void result.then(() => {
      if (latest.get(entry.id) === result) latest.delete(entry.id);
    });
    return withTimeout(result);
  }

  for (const [id, entry] of hooks.initial ?? []) {
    pending.set(id, entry === DELETED ? new Tombstone(id) : entry);
  }
  if (pending.size > 0) void enqueueDrain();

  return {
    save: (record) => enqueue(record),
    remove: (id) => enqueue(new Tombstone(id)),
    queued(id) {
      const entry = pending.get(id);
      return entry === undefined ? undefined : outside(entry);
    },
    entries: () => [...pending].map(([id, entry]) => [id, outside(entry)]),
    forget(id, only) {
      const entry = pending.get(id);
      if (entry === undefined || (only !== undefined && outside(entry) !== only)) return;
      if (pending.delete(id)) {
        errors.delete(id);
        if (pending.size === 0) lastError = null;
        entryChanged(id);
        emit();
      }
    },
    retryPending() {
      return withTimeout(enqueueDrain().then(pendingResult));
    },
    async flush() {
      await chain;
      return pending.size === 0 ? { ok: true } : withTimeout(enqueueDrain().then(pendingResult));
    },
    idle(withinMs) {
      const settled = chain.then(() => true);
      return withinMs === undefined ? settled : within(settled, withinMs, () => false);
    },
    state,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
