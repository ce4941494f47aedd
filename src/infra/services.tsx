/**
 * App-wide services handed to screens through context: the stores (incidents, notes, terminals,
 * settings, practice runs, lookups: storage/stores.ts, each with its write queue inside), the backup
 * service, what screens need to know about the storage (memory only? forgets on close? replaced
 * by another tab's upgrade?), the clock and ids. Never the storage itself: its repositories
 * reject on failure and bypass the queues, so screens cannot reach them (ESLint: the services
 * type has no `storage`, and screens may not import the repositories or openStorage).
 * Storage is opened once, lazily, with an in-memory fallback when IndexedDB is unavailable.
 * Tests build their own with `servicesOver`.
 */
import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { openStorage, type AppStorage } from '../storage/openStorage';
import {
  createStores,
  type BackupService,
  type Store,
  type StoreOptions,
  type Stores,
} from '../storage/stores';
import type { SaveError } from '../storage/writeQueue';

export interface Services extends Stores {
  backup: BackupService;
  /** 'memory': IndexedDB could not be opened, nothing survives a reload (a banner says so). */
  storageKind: 'indexeddb' | 'memory';
  /** IndexedDB works but keeps nothing once the tab closes (WebKit's private mode). */
  ephemeral: boolean;
  /**
   * Another tab upgraded (or deleted) the database: this tab can store nothing more until it
   * reloads. `replaced()` says whether it happened; `onReplaced` tells when.
   */
  replaced(): boolean;
  onReplaced(listener: () => void): () => void;
  now: () => number;
  newId: () => string;
}

export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Opening waits for another tab that holds an older version open ("close the other tab"). */
let blockedByOtherTab = false;
const blockedListeners = new Set<() => void>();

export function useBlockedByOtherTab(): boolean {
  return useSyncExternalStore(
    (cb) => {
      blockedListeners.add(cb);
      return () => blockedListeners.delete(cb);
    },
    () => blockedByOtherTab,
    () => false,
  );
}

function setBlocked(value: boolean): void {
  blockedByOtherTab = value;
  for (const listener of [...blockedListeners]) listener();
}

export async function createServices(dbName?: string): Promise<Services> {
  const storage = await openStorage(dbName, { onBlocked: () => setBlocked(true) });
  setBlocked(false);
  return servicesOver(storage);
}

/**
 * The services of an opened storage: its stores (with their journals when it is IndexedDB, so
 * that what a page left queued is written after a reload), the real clock and ids.
 */
export function servicesOver(storage: AppStorage, options: StoreOptions = {}): Services {
  const journal = storage.kind === 'indexeddb' ? storage.db?.name : undefined;
  return {
    ...createStores(storage, journal === undefined ? options : { journal, ...options }),
    storageKind: storage.kind,
    ephemeral: storage.ephemeral === true,
    replaced: () => storage.db?.replacedBy != null,
    onReplaced: (listener) => storage.onVersionChange(() => listener()),
    now: () => Date.now(),
    newId,
  };
}

const ServicesContext = createContext<Services | null>(null);

/** Renders children at once; `useServices()` returns null until storage has opened. */
export function ServicesProvider(props: { services?: Services; children: ReactNode }) {
  const [services, setServices] = useState<Services | null>(props.services ?? null);
  useEffect(() => {
    if (props.services) return;
    // Opening the storage, not reading a record: once per app, never for a record on screen.
    let live = true;
    void createServices().then((s) => {
      if (live) setServices(s);
    });
    return () => {
      live = false;
    };
  }, [props.services]);
  return <ServicesContext.Provider value={services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): Services | null {
  return useContext(ServicesContext);
}

/** Why writes are failing while some are pending, else null (for the "not saved yet" banner). */
export function useSaveTrouble<T extends { id: string }>(
  store: Store<T> | undefined,
): SaveError | null {
  return useSyncExternalStore(
    (cb) => (store ? store.onChange(cb) : () => undefined),
    () => {
      const st = store?.state();
      return st && st.pending > 0 ? st.lastError : null;
    },
    () => null,
  );
}

/**
 * True from the moment another tab upgraded (or deleted) the database: this tab can store
 * nothing more until it reloads, so answering is disabled at once.
 */
export function useStorageReplaced(services: Services | null): boolean {
  return useSyncExternalStore(
    (cb) => (services ? services.onReplaced(cb) : () => undefined),
    () => services?.replaced() ?? false,
    () => false,
  );
}
