/**
 * The IndexedDB database of POS Rescue: the only place in the app that knows about Dexie.
 *
 * What is stored where (database `pos-rescue`, all keys are strings):
 *  - incidents     key `id`. One record per run of a guide (IncidentRecord): fault, status,
 *                  times, the append-only answer log and the XState snapshot of the current step.
 *                  Indexes: fault, status, updatedAt, startedAt, [status+updatedAt] (the
 *                  compound one serves "unfinished incidents, most recently touched first").
 *  - notes         key `id`. Merchant notes and screen photos (StoredNote: the photo as its
 *                  bytes + type, or a Blob in records written before), attached to an incident. Indexes: incidentId, updatedAt. Deleted together with the incident.
 *  - terminals     key `id`. The shop's terminals (TerminalRecord): name, model, serial,
 *                  provider phone. Index: updatedAt.
 *  - settings      key `key`. Small key/value settings (records.ts: SETTING_KEYS — the last
 *                  backup, the backup reminder's answer, a trainee's session plan). Not the
 *                  language: it lives in localStorage, read before the first paint.
 *  - practiceRuns  key `id`. Practice-mode runs (PracticeRunRecord). Indexes: updatedAt,
 *                  scenarioId. Kept out of `incidents` so practice never counts as a real fault.
 *  - lookups       key `id`. What was looked up in "what does the screen say?" (LookupRecord:
 *                  the typed text after the card guard, the answer id shown, times, language).
 *                  Index: at (the newest LIMITS.lookups are kept; each write drops the oldest).
 *
 * What is NEVER stored: card numbers (PAN), PINs, CVV, track data, passwords or verification
 * codes. The guides never ask for them; note text is passed through the card-data guard
 * before it reaches `notes` (see NoteRecord.text).
 *
 * Schema history (a version is never edited once shipped, only a new one added):
 *  - v1: incidents (answer log in a field named `answers`, `updatedAt` not always set), settings.
 *  - v2: adds notes, terminals, practiceRuns and the updatedAt indexes; the upgrade renames
 *        incidents' `answers` to `log` and fills in `updatedAt`.
 *  - v3: adds lookups (no upgrade of existing records: a new table starts empty).
 *
 * Durability: transactions are opened with `chromeTransactionDurability: 'strict'` (DEFAULT_
 * DURABILITY). Since Chrome 121 the default is 'relaxed': the transaction reports "complete"
 * once the data is handed to the OS, before it is flushed to disk, so a power loss (a phone
 * whose battery dies at the counter) can lose the last few seconds of writes. The wizard writes
 * before it renders the next step precisely so that a resumed incident is where the merchant
 * left it; one small record per step at human pace (seconds between writes) makes the cost of a
 * flush per write irrelevant to the user. The bench opens the database both ways
 * (`new PosRescueDb(name, { durability })`) to measure that per-step cost; revisit the choice if
 * it ever gets close to a frame budget on a low-end phone. Firefox and Safari treat the hint as
 * their own default (relaxed) or ignore it.
 *
 * Another tab: when a newer version of the app (or "delete all data") in another tab needs the
 * database, this tab gets `versionchange`. Dexie's default closes the connection but lets the
 * next query reopen it, i.e. old code would keep writing old-shape records into the new schema.
 * Here the connection is closed for good, every later query fails with a VersionChangeError,
 * and `onVersionChange` listeners fire so the UI can say "this app was updated in another tab,
 * reload".
 */
import Dexie, { type ChromeTransactionDurability, type EntityTable, type Transaction } from 'dexie';
import type { LogEntry } from '../faults/types';
import type {
  IncidentRecord,
  LookupRecord,
  PracticeRunRecord,
  SettingRecord,
  StoredNote,
  TerminalRecord,
} from './records';

export const DB_NAME = 'pos-rescue';

export type Durability = ChromeTransactionDurability;

/** See the comment at the top of this file. */
export const DEFAULT_DURABILITY: Durability = 'strict';

export interface PosRescueDbOptions {
  /** Chromium transaction durability hint; 'strict' unless measuring (bench). */
  durability?: Durability;
}

/** The schema of each version, exactly as shipped. */
export const SCHEMA = {
  1: {
    incidents: 'id, fault, status, startedAt',
    settings: 'key',
  },
  2: {
    incidents: 'id, fault, status, updatedAt, startedAt, [status+updatedAt]',
    notes: 'id, incidentId, updatedAt',
    terminals: 'id, updatedAt',
    settings: 'key',
    practiceRuns: 'id, updatedAt, scenarioId',
  },
  3: {
    incidents: 'id, fault, status, updatedAt, startedAt, [status+updatedAt]',
    notes: 'id, incidentId, updatedAt',
    terminals: 'id, updatedAt',
    settings: 'key',
    practiceRuns: 'id, updatedAt, scenarioId',
    lookups: 'id, at',
  },
} as const;

/** The current schema version. */
export const DB_VERSION = 3;

/** An incident as version 1 stored it. */
export type IncidentRecordV1 = Omit<IncidentRecord, 'log' | 'updatedAt'> & {
  answers?: LogEntry[];
  updatedAt?: number;
};

