/**
 * The stores screens write and read through, one per kind of record: incidents, notes,
 * terminals, settings, practice runs and lookups. Every store has the same contract (`Store`), because
 * each owns one write queue (writeQueue.ts) over its repository: its writes are ordered,
 * coalesced (the newest record per id), never rejected, retried with backoff on a full disk or a
 * lost connection, kept in a journal a reload finds (journal.ts) and flushed before an update
 * reloads the app (`flushStores`). Deletes go through the same queue (a tombstone for the id:
 * in line with the writes, retried, flushed). Reads see a queued write or delete before the
 * stored copy: after a failed write the queue holds the truth. `subscribe` tells the data hooks
 * (infra/useRecords.ts) when what the reads return may have changed: when a round of writes
 * has settled, never when a write is merely queued, so nothing shows a record before its write
 * has been tried.
 *
 * `createStores(storage)` builds the six once per opened storage (infra/services.tsx), with the
 * backup service, the one reader and writer past the queues. Nothing else builds a store or a
 * queue. The repositories (`*.repo.ts`) stay the committed-write layer below: their `put`
 * rejects on failure, which is what the queue retries.
 */
import {
  BackupRecordError,
  exportAll,
  importBackup,
  type ImportReport,
  type StoredData,
} from './backup.repo';
import { computeMonthStats, monthRange, type MonthStats } from './incidents.repo';
import { openJournal, type JournalCodec } from './journal';
import {
  assertLookup,
  byNewestLookup,
  computeLookupStats,
  type LookupMonthStats,
} from './lookups.repo';
import { assertNote, byCreatedAt } from './notes.repo';
import type { AppStorage } from './openStorage';
import { assertPracticeRun, byStartedDesc, type PracticeImportCounts } from './practiceRuns.repo';
import {
  SETTING_KEYS,
  type IncidentRecord,
  type LookupRecord,
  type NoteRecord,
  type PracticeRunRecord,
  type Setting,
  type SettingKey,
  type TerminalRecord,
} from './records';
import {
  isShowableIncident,
  isShowableLookup,
  isShowableNote,
  isShowableTerminal,
  LIMITS,
} from './recordRules';
import { assertTerminal, byName } from './terminals.repo';
import {
  createSaver,
  DEFAULT_SAVE_TIMEOUT_MS,
  DELETED,
  type SaveError,
  type SaveResult,
  type Saver,
  type SaverOptions,
  type SaverState,
  type Queued,
} from './writeQueue';

/** The one contract every store shares: its write side, and the signal its readers listen to. */
export interface Store<T extends { id: string }> {
  /** Queues the record and resolves once it is written (or why not). Never rejects. */
  save(record: T): Promise<SaveResult>;
  /**
   * Saves like `save`, but a record that could not be written is taken back: a screen that stays
   * where it was on a failed write (it says "not saved") must not find it stored later, and the
   * next tap writes again. `shown` is the copy the screen still shows (committed before; null
   * for a new record). After a timeout the write may still be under way and commit later, so
   * `shown` is queued behind it (a new record: its delete): what ends up stored is what the
   * screen says.
   */
  saveOrTakeBack(record: T, shown: T | null): Promise<SaveResult>;
  /**
   * Queues the delete of this id, like a save: kept and retried when it fails; reads say "gone"
   * at once. Never rejects. For a delete nobody waits to see done (an emptied draft).
   */
  delete(id: string): Promise<SaveResult>;
  /**
   * Deletes like `delete`, but a delete that failed is taken back (the screen says "not deleted",
   * the record stays, and the next tap deletes again); after a timeout, when the delete may still
   * land later, `shown` is queued behind it: what ends up stored is what the screen says.
   */
  deleteOrTakeBack(shown: T): Promise<SaveResult>;
  /** Takes a record back out of the queue unless a newer copy replaced it. */
  drop(record: T): void;
  /** Waits for the writes queued so far, then retries what is pending. ok when nothing is left. */
  flush(): Promise<SaveResult>;
  /** Writes everything pending now (the banner's "retry now"). */
  retryPending(): Promise<SaveResult>;
  /** Pending count, write in progress, last error: for the "not saved yet" banner. */
  state(): SaverState;
  onChange(listener: (state: SaverState) => void): () => void;
  /** Called whenever what this store's reads return may have changed. */
  subscribe(listener: () => void): () => void;
}

