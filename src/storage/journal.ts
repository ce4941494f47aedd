/**
 * The write queues' journal: what a store's queue still holds (records not yet written, deletes
 * not yet done), copied to localStorage at every change, so that a page that goes away with
 * something queued (a reload, the tab closed, the phone killing a background app) does not lose
 * it: the next page takes the journal over when it opens the storage, queues those entries again
 * and writes them (stores.ts). localStorage because it is synchronous: the copy is made in the
 * same task as the change, with no transaction that a dying page could leave unfinished.
 *
 * One key per page and store (`pos-rescue.queue.<database>.<store>.<page>`), so two tabs never
 * overwrite each other's entries; an opening page takes every key of its database and store
 * (its own copy of them is written at once) and removes them. The journal is a rescue, never
 * the truth: a stored copy newer than a journaled one wins when the entry is written again
 * (stores.ts), and an entry that fails its check on the way in is dropped. Where localStorage
 * is missing or full, the journal does nothing and the queue works as before.
 */
import { DELETED, type Queued } from './writeQueue';

const PREFIX = 'pos-rescue.queue.';

/** This page's part of every key: another tab, or the page after a reload, has another. */
const PAGE = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** How one kind of record goes into the journal and comes back out. */
export interface JournalCodec<T> {
  /** JSON-safe (a note leaves its photo's bytes out: see stores.ts). */
  encode(record: T): unknown;
  /** The record, or null when the stored text is not one (changed by hand, another version). */
  decode(value: unknown): T | null;
}

export interface Journal<T> {
  /** The entries earlier pages left queued, in their order: this page queues them again. */
  readonly taken: readonly (readonly [string, Queued<T>])[];
  /** What the queue holds for `id` changed (undefined: nothing any more). */
  onEntry: (id: string, entry: Queued<T> | undefined) => void;
}

/** One journal entry as stored: [id, record] or [id] for a queued delete. */
type Stored = [string, unknown?];

function local(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some sandboxed pages throw SecurityError on mere access
  }
}

/** The keys of earlier pages' journals for this database and store. */
function journalKeys(storage: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

function parse<T>(text: string | null, codec: JournalCodec<T>): [string, Queued<T>][] {
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item: unknown): [string, Queued<T>][] => {
    if (!Array.isArray(item) || typeof item[0] !== 'string') return [];
    const id = item[0];
    if (item.length === 1) return [[id, DELETED]];
    const record = codec.decode(item[1]);
    return record && (record as { id?: unknown }).id === id ? [[id, record]] : [];
  });
}

/**
 * Opens the journal of one store of one database: takes over what earlier pages left, and
 * keeps this page's copy from now on.
 */
export function openJournal<T>(
  database: string,
  store: string,
  codec: JournalCodec<T>,
): Journal<T> {
  const storage = local();
  const prefix = `${PREFIX}${database}.${store}.`;
  const key = `${prefix}${PAGE}`;
  /** This page's entries, encoded, in the queue's order. */
  const mine = new Map<string, Stored>();

  const write = () => {
    if (!storage) return;
    try {
      if (mine.size === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify([...mine.values()]));
    } catch {
      // Full or refused: the queue still holds everything; only a reload would lose it.
    }
  };

  const taken = new Map<string, Queued<T>>();
  if (storage) {
    try {
      for (const other of journalKeys(storage, prefix)) {
        for (const [id, entry] of parse(storage.getItem(other), codec)) {
          taken.delete(id); // the later copy of an id, in its place in the order
          taken.set(id, entry);
        }
        storage.removeItem(other);
      }
    } catch {
      // Unreadable: nothing to take over.
    }
  }
  const encode = (id: string, entry: Queued<T>): Stored =>
    entry === DELETED ? [id] : [id, codec.encode(entry)];
  for (const [id, entry] of taken) mine.set(id, encode(id, entry));
  write();

  return {
    taken: [...taken],
    onEntry(id, entry) {
      if (entry === undefined) mine.delete(id);
      else mine.set(id, encode(id, entry)); // an id keeps its place, as in the queue
      write();
    },
  };
}
