/**
 * Screens read records through these hooks, never by hand: `useIncident`, `useIncidents`,
 * `useMonthStats`, `useNotes`, `useTerminal`, `useTerminals`, `useSetting`, `usePracticeRun`,
 * `usePracticeRuns`, `useLookups`, `useLookupStats` (and `useGuide(s)` for the guides' lazily loaded code). Each is React's
 * `useSyncExternalStore` over a live read of a store (storage/stores.ts): the read runs when a
 * screen first shows it and again whenever the store says its data may have changed (a round of
 * writes settled, a queued record taken back, an import, a restore), so a list is never
 * reloaded by hand after a write. What a hook returns is the store's answer, which sees the
 * write queue first: after a failed write the queued copy is the truth.
 *
 * Why not `dexie-react-hooks` (useLiveQuery): it observes IndexedDB, so it would show the stored
 * copy instead of a queued one after a failed write, it does not see the in-memory fallback
 * (no Dexie there), and screens would import Dexie, which only src/storage may.
 *
 * One live read per store and question (cached here, shared by every screen that asks it).
 * While nobody shows it, a read is not rerun; if its store changes meanwhile, the next screen
 * starts from "loading" rather than from an answer the store has since changed; if not, it
 * starts from the last answer and reads again (another tab may have written).
 * Before storage opens, and when prerendering (no services), every hook says "loading".
 */
import { useSyncExternalStore } from 'react';
import { faults, loadGuide } from '../faults/registry';
import type { FaultId, Guide } from '../faults/types';
import type { MonthStats } from '../storage/incidents.repo';
import type { LookupMonthStats } from '../storage/lookups.repo';
import type {
  IncidentRecord,
  NoteRecord,
  LookupRecord,
  PracticeRunRecord,
  SettingKey,
  TerminalRecord,
} from '../storage/records';
import { useServices } from './services';

/** What a read has given so far. */
export type Read<T> =
  { status: 'loading' } | { status: 'failed'; retry: () => void } | { status: 'ready'; value: T };

/** What a live read follows: a store, or something that never changes (a guide's code). */
interface Source {
  subscribe?(listener: () => void): () => void;
}

const LOADING: Read<never> = { status: 'loading' };
const loading = () => LOADING;
const noSubscription = () => () => undefined;

/** One question to one source, kept answered while a screen shows it. */
class LiveRead<T> {
  private snapshot: Read<T> = LOADING;
  private readonly listeners = new Set<() => void>();
  /** The newest read under way: an older one's answer is thrown away. */
  private generation = 0;

  /** A re-read is due after the current task (a burst of changes is one read). */
  private due = false;

  constructor(
    source: Source,
    private readonly read: () => Promise<T>,
  ) {
    source.subscribe?.(() => {
      // Nobody shows it: the next screen must not start from an answer that changed.
      if (this.listeners.size === 0) this.snapshot = LOADING;
      // Shown: read again after the task that made the change, so that a write taken back in
      // that task (saveOrTakeBack, a delete that failed) is never shown in between.
      else if (!this.due) {
        this.due = true;
        setTimeout(() => {
          this.due = false;
          if (this.listeners.size > 0) this.refresh();
          else this.snapshot = LOADING;
        }, 0);
      }
    });
  }

  readonly get = (): Read<T> => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.refresh();
    return () => this.listeners.delete(listener);
  };

  private refresh(): void {
    const mine = ++this.generation;
    const settle = (next: Read<T>) => {
      if (mine !== this.generation) return;
      this.snapshot = next;
      for (const listener of [...this.listeners]) listener();
    };
    this.read().then(
      (value) => settle({ status: 'ready', value }),
      () => settle({ status: 'failed', retry: this.retry }),
    );
  }

  private readonly retry = () => {
    this.snapshot = LOADING;
    for (const listener of [...this.listeners]) listener();
    this.refresh();
  };
}

const reads = new WeakMap<Source, Map<string, LiveRead<unknown>>>();

function liveRead<T>(source: Source, key: string, read: () => Promise<T>): LiveRead<T> {
  let bySource = reads.get(source);
  if (!bySource) reads.set(source, (bySource = new Map<string, LiveRead<unknown>>()));
  let known = bySource.get(key) as LiveRead<T> | undefined;
  if (!known) bySource.set(key, (known = new LiveRead(source, read)));
  return known;
}

