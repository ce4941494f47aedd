/**
 * Incidents: one record per run of a guide. `put` is what the wizard awaits before it shows
 * the next step, so it resolves only once the transaction has committed and rejects on any
 * failure (quota, closed database, …); callers that must not block go through writeQueue.ts.
 */
import { faultIds, isFaultId, type FaultId } from '../faults/registry';
import type { PosRescueDb } from './db';
import type { IncidentRecord } from './records';
import { isShowableIncident } from './recordRules';
import { keepShowable } from './skipped';

export interface MonthStats {
  /** Incidents started this month, per fault (every fault present, 0 when none). */
  byFault: Record<FaultId, number>;
  /** resolved / (resolved + escalated) over this month's ended incidents; null when none. */
  resolvedWithoutSupportShare: number | null;
  /** Median of endedAt − startedAt over this month's resolved incidents; null when none. */
  medianTimeToFixMs: number | null;
}

export interface IncidentsRepo {
  /** Insert or replace. Resolves after the write committed; rejects on failure. */
  put(record: IncidentRecord): Promise<void>;
  get(id: string): Promise<IncidentRecord | undefined>;
  /** Every incident, most recently started first. */
  listAll(): Promise<IncidentRecord[]>;
  /** Deletes the incident and its notes, atomically. */
  delete(id: string): Promise<void>;
}

/** Rejects records the app could not list or resume later (a caller bug, not a storage error). */
export function assertIncident(record: IncidentRecord): void {
  const problems: string[] = [];
  if (typeof record?.id !== 'string' || record.id === '') problems.push('id');
  if (typeof record?.fault !== 'string') problems.push('fault');
  if (typeof record?.status !== 'string') problems.push('status');
  if (!Number.isFinite(record?.startedAt)) problems.push('startedAt');
  if (!Number.isFinite(record?.updatedAt)) problems.push('updatedAt');
  if (!Array.isArray(record?.log)) problems.push('log');
  if (problems.length > 0) {
    throw new TypeError(`invalid incident record: bad ${problems.join(', ')}`);
  }
}

/** [start, end) in epoch ms of the local calendar month containing `now`. */
export function monthRange(now: Date | number): [number, number] {
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  const end = new Date(d.getFullYear(), d.getMonth() + 1, 1).getTime();
  return [start, end];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The month statistics of incidents already filtered to the month. */
export function computeMonthStats(records: readonly IncidentRecord[]): MonthStats {
  const byFault = Object.fromEntries(faultIds.map((id) => [id, 0])) as Record<FaultId, number>;
  let resolved = 0;
  let escalated = 0;
  const fixTimes: number[] = [];
  for (const r of records) {
    if (isFaultId(r.fault)) byFault[r.fault]++;
    if (r.status === 'resolved') {
      resolved++;
      if (typeof r.endedAt === 'number' && r.endedAt >= r.startedAt) {
        fixTimes.push(r.endedAt - r.startedAt);
      }
    } else if (r.status === 'escalated') {
      escalated++;
    }
  }
  return {
    byFault,
    resolvedWithoutSupportShare:
      resolved + escalated > 0 ? resolved / (resolved + escalated) : null,
    medianTimeToFixMs: median(fixTimes),
  };
}

/** What a screen can show; the rest is reported (storage/skipped.ts) and left out. */
export function showableIncidents(records: readonly unknown[]): IncidentRecord[] {
  return keepShowable('incidents', records, isShowableIncident);
}

export function createIncidentsRepo(db: PosRescueDb): IncidentsRepo {
  const fail = (e: unknown): never => {
    throw db.explain(e);
  };
  return {
    async put(record) {
      assertIncident(record);
      // An explicit transaction: its promise settles on commit or abort. (On a full disk,
      // Chrome aborts the transaction without settling the request; see Dexie #840.)
      await db
        .reconnecting(() => db.transaction('rw', db.incidents, () => db.incidents.put(record)))
        .catch(fail);
    },
    get: async (id) => {
      const record = await db.reconnecting(() => db.incidents.get(id)).catch(fail);
      return record === undefined ? undefined : showableIncidents([record])[0];
    },
    listAll: async () =>
      showableIncidents(
        await db
          .reconnecting(() => db.incidents.orderBy('startedAt').reverse().toArray())
          .catch(fail),
      ),
    async delete(id) {
      await db
        .reconnecting(() =>
          db.transaction('rw', db.incidents, db.notes, async () => {
            await db.notes.where('incidentId').equals(id).delete();
            await db.incidents.delete(id);
          }),
        )
        .catch(fail);
    },
  };
}
