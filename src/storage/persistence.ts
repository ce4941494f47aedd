/**
 * The browser's promises about this site's storage: whether it keeps the data under storage
 * pressure (and asking it to), and how much is used. Screens ask (settings, the start of a
 * guide); nothing here touches IndexedDB.
 */

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser not to evict this site's data under storage pressure. Firefox may show a
 * prompt, so call it after a user action (e.g. when the first incident is saved).
 */
export async function requestPersistence(): Promise<PersistenceResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** Bytes used and available to this site, or null where the browser does not tell. */
export async function estimateUsage(): Promise<{ usage: number; quota: number } | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number') return null;
    return { usage, quota };
  } catch {
    return null;
  }
}

/** Whether the browser promised to keep this site's data (false where it cannot tell). */
export async function browserKeepsData(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persisted !== 'function') return false;
  try {
    return await storage.persisted();
  } catch {
    return false;
  }
}