export interface IncidentStore extends Store<IncidentRecord> {
  /** The incident as the merchant last saw it: a queued write wins over the stored copy. */
  get(id: string): Promise<IncidentRecord | undefined>;
  /** Every incident, queued writes included, most recently started first. */
  list(): Promise<IncidentRecord[]>;
  /** Figures over the incidents started in the (local-time) calendar month of `now`. */
  statsForMonth(now: Date | number): Promise<MonthStats>;
}

export interface NoteStore extends Store<NoteRecord> {
  /** The notes of one incident after the writes on their way, queued ones included, oldest first. */
  listByIncident(incidentId: string): Promise<NoteRecord[]>;
}

export interface TerminalStore extends Store<TerminalRecord> {
  get(id: string): Promise<TerminalRecord | undefined>;
  /** Every terminal, by name. */
  list(): Promise<TerminalRecord[]>;
}

export interface SettingStore extends Store<Setting> {
  get(key: SettingKey): Promise<Setting | undefined>;
}

export interface PracticeRunStore extends Store<PracticeRunRecord> {
  get(id: string): Promise<PracticeRunRecord | undefined>;
  /** Every run, queued writes included, most recently started first. */
  list(): Promise<PracticeRunRecord[]>;
  /** Deletes every practice run (nothing else), queued ones included. */
  clear(): Promise<void>;
  /** Merges validated runs after the writes on their way (per id the newer `updatedAt` wins). */
  importRuns(runs: readonly PracticeRunRecord[]): Promise<PracticeImportCounts>;
}

/** The lookup log: written from the lookup's chunk after the answer has shown (a log, not a step). */
export interface LookupStore extends Store<LookupRecord> {
  /** The lookups kept (queued ones included), newest first. */
  list(): Promise<LookupRecord[]>;
  /** Lookups per answer over the (local-time) calendar month of `now`. */
  statsForMonth(now: Date | number): Promise<LookupMonthStats>;
}

export interface Stores {
  incidents: IncidentStore;
  notes: NoteStore;
  terminals: TerminalStore;
  settings: SettingStore;
  practiceRuns: PracticeRunStore;
  lookups: LookupStore;
}

/** A restore that did not happen, and why: nothing was changed. */
export type RestoreRefusal = { code: 'invalid'; path: string } | { code: 'storage' };

/** Backup files: everything out, everything back in. */
export interface BackupService {
  /** Everything stored, after the queues were written (photos as Blobs). */
  exportAll(): Promise<StoredData>;
  /**
   * Merges validated records in one transaction (per id the newer `updatedAt` wins), then tells
   * every store's readers. A record the app cannot use refuses the whole file.
   */
  restore(
    data: StoredData,
  ): Promise<{ ok: true; report: ImportReport } | { ok: false; error: RestoreRefusal }>;
}

/** The stores, by name: what a flush names when something is still pending. */
export type StoreName = keyof Stores;

/** In the order a flush tries them and names what is left. */
const STORE_NAMES: readonly StoreName[] = [
  'incidents',
  'notes',
  'terminals',
  'settings',
  'practiceRuns',
  'lookups',
];

/** What a store is built from. */
interface Kind<T extends { id: string }> {
  name: StoreName;
  repo: {
    put(record: T): Promise<void>;
    delete(id: string): Promise<void>;
    get(id: string): Promise<T | undefined>;
  };
  codec: JournalCodec<T>;
  /**
   * A record from the journal against the stored copy, when it is written again: what to write,
   * or null to leave the stored one (it is newer). Default: newer `updatedAt` wins.
   */
  reconcile?(journaled: T, stored: T | undefined): T | null;
}

/**
 * What a kind does before one of its deletes is queued (incidents: take the incident's notes out
 * of the notes queue): a result when the delete must not be queued, else a function that undoes
 * it when the delete is taken back.
 */
type BeforeDelete = (id: string) => Promise<{ refused: SaveResult } | { undo: () => void }>;

interface Built<T extends { id: string }> {
  store: Store<T>;
  saver: Saver<T>;
  /** Tells the readers that what reads return may have changed. */
  changed(): void;
}

export interface StoreOptions extends SaverOptions {
  /** Keep each queue in a journal under this database's name (journal.ts); none: no journal. */
  journal?: string;
}

const newerWins = <T>(journaled: T, stored: T | undefined): T | null =>
  stored !== undefined &&
  (stored as { updatedAt?: number }).updatedAt! > (journaled as { updatedAt?: number }).updatedAt!
    ? null
    : journaled;