/**
 * v1 → v2 for one incident, in place: `answers` becomes `log`; a missing `updatedAt` becomes
 * the latest of startedAt, endedAt and the answer times.
 */
export function upgradeIncidentV1(rec: Record<string, unknown>): void {
  if (!Array.isArray(rec.log)) rec.log = Array.isArray(rec.answers) ? rec.answers : [];
  delete rec.answers;
  if (typeof rec.updatedAt !== 'number') {
    // The last moment the incident is known to have changed.
    const times = [
      rec.startedAt,
      rec.endedAt,
      ...(rec.log as Partial<LogEntry>[]).map((e) => e?.at),
    ];
    const finite = times.filter((t): t is number => typeof t === 'number' && Number.isFinite(t));
    rec.updatedAt = finite.length > 0 ? Math.max(...finite) : 0;
  }
}

/**
 * The connection died under the app: WebKit after the app was in the background ("Connection to
 * Indexed Database server lost. Refresh the page to try again", WebKit bugs 197050 / 201483 /
 * 277615), or a connection the browser closed ("The database connection is closing"). Not a
 * version change (that one is for good), not a full disk.
 */
export function isLostConnection(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { name, message, inner } = error as { name?: unknown; message?: unknown; inner?: unknown };
  const text = typeof message === 'string' ? message : '';
  if (name === 'UnknownError' && /server lost|connection.*(?:lost|clos)/i.test(text)) return true;
  if (name === 'InvalidStateError' && /clos/i.test(text)) return true;
  return inner !== undefined && inner !== error && isLostConnection(inner, depth + 1);
}

export interface VersionChangeInfo {
  /** The Dexie version the other tab opens, or null when it deletes the database. */
  newVersion: number | null;
}

export class PosRescueDb extends Dexie {
  declare incidents: EntityTable<IncidentRecord, 'id'>;
  declare notes: EntityTable<StoredNote, 'id'>;
  declare terminals: EntityTable<TerminalRecord, 'id'>;
  declare settings: EntityTable<SettingRecord, 'key'>;
  declare practiceRuns: EntityTable<PracticeRunRecord, 'id'>;
  declare lookups: EntityTable<LookupRecord, 'id'>;

  readonly durability: Durability;
  /** Set once another tab upgraded or deleted the database; this connection is then closed. */
  replacedBy: VersionChangeInfo | null = null;

  private readonly versionChangeListeners = new Set<(info: VersionChangeInfo) => void>();
  private readonly blockedListeners = new Set<() => void>();

  constructor(name: string = DB_NAME, options: PosRescueDbOptions = {}) {
    const durability = options.durability ?? DEFAULT_DURABILITY;
    super(name, { chromeTransactionDurability: durability });
    this.durability = durability;

    this.version(1).stores(SCHEMA[1]);
    this.version(2)
      .stores(SCHEMA[2])
      .upgrade((tx: Transaction) =>
        tx
          .table('incidents')
          .toCollection()
          .modify((record: Record<string, unknown>) => upgradeIncidentV1(record)),
      );
    this.version(3).stores(SCHEMA[3]);

    this.on('versionchange', (event: IDBVersionChangeEvent) => {
      const info: VersionChangeInfo = {
        newVersion: event.newVersion ? event.newVersion / 10 : null,
      };
      this.replacedBy = info;
      // Close for good (Dexie's default would reopen on the next query with this old code).
      this.close({ disableAutoOpen: true });
      for (const listener of [...this.versionChangeListeners]) listener(info);
      return false; // skip Dexie's default handler
    });
    this.on('blocked', () => {
      for (const listener of [...this.blockedListeners]) listener();
    });
  }

  /**
   * Another tab upgraded or deleted the database: this tab's code is outdated, it should
   * reload. Returns the unsubscribe function.
   */
  onVersionChange(listener: (info: VersionChangeInfo) => void): () => void {
    this.versionChangeListeners.add(listener);
    return () => this.versionChangeListeners.delete(listener);
  }

  /**
   * Opening (upgrading) this database waits for another tab that keeps an older version open
   * (typically a frozen background tab). Returns the unsubscribe function.
   */
  onBlocked(listener: () => void): () => void {
    this.blockedListeners.add(listener);
    return () => this.blockedListeners.delete(listener);
  }

  /**
   * Runs a storage operation; when the connection turns out lost (isLostConnection), reopens
   * and runs it once more. Dexie 4 reopens by itself only after a `close` event it saw; WebKit's
   * lost server connection sends none and fails every later transaction (Dexie #2008, #2296).
   * Never after another tab's upgrade: that connection stays closed on purpose.
   */
  async reconnecting<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (this.replacedBy || !isLostConnection(error)) throw error;
      this.close({ disableAutoOpen: false });
      await this.open();
      return operation();
    }
  }

  /**
   * The error to report for a failed query: after a version change in another tab, Dexie's
   * DatabaseClosedError becomes a VersionChangeError (the cause is kept as `inner`).
   */
  explain(error: unknown): unknown {
    if (this.replacedBy && error instanceof Dexie.DatabaseClosedError) {
      return new Dexie.VersionChangeError(
        'the database was upgraded or deleted in another tab; reload the app',
        error,
      );
    }
    return error;
  }
}
