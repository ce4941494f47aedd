/**
 * App-wide services handed to screens through context: storage (opened once, lazily, with an
 * in-memory fallback when IndexedDB is unavailable), the incident saver, the clock and ids.
 * Tests provide their own.
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
import type { IncidentRecord } from '../storage/records';
import { createSaver, type Saver, type SaveError } from '../storage/writeQueue';

export interface Services {
  storage: AppStorage;
  saver: Saver<IncidentRecord>;
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
  return { storage, saver: createSaver(storage.incidents), now: () => Date.now(), newId };
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
export function useSaveTrouble(saver: Saver<IncidentRecord> | undefined): SaveError | null {
  return useSyncExternalStore(
    (cb) => (saver ? saver.onChange(cb) : () => undefined),
    () => {
      const st = saver?.state();
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

/** An incident as the merchant last saw it: a write still queued wins over the stored copy. */
export async function readIncident(
  services: Services,
  id: string,
): Promise<IncidentRecord | undefined> {
  return services.saver.peek(id) ?? (await services.storage.incidents.get(id));
}

/** Every incident, queued writes included (newest copy per id), most recently started first. */
export async function listIncidents(services: Services): Promise<IncidentRecord[]> {
  const byId = new Map((await services.storage.incidents.listAll()).map((r) => [r.id, r]));
  for (const r of services.saver.pendingRecords()) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => b.startedAt - a.startedAt);
}

/** Deletes an incident: from the queue first, so a retry cannot bring it back. */
export async function deleteIncident(services: Services, id: string): Promise<void> {
  services.saver.forget(id);
  await services.storage.incidents.delete(id);
}
