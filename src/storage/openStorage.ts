/**
 * Opening the storage with a memory fallback, so the wizard works even where IndexedDB does not,
 * and what a storage error means. (Persistence and usage, which screens ask about, are
 * persistence.ts: screens may not import this module.)
 */
import { DB_NAME, PosRescueDb, type Durability, type VersionChangeInfo } from './db';
import { createIncidentsRepo, type IncidentsRepo } from './incidents.repo';
import { createLookupsRepo, type LookupsRepo } from './lookups.repo';
import { createMemoryRepos } from './memory';
import { createNotesRepo, type NotesRepo } from './notes.repo';
import { createPracticeRunsRepo, type PracticeRunsRepo } from './practiceRuns.repo';
import { createSettingsRepo, type SettingsRepo } from './settings.repo';
import { createTerminalsRepo, type TerminalsRepo } from './terminals.repo';

export type StorageErrorKind = 'quota' | 'unavailable' | 'versionChange' | 'unknown';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const VERSION_CHANGE_NAMES = new Set(['VersionChangeError', 'VersionError']);
const UNAVAILABLE_NAMES = new Set([
  'DatabaseClosedError',
  'MissingAPIError',
  'InvalidStateError',
  'OpenFailedError',
  'SecurityError',
]);
/** DOMException.QUOTA_EXCEEDED_ERR, the legacy code some engines still set. */
const QUOTA_EXCEEDED_CODE = 22;

/**
 * What a storage error means for the user:
 *  quota         – the phone (or the site's share of it) is full: free space, then retry
 *  unavailable   – storage cannot be used now (closed, missing, private mode, blocked by policy)
 *  versionChange – another tab upgraded or deleted the database: reload the app
 *  unknown       – anything else (a bug: bad record, DataCloneError, …)
 *
 * Recognises the DOMException itself, Dexie's mapped errors (Dexie.QuotaExceededError, …),
 * and wrappers whose `inner` says more: Chrome reports a full disk as an aborted transaction,
 * which Dexie surfaces as an AbortError whose `inner` is the QuotaExceededError.
 */
export function classifyStorageError(error: unknown): StorageErrorKind {
  return classify(error, 0);
}

function classify(error: unknown, depth: number): StorageErrorKind {
  if (typeof error !== 'object' || error === null || depth > 5) return 'unknown';
  const { name, code, inner, message } = error as {
    name?: unknown;
    code?: unknown;
    inner?: unknown;
    message?: unknown;
  };
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return 'quota';
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) {
    if (code === QUOTA_EXCEEDED_CODE) return 'quota';
  }
  if (typeof name === 'string' && VERSION_CHANGE_NAMES.has(name)) return 'versionChange';
  if (inner !== undefined && inner !== error) {
    const innerKind = classify(inner, depth + 1);
    if (innerKind !== 'unknown') return innerKind;
  }
  if (typeof name === 'string' && UNAVAILABLE_NAMES.has(name)) return 'unavailable';
  // An abort whose cause was lost but whose message still names it (Dexie #776).
  if (name === 'AbortError' && typeof message === 'string' && /QuotaExceeded/i.test(message)) {
    return 'quota';
  }
  return 'unknown';
}

/** Why the app runs on memory storage. */
export type MemoryReason =
  /** No IndexedDB in this browser (or access to it is forbidden). */
  | 'noIndexedDB'
  /** Opening failed: private mode, in-app browser, corrupt profile, full disk… (see `error`). */
  | 'openFailed'
  /** Opening neither succeeded nor failed within the timeout (hung IndexedDB). */
  | 'timeout';

export interface AppStorage {
  kind: 'indexeddb' | 'memory';
  /** Only for kind 'memory'. */
  reason?: MemoryReason;
  /** The error that made opening fail, for diagnostics. */
  error?: unknown;
  /**
   * The repositories: committed writes that reject on failure. Screens read and write through
   * the stores built over them (stores.ts), which hold the write queues.
   */
  incidents: IncidentsRepo;
  notes: NotesRepo;
  terminals: TerminalsRepo;
  /** Small keyed values: the practice session plan. */
  settings: SettingsRepo;
  /** Practice mode's runs: their own table, never among incidents. */
  practiceRuns: PracticeRunsRepo;
  /** What was looked up in "what does the screen say?" (the newest LIMITS.lookups). */
  lookups: LookupsRepo;
  /** Only for kind 'indexeddb' (the bench and tests need it; screens use the repos). */
  db?: PosRescueDb;
  /**
   * IndexedDB works but keeps nothing once the tab closes (WebKit's ephemeral store: Safari
   * Private Browsing, some in-app browsers). Told plainly; photos are stored as bytes there too.
   */
  ephemeral?: boolean;
  /** "This app was updated in another tab, reload." Never fires for memory storage. */
  onVersionChange(listener: (info: VersionChangeInfo) => void): () => void;
  close(): void;
}

