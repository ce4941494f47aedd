/**
 * Records a screen skipped because it could not show them (storage/recordRules.ts: a record
 * written by an older import, another tool or a bug). The repos report them here when they read;
 * the screens show one notice ("N damaged records were skipped") instead of breaking.
 */
export type SkippedTable = 'incidents' | 'notes' | 'terminals' | 'lookups';

const skippedIds = new Map<SkippedTable, Set<string>>();
const listeners = new Set<() => void>();
let version = 0;

/** The repos call this with what they just left out of a read. */
export function reportSkipped(table: SkippedTable, records: readonly unknown[]): void {
  if (records.length === 0) return;
  let ids = skippedIds.get(table);
  if (!ids) skippedIds.set(table, (ids = new Set()));
  const before = ids.size;
  records.forEach((r, i) => {
    const id = (r as { id?: unknown } | null)?.id;
    ids.add(typeof id === 'string' ? id.slice(0, 100) : `#${i}`);
  });
  if (ids.size === before) return;
  version++;
  for (const listener of [...listeners]) listener();
}

/** What a screen can show of `records`; the rest is reported here and left out. */
export function keepShowable<T>(
  table: SkippedTable,
  records: readonly unknown[],
  showable: (r: unknown) => r is T,
): T[] {
  const ok = records.filter(showable);
  if (ok.length < records.length)
    reportSkipped(
      table,
      records.filter((r) => !showable(r)),
    );
  return ok;
}

/** How many different records were skipped so far (per table, or all). */
export function skippedCount(table?: SkippedTable): number {
  if (table) return skippedIds.get(table)?.size ?? 0;
  let n = 0;
  for (const ids of skippedIds.values()) n += ids.size;
  return n;
}

/** For useSyncExternalStore: a number that changes whenever the count does. */
export function skippedVersion(): number {
  return version;
}

export function onSkipped(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tests only. */
export function resetSkipped(): void {
  skippedIds.clear();
  version++;
}
