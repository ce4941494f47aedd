/**
 * Lookups of "what does the screen say?" (LookupRecord): what was typed (masked), the answer it
 * gave, when. Same contract as the other repos: `put` resolves once the write committed and
 * rejects on failure; screens write through the lookup store (stores.ts). The table is bounded:
 * each write (and each import) keeps the newest `LIMITS.lookups` by first time shown, in the
 * same transaction, so it cannot grow forever. Memory storage has its own copy (memory.ts).
 */
import { containsCardData, findPinLike } from '../rules/cardGuard';
import type { PosRescueDb } from './db';
import { monthRange } from './incidents.repo';
import type { LookupRecord } from './records';
import { isShowableLookup, LIMITS } from './recordRules';
import { keepShowable } from './skipped';

export interface LookupsRepo {
  /** Insert or replace, then drop the oldest beyond the bound. Resolves after the commit. */
  put(lookup: LookupRecord): Promise<void>;
  get(id: string): Promise<LookupRecord | undefined>;
  /** The lookups kept, newest first. */
  list(): Promise<LookupRecord[]>;
  delete(id: string): Promise<void>;
}

/** Lookups per answer over one month: the figures of the history page. */
export interface LookupMonthStats {
  /** Lookups first shown in the month. */
  total: number;
  /** Per answer id shown first (`none` and `ask:*` included), most looked up first. */
  byAnswer: { answer: string; count: number }[];
}

/**
 * Rejects a record the history could not list, and any text in clear that must never be kept:
 * a card number, or a PIN-like value (lookup/lookupLog.ts masks both before a record is built;
 * this is the last line of defence). The message never quotes the text.
 */
export function assertLookup(lookup: LookupRecord): void {
  if (!isShowableLookup(lookup)) throw new TypeError('invalid lookup');
  if (containsCardData(lookup.q)) throw new TypeError('invalid lookup: unmasked card number');
  if (findPinLike(lookup.q).length > 0) throw new TypeError('invalid lookup: a PIN-like value');
}

/** Newest first (first shown), ties by id. */
export function byNewestLookup(a: LookupRecord, b: LookupRecord): number {
  return b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The ids beyond the bound: the oldest, once the newest `LIMITS.lookups` are kept. */
export function overBound(lookups: readonly LookupRecord[]): string[] {
  return [...lookups]
    .sort(byNewestLookup)
    .slice(LIMITS.lookups)
    .map((l) => l.id);
}

/** The figures of the (local-time) calendar month of `now`. */
export function computeLookupStats(
  lookups: readonly LookupRecord[],
  now: Date | number,
): LookupMonthStats {
  const [start, end] = monthRange(now);
  const counts = new Map<string, number>();
  let total = 0;
  for (const l of lookups) {
    if (l.at < start || l.at >= end) continue;
    total++;
    counts.set(l.answer, (counts.get(l.answer) ?? 0) + 1);
  }
  const byAnswer = [...counts]
    .map(([answer, count]) => ({ answer, count }))
    .sort((a, b) => b.count - a.count || (a.answer < b.answer ? -1 : 1));
  return { total, byAnswer };
}

/** What the history can list; the rest is reported (storage/skipped.ts) and left out. */
export function showableLookups(records: readonly unknown[]): LookupRecord[] {
  return keepShowable('lookups', records, isShowableLookup);
}

/** Inside a transaction on `lookups`: drops the oldest beyond the bound (by the `at` index). */
export async function trimLookups(db: PosRescueDb): Promise<void> {
  const over = (await db.lookups.count()) - LIMITS.lookups;
  if (over > 0)
    await db.lookups.bulkDelete(await db.lookups.orderBy('at').limit(over).primaryKeys());
}

export function createLookupsRepo(db: PosRescueDb): LookupsRepo {
  const fail = (e: unknown): never => {
    throw db.explain(e);
  };
  return {
    async put(lookup) {
      assertLookup(lookup);
      await db
        .reconnecting(() =>
          db.transaction('rw', db.lookups, async () => {
            await db.lookups.put(lookup);
            await trimLookups(db);
          }),
        )
        .catch(fail);
    },
    get: async (id) => {
      const lookup = await db.reconnecting(() => db.lookups.get(id)).catch(fail);
      return lookup === undefined ? undefined : showableLookups([lookup])[0];
    },
    list: async () =>
      showableLookups(
        await db.reconnecting(() => db.lookups.orderBy('at').reverse().toArray()).catch(fail),
      ).sort(byNewestLookup),
    async delete(id) {
      await db
        .reconnecting(() => db.transaction('rw', db.lookups, () => db.lookups.delete(id)))
        .catch(fail);
    },
  };
}