export interface OpenStorageOptions {
  durability?: Durability;
  /**
   * Give up on IndexedDB (use memory) when opening takes longer. Default 8000 ms. Not while the
   * upgrade is blocked by another tab: then it waits for that tab (onBlocked says so), because
   * memory would hide every incident stored and keep no new answer.
   */
  timeoutMs?: number;
  /** Opening waits for another tab to let go of the old version: "close the other tab". */
  onBlocked?: () => void;
}

export const DEFAULT_OPEN_TIMEOUT_MS = 8000;

function hasIndexedDB(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    // Some sandboxed contexts throw SecurityError on mere access.
    return false;
  }
}

export function memoryStorage(reason: MemoryReason, error?: unknown): AppStorage {
  return {
    kind: 'memory',
    reason,
    ...(error === undefined ? {} : { error }),
    ...createMemoryRepos(),
    onVersionChange: () => () => undefined,
    close: () => undefined,
  };
}

/**
 * Whether this IndexedDB refuses Blobs: WebKit's ephemeral store does, on purpose ("Error
 * preparing Blob/File data to be stored in object store", WebKit bug 156347), and it is the one
 * store that does. The probe writes in a transaction it aborts, so nothing is ever stored.
 */
export function refusesBlobs(db: PosRescueDb): Promise<boolean> {
  if (typeof Blob === 'undefined') return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    let tx: IDBTransaction;
    try {
      tx = db.backendDB().transaction('settings', 'readwrite');
    } catch {
      return resolve(false);
    }
    const abort = () => {
      try {
        tx.abort();
      } catch {
        // already finished
      }
    };
    tx.onabort = tx.onerror = (e) => e.preventDefault();
    try {
      const req = tx.objectStore('settings').put({ key: 'blob-probe', value: new Blob(['x']) });
      req.onsuccess = () => {
        abort();
        resolve(false);
      };
      req.onerror = (e) => {
        e.preventDefault();
        const err = req.error;
        abort();
        resolve(err?.name === 'UnknownError' || /blob/i.test(err?.message ?? ''));
      };
    } catch (e) {
      abort();
      const { name, message } = (e ?? {}) as { name?: unknown; message?: unknown };
      resolve(name === 'UnknownError' || (typeof message === 'string' && /blob/i.test(message)));
    }
  });
}

export function indexedDbStorage(db: PosRescueDb, ephemeral = false): AppStorage {
  return {
    kind: 'indexeddb',
    db,
    ephemeral,
    incidents: createIncidentsRepo(db),
    notes: createNotesRepo(db),
    terminals: createTerminalsRepo(db),
    settings: createSettingsRepo(db),
    practiceRuns: createPracticeRunsRepo(db),
    lookups: createLookupsRepo(db),
    onVersionChange: (listener) => db.onVersionChange(listener),
    close: () => db.close(),
  };
}

/**
 * Opens the app's storage: IndexedDB when it works, else memory (with the reason). Never
 * rejects, so the wizard can always start.
 */
export async function openStorage(
  name: string = DB_NAME,
  options: OpenStorageOptions = {},
): Promise<AppStorage> {
  if (!hasIndexedDB()) return memoryStorage('noIndexedDB');
  let db: PosRescueDb;
  try {
    db = new PosRescueDb(name, options.durability ? { durability: options.durability } : {});
  } catch (error) {
    return memoryStorage('openFailed', error);
  }
  let blocked = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopBlocked = db.onBlocked(() => {
    // Another tab holds the old version: wait for it (no memory fallback) and say so.
    blocked = true;
    clearTimeout(timer);
    options.onBlocked?.();
  });
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      if (!blocked) resolve('timeout');
    }, options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS);
  });
  const opening = db.open().then(() => 'open' as const);
  opening.catch(() => undefined); // may reject after the timeout won; handled below otherwise
  try {
    if ((await Promise.race([opening, timedOut])) === 'timeout') {
      db.close(); // cancels the pending open
      return memoryStorage('timeout');
    }
    return indexedDbStorage(db, await refusesBlobs(db));
  } catch (error) {
    db.close();
    return memoryStorage('openFailed', error);
  } finally {
    clearTimeout(timer);
    stopBlocked();
  }
}