/**
 * The answer of `read` from `source`, kept current. `key` names the question (the same key must
 * always mean the same read); no source: "loading".
 */
function useRead<S extends Source, T>(
  source: S | undefined,
  key: string,
  read: (source: S) => Promise<T>,
): Read<T> {
  const live = source ? liveRead(source, key, () => read(source)) : undefined;
  return useSyncExternalStore(live?.subscribe ?? noSubscription, live?.get ?? loading, loading);
}

/** One record of a store by id (undefined: none with that id). No id: loading. */
function useOne<T>(
  store: (Source & { get(id: string): Promise<T | undefined> }) | undefined,
  id: string | undefined,
): Read<T | undefined> {
  return useRead(id === undefined ? undefined : store, `get:${id}`, (s) => s.get(id!));
}

/** One incident as the merchant last saw it (undefined: none with that id). No id: loading. */
export function useIncident(id: string | undefined): Read<IncidentRecord | undefined> {
  return useOne(useServices()?.incidents, id);
}

/** Every incident, most recently started first. */
export function useIncidents(): Read<IncidentRecord[]> {
  return useRead(useServices()?.incidents, 'list', (s) => s.list());
}

/** This month's figures (the month of `now`, local time). */
/** The read key of the (local-time) calendar month of `now`. */
function monthKey(now: number): string {
  const d = new Date(now);
  return `month:${d.getFullYear()}-${d.getMonth()}`;
}

export function useMonthStats(now: number): Read<MonthStats> {
  return useRead(useServices()?.incidents, monthKey(now), (s) => s.statsForMonth(now));
}

/** The notes of one incident (drafts included), oldest first. */
export function useNotes(incidentId: string): Read<NoteRecord[]> {
  return useRead(useServices()?.notes, `incident:${incidentId}`, (s) =>
    s.listByIncident(incidentId),
  );
}

/** One terminal (undefined: none with that id). No id: loading. */
export function useTerminal(id: string | undefined): Read<TerminalRecord | undefined> {
  return useOne(useServices()?.terminals, id);
}

/** Every terminal, by name. */
export function useTerminals(): Read<TerminalRecord[]> {
  return useRead(useServices()?.terminals, 'list', (s) => s.list());
}

/** A setting's stored value (undefined: never set). Untrusted: the caller checks it. */
export function useSetting(key: SettingKey): Read<unknown> {
  return useRead(useServices()?.settings, key, async (s) => (await s.get(key))?.value);
}

/** One practice run (undefined: none with that id). No id: loading. */
export function usePracticeRun(id: string | undefined): Read<PracticeRunRecord | undefined> {
  return useOne(useServices()?.practiceRuns, id);
}

/** Every practice run, most recently started first. */
export function usePracticeRuns(): Read<PracticeRunRecord[]> {
  return useRead(useServices()?.practiceRuns, 'list', (s) => s.list());
}

/** What was looked up (the newest kept), newest first. */
export function useLookups(): Read<LookupRecord[]> {
  return useRead(useServices()?.lookups, 'list', (s) => s.list());
}

/** Lookups per answer over the (local-time) calendar month of `now`. */
export function useLookupStats(now: number): Read<LookupMonthStats> {
  return useRead(useServices()?.lookups, monthKey(now), (s) => s.statsForMonth(now));
}

/** The guides' code: loaded once (the registry keeps it), never changed. */
const GUIDES: Source = {};

/** A fault's guide, from its lazily loaded chunk. No fault: loading. */
export function useGuide(fault: FaultId | undefined): Read<Guide> {
  return useRead(fault === undefined ? undefined : GUIDES, fault ?? '', () => loadGuide(fault!));
}

/** Every fault's guide, by fault (for screens that name the steps of any guide). */
export function useGuides(): Read<Partial<Record<FaultId, Guide>>> {
  return useRead(GUIDES, '*', async () =>
    Object.fromEntries(
      await Promise.all(faults.map(async (f) => [f.id, await loadGuide(f.id)] as const)),
    ),
  );
}

/** The value once ready, else `fallback` (loading, or a read that failed). */
export function valueOr<T>(read: Read<T>, fallback: T): T {
  return read.status === 'ready' ? read.value : fallback;
}
