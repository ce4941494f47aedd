/**
 * Work that must finish before the app reloads itself (the update bar): features register a
 * flush that hands what they still hold to the stores (e.g. a note draft typed in the last half
 * second) without the update code importing them, which would pull lazily loaded features into
 * the first-load bundle. The update bar runs these, then flushes every store's queue
 * (storage/stores.ts: flushStores) and reloads only when nothing is left pending.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

export function registerBeforeReload(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Runs every registered flush; a failing one does not stop the others. */
export async function runBeforeReload(): Promise<void> {
  await Promise.allSettled([...flushes].map((f) => f()));
}
