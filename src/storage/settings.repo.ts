/** Small key/value settings (language, theme, …). Values must be structured-cloneable. */
import type { PosRescueDb } from './db';

/** Settings the app keeps (key → what the value is). */
export const SETTING_KEYS = {
  /** Epoch ms of the last backup file made on this phone (settings page: "last backup"). */
  lastBackupAt: 'lastBackupAt',
  /** Epoch ms the merchant answered the "this browser may delete your records" reminder. */
  backupReminderAnsweredAt: 'backupReminderAnsweredAt',
} as const;

export interface SettingsRepo {
  /** The stored value, or undefined when never set. The caller vouches for T. */
  get<T>(key: string): Promise<T | undefined>;
  /** Resolves after the write committed; rejects on failure. */
  set(key: string, value: unknown): Promise<void>;
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
  };
}
