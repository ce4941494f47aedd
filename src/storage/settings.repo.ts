/**
 * Small key/value settings (records.ts: SETTING_KEYS says which). Values must be
 * structured-cloneable. Screens read and write them through the settings store (stores.ts).
 */
import type { PosRescueDb } from './db';

export interface SettingsRepo {
  /** The stored value, or undefined when never set. The caller vouches for T. */
  get<T>(key: string): Promise<T | undefined>;
  /** Resolves after the write committed; rejects on failure. */
  set(key: string, value: unknown): Promise<void>;
  /** Resolves after the delete committed (none with that key: nothing happens). */
  delete(key: string): Promise<void>;
}

export function createSettingsRepo(db: PosRescueDb): SettingsRepo {
  const fail = (e: unknown): never => {
    throw db.explain(e);
  };
  return {
    async get<T>(key: string) {
      const record = await db.reconnecting(() => db.settings.get(key)).catch(fail);
      return record?.value as T | undefined;
    },
    async set(key, value) {
      await db
        .reconnecting(() =>
          db.transaction('rw', db.settings, () => db.settings.put({ key, value })),
        )
        .catch(fail);
    },
    async delete(key) {
      await db
        .reconnecting(() => db.transaction('rw', db.settings, () => db.settings.delete(key)))
        .catch(fail);
    },
  };
}
