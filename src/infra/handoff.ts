/**
 * A value handed from one screen to a later one in memory, while the app is open. Never the
 * truth (IndexedDB is) and never stored: a shortcut that the reading screen must work without.
 * Each hand-off, and why it exists, is listed in app/prefetch.ts. One slot each: a new value
 * replaces the last.
 */
export interface Handoff<T> {
  give(value: T): void;
  /** The value, kept for the next reader. */
  peek(): T | undefined;
  /** The value, then forgotten: for a value meant to be read once. */
  take(): T | undefined;
}

const every = new Set<{ forget(): void }>();

export function handoff<T>(): Handoff<T> {
  let slot: { value: T } | undefined;
  every.add({ forget: () => (slot = undefined) });
  return {
    give: (value) => void (slot = { value }),
    peek: () => slot?.value,
    take: () => {
      const value = slot?.value;
      slot = undefined;
      return value;
    },
  };
}

/** Forgets every hand-off, as a fresh start of the app would (the tests run it after each test). */
export function forgetHandoffs(): void {
  for (const h of every) h.forget();
}
