/**
 * App-wide services handed to screens through context: storage (opened once, lazily, with an
 * in-memory fallback when IndexedDB is unavailable), its stores (incidents, notes, practice runs:
 * storage/stores.ts, each with its write queue inside), the clock and ids. Tests provide their own.
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
import { createStores, type IncidentStore, type Stores } from '../storage/stores';
import type { SaveError } from '../storage/writeQueue';

export interface Services extends Stores {
  storage: AppStorage;
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
  return servicesOf(storage);
}

/** The services of an opened storage: its stores, the real clock and ids. */
export function servicesOf(storage: AppStorage): Services {
  return { storage, ...createStores(storage), now: () => Date.now(), newId };
}

const ServicesContext = createContext<Services | null>(null);

/** Renders children at once; `useServices()` returns null until storage has opened. */
export function ServicesProvider(props: { services?: Services; children: ReactNode }) {
  const [services, setServices] = useState<Services | null>(props.services ?? null);
  useEffect(() => {
    if (props.services) return;
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
export function useSaveTrouble(store: IncidentStore | undefined): SaveError | null {
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
    (cb) => (services ? services.storage.onVersionChange(cb) : () => undefined),
    () => services?.storage.db?.replacedBy != null,
    () => false,
  );
}