/** The store of one kind: its queue (journaled), its write side, its change signal. */
function buildStore<T extends { id: string }>(
  kind: Kind<T>,
  options: StoreOptions,
  beforeDelete: BeforeDelete = async () => ({ undo: () => undefined }),
): Built<T> {
  const journal = options.journal ? openJournal(options.journal, kind.name, kind.codec) : null;
  /** Records from the journal: checked against the stored copy when written. */
  const rescued = new WeakSet<T>();
  for (const [, entry] of journal?.taken ?? []) if (entry !== DELETED) rescued.add(entry);
  const reconcile = (journaled: T, stored: T | undefined) =>
    kind.reconcile ? kind.reconcile(journaled, stored) : newerWins(journaled, stored);
  const saver = createSaver(
    {
      async put(record) {
        if (!rescued.has(record)) return kind.repo.put(record);
        const write = reconcile(record, await kind.repo.get(record.id));
        if (write) await kind.repo.put(write);
      },
      delete: (id) => kind.repo.delete(id),
    },
    options,
    journal ? { initial: journal.taken, onEntry: journal.onEntry } : {},
  );
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  // A round of writes settled: stored copies replaced queued ones, or a failure kept them.
  let writing = false;
  saver.onChange((s) => {
    if (writing && !s.writing) changed();
    writing = s.writing;
  });
  const forget = (id: string, only: Queued<T>) => {
    saver.forget(id, only);
    changed();
  };
  const remove = async (id: string) => {
    const before = await beforeDelete(id);
    if ('refused' in before) return { result: before.refused, undo: () => undefined };
    return { result: await saver.remove(id), undo: before.undo };
  };
  /**
   * After a write the screen waited for: a failure takes it back (exact: nothing of it was
   * stored); a timeout queues what the screen still shows behind it (the write may still land),
   * unless a newer copy replaced it meanwhile: that one is the truth.
   */
  const takeBackUnlessDone = (
    result: SaveResult,
    id: string,
    mine: Queued<T>,
    shown: T | null,
  ): SaveResult => {
    if (result.ok) return result;
    if (result.error !== 'timeout') {
      forget(id, mine);
      return result;
    }
    const queued = saver.queued(id);
    if (queued === mine || queued === undefined) {
      void (shown ? saver.save(shown) : saver.remove(id));
    }
    return result;
  };
  const store: Store<T> = {
    save: (record) => saver.save(record),
    async saveOrTakeBack(record, shown) {
      return takeBackUnlessDone(await saver.save(record), record.id, record, shown);
    },
    delete: async (id) => (await remove(id)).result,
    async deleteOrTakeBack(shown) {
      const { result, undo } = await remove(shown.id);
      if (!result.ok && result.error !== 'timeout') undo();
      return takeBackUnlessDone(result, shown.id, DELETED, shown);
    },
    drop: (record) => forget(record.id, record),
    flush: () => saver.flush(),
    retryPending: () => saver.retryPending(),
    state: () => saver.state(),
    onChange: (listener) => saver.onChange(listener),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { store, saver, changed };
}

/** Stored and queued records as the queue says they are: queued deletes gone, queued copies in. */
async function readQueued<T extends { id: string }>(
  saver: Saver<T>,
  stored: () => Promise<T[]>,
  order: (a: T, b: T) => number,
  keep: (record: T) => boolean = () => true,
): Promise<T[]> {
  // The queue first: a write or delete that commits during the read is then in one of the two.
  const queued = saver.entries();
  const byId = new Map((await stored()).map((r) => [r.id, r]));
  for (const [id, entry] of queued) {
    if (entry === DELETED) byId.delete(id);
    else if (keep(entry)) byId.set(id, entry);
  }
  return [...byId.values()].sort(order);
}

/** One record, the queued copy first: after a failed write it is the truth. */
async function readOne<T extends { id: string }>(
  saver: Saver<T>,
  id: string,
  stored: (id: string) => Promise<T | undefined>,
): Promise<T | undefined> {
  const queued = saver.queued(id);
  if (queued !== undefined) return queued === DELETED ? undefined : queued;
  const record = await stored(id);
  // Written or deleted through the queue while this read was under way: the queue says.
  const now = saver.queued(id);
  return now === undefined ? record : now === DELETED ? undefined : now;
}

/** Most recently started first (incidents and practice runs alike). */
const newestStartFirst = (a: { startedAt: number }, b: { startedAt: number }) =>
  b.startedAt - a.startedAt;

/** A check that throws, as a yes/no. */
const passes = <T>(check: (value: T) => void, value: T) => {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
};

/** Records are JSON already (but for notes' photos): stored as they are, checked on the way back. */
const jsonCodec = <T>(valid: (value: unknown) => value is T): JournalCodec<T> => ({
  encode: (record) => record,
  decode: (value) => (valid(value) ? value : null),
});

const SETTING_KEY_LIST: readonly string[] = Object.values(SETTING_KEYS);

/** The six stores of an opened storage, each with its own queue, and the backup service. */
export function createStores(
  storage: AppStorage,
  options: StoreOptions = {},
): Stores & { backup: BackupService } {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SAVE_TIMEOUT_MS;

  /**
   * A note's photo is not journaled (its bytes are read asynchronously, and a few of them would
   * fill localStorage): a journaled note that had one keeps the stored photo when written again,
   * or goes without when there is none (its text is what the journal saves).
   */
  const hadPhoto = new WeakSet<NoteRecord>();
  const notes = buildStore<NoteRecord>(
    {
      name: 'notes',
      repo: storage.notes,
      codec: {
        encode: ({ photo, ...rest }) => (photo ? { ...rest, hadPhoto: true } : rest),
        decode(value) {
          if (!isShowableNote(value)) return null;
          const { hadPhoto: had, ...note } = value as NoteRecord & { hadPhoto?: unknown };
          if (!passes(assertNote, note)) return null;
          if (had === true) hadPhoto.add(note);
          return note;
        },
      },
      reconcile(journaled, stored) {
        const write = newerWins(journaled, stored);
        return write && hadPhoto.has(journaled) && stored?.photo
          ? { ...write, photo: stored.photo }
          : write;
      },
    },
    options,
  );
  const notesOf = (incidentId: string) => (n: NoteRecord) => n.incidentId === incidentId;

  // The repo deletes an incident's notes with it. Its notes still queued (a full disk, a lost
  // connection) leave the notes queue first, or a retry would write them back as orphans; a
  // delete taken back puts them back. A note write under way is waited for only up to the save
  // timeout (it could land after the delete and stay as an orphan): then nothing is deleted and
  // the screen says so (a delete never hangs).
  const incidents = buildStore<IncidentRecord>(
    { name: 'incidents', repo: storage.incidents, codec: jsonCodec(isShowableIncident) },
    options,
    async (id) => {
      if (!(await notes.saver.idle(timeoutMs))) {
        return { refused: { ok: false, error: 'timeout', pending: notes.saver.state().pending } };
      }
      const orphans = notes.saver
        .entries()
        .flatMap(([, entry]) => (entry !== DELETED && entry.incidentId === id ? [entry] : []));
      for (const note of orphans) notes.saver.forget(note.id, note);
      if (orphans.length > 0) notes.changed();
      return { undo: () => orphans.forEach((note) => void notes.saver.save(note)) };
    },
  );
  const listIncidents = () =>
    readQueued(incidents.saver, () => storage.incidents.listAll(), newestStartFirst);

  const terminals = buildStore<TerminalRecord>(
    {
      name: 'terminals',
      repo: storage.terminals,
      codec: jsonCodec(
        (v): v is TerminalRecord => isShowableTerminal(v) && passes(assertTerminal, v),
      ),
    },
    options,
  );

  /** The key/value table as records: the key is the id. */
  const settingsRepo: Kind<Setting>['repo'] = {
    put: ({ id, value }) => storage.settings.set(id, value),
    delete: (key) => storage.settings.delete(key),
    get: async (key) => {
      const value = await storage.settings.get<unknown>(key);
      return value === undefined ? undefined : { id: key as SettingKey, value };
    },
  };
  const settings = buildStore<Setting>(
    {
      name: 'settings',
      repo: settingsRepo,
      codec: jsonCodec(
        (v): v is Setting =>
          typeof v === 'object' &&
          v !== null &&
          SETTING_KEY_LIST.includes((v as { id?: unknown }).id as string),
      ),
      // A setting has no time of its own: the one the page queued last is the newest.
      reconcile: (journaled) => journaled,
    },
    options,
  );

  const practiceRuns = buildStore<PracticeRunRecord>(
    {
      name: 'practiceRuns',
      repo: storage.practiceRuns,
      codec: jsonCodec(
        (v): v is PracticeRunRecord =>
          typeof v === 'object' && v !== null && passes(assertPracticeRun, v as PracticeRunRecord),
      ),
    },
    options,
  );

  const lookups = buildStore<LookupRecord>(
    {
      name: 'lookups',
      repo: storage.lookups,
      codec: jsonCodec((v): v is LookupRecord => isShowableLookup(v) && passes(assertLookup, v)),
    },
    options,
  );
  /** The kept ones: the stored newest, with the queued ones, within the bound. */
  const listLookups = async () =>
    (await readQueued(lookups.saver, () => storage.lookups.list(), byNewestLookup)).slice(
      0,
      LIMITS.lookups,
    );

  const stores: Stores = {
    incidents: {
      ...incidents.store,
      get: (id) => readOne(incidents.saver, id, (i) => storage.incidents.get(i)),
      list: listIncidents,
      async statsForMonth(now) {
        const [start, end] = monthRange(now);
        return computeMonthStats(
          (await listIncidents()).filter((r) => r.startedAt >= start && r.startedAt < end),
        );
      },
    },
    notes: {
      ...notes.store,
      async listByIncident(incidentId) {
        // After the writes on their way, but never stuck behind one that hangs (the queue has them).
        await notes.saver.idle(timeoutMs);
        return readQueued(
          notes.saver,
          () => storage.notes.listByIncident(incidentId),
          byCreatedAt,
          notesOf(incidentId),
        );
      },
    },
    terminals: {
      ...terminals.store,
      get: (id) => readOne(terminals.saver, id, (i) => storage.terminals.get(i)),
      list: () => readQueued(terminals.saver, () => storage.terminals.list(), byName),
    },
    settings: {
      ...settings.store,
      get: (key) => readOne(settings.saver, key, (k) => settingsRepo.get(k)),
    },
    practiceRuns: {
      ...practiceRuns.store,
      get: (id) => readOne(practiceRuns.saver, id, (i) => storage.practiceRuns.get(i)),
      list: () => readQueued(practiceRuns.saver, () => storage.practiceRuns.list(), byStartedDesc),
      async clear() {
        for (const [id] of practiceRuns.saver.entries()) practiceRuns.saver.forget(id);
        await practiceRuns.saver.idle();
        try {
          await storage.practiceRuns.clear();
        } finally {
          practiceRuns.changed();
        }
      },
      async importRuns(runs) {
        await practiceRuns.saver.idle();
        try {
          return await storage.practiceRuns.importRuns(runs);
        } finally {
          practiceRuns.changed();
        }
      },
    },
    lookups: {
      ...lookups.store,
      list: listLookups,
      statsForMonth: async (now) => computeLookupStats(await listLookups(), now),
    },
  };

  const built = { incidents, notes, terminals, settings, practiceRuns, lookups };
  const backup: BackupService = {
    async exportAll() {
      await Promise.all(STORE_NAMES.map((name) => stores[name].flush()));
      return exportAll(storage);
    },
    async restore(data) {
      try {
        return { ok: true, report: await importBackup(storage, data) };
      } catch (error) {
        // A record the schema let through but the app cannot use: the file is at fault.
        return {
          ok: false,
          error:
            error instanceof BackupRecordError
              ? { code: 'invalid', path: `${error.table}.${error.index}` }
              : { code: 'storage' },
        };
      } finally {
        for (const name of STORE_NAMES) built[name].changed();
      }
    },
  };
  return { ...stores, backup };
}

/** A flush of every store: as a save result, and which stores still hold something. */
export type FlushResult =
  { ok: true } | { ok: false; error: SaveError; pending: number; stores: StoreName[] };

/**
 * Flushes every store (before an update reloads the app): ok only when nothing is pending. When
 * something is, `stores` names where (so the screen can say an answer, a note, a terminal, a
 * setting, a practice run or a lookup).
 */
export async function flushStores(stores: Stores): Promise<FlushResult> {
  const results = await Promise.all(STORE_NAMES.map((name) => stores[name].flush()));
  const failed = STORE_NAMES.filter((_name, i) => !results[i]!.ok);
  const first = results.find((r) => !r.ok);
  if (!first || first.ok) return { ok: true };
  return { ...first, stores: failed };
}
