/** Restoring records over existing ones (backups, practice-run files). Pure. */
/**
 * What to write when restoring a backup over existing data: per id, the newer `updatedAt` wins
 * (a tie keeps what is there, so restoring the same file twice writes nothing). Duplicates inside
 * `incoming` collapse to their newest copy.
 */
export function mergeByNewest<T extends { id: string; updatedAt: number }>(
  existing: readonly T[],
  incoming: readonly T[],
): { put: T[]; skipped: number } {
  const current = new Map(existing.map((r) => [r.id, r.updatedAt]));
  const winners = new Map<string, T>();
  let skipped = 0;
  for (const record of incoming) {
    const best = winners.get(record.id);
    const bar = best?.updatedAt ?? current.get(record.id);
    if (bar !== undefined && record.updatedAt <= bar) {
      skipped++;
      continue;
    }
    if (best) skipped++; // the copy it replaces will not be written
    winners.set(record.id, record);
  }
  return { put: [...winners.values()], skipped };
}
