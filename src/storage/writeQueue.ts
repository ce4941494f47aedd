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
  /** All not-yet-written records (newest per id). */
  pendingRecords(): T[];
  /** Drops a pending record (its incident was deleted): a retry must not bring it back. */
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
  /** Stops automatic retries (pending records stay pending). */
  dispose(): void;
}

export const DEFAULT_SAVE_TIMEOUT_MS = 5000;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10000, 30000];

export function createSaver<T extends { id: string }>(
  repo: { put(record: T): Promise<unknown> },
  options: SaverOptions = {},
): Saver<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SAVE_TIMEOUT_MS;
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;

  /** Newest unsaved record per id, in order of first arrival. */
  const pending = new Map<string, T>();
  /** Last error per pending id. */
  const errors = new Map<string, SaveError>();
  /** Records whose own write succeeded (a save reports ok even if superseded meanwhile). */
  const written = new WeakSet<T>();
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
      const record = pending.get(id);
      if (record === undefined) continue;
      try {
        await repo.put(record);
        written.add(record);
        if (pending.get(id) === record) {
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

  /** After the drain queued by save(record): how did that record fare? */
  function resultFor(record: T): SaveResult | Promise<SaveResult> {
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

  return {
    save(record) {
      pending.set(record.id, record);
      errors.delete(record.id);
      emit();
      const result = enqueueDrain().then(() => resultFor(record));
      latest.set(record.id, result);
      void result.then(() => {
        if (latest.get(record.id) === result) latest.delete(record.id);
      });
      return withTimeout(result);
    },
    retryPending() {
      return withTimeout(enqueueDrain().then(pendingResult));
    },
    async flush() {
      await chain;
      return pending.size === 0 ? { ok: true } : withTimeout(enqueueDrain().then(pendingResult));
    },
    peek: (id) => pending.get(id),
    pendingRecords: () => [...pending.values()],
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
    dispose() {
      disposed = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
    },
  };
}
