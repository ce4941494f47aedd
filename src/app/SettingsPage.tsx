/**
 * Settings: language, and the health of the phone's storage — whether the browser promised to
 * keep the data (navigator.storage.persist), how much is used, and whether the app is running
 * on memory only; and "put it on every staff phone" (pwa/ShareApp.tsx: the app's address as a QR
 * code, in a chunk of its own with the QR encoder). Loaded lazily.
 */
import { formatDateTime } from '../i18n/format';
import { lazy, Suspense, useEffect, useState } from 'react';
import { format, useLang, useText } from '../i18n/i18n';
import { settingsTextEn } from './settings.text.en';
import { settingsTextZh } from './settings.text.zh';
import { estimateUsage, requestPersistence, type PersistenceResult } from '../storage/persistence';
import { SETTING_KEYS } from '../storage/records';
import { NavLink } from '../ui/NavLink';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import { useServices } from '../infra/services';
import { useSetting, type Read } from '../infra/useRecords';

export const settingsText = { en: settingsTextEn, zh: settingsTextZh };

const ShareApp = lazy(() => import('../pwa/ShareApp').then((m) => ({ default: m.ShareApp })));

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}

/** The time of the last backup; null: none (or unreadable); undefined: not read yet. */
function lastBackupOf(read: Read<unknown>): number | null | undefined {
  if (read.status === 'loading') return undefined;
  const t = read.status === 'ready' ? read.value : null;
  return typeof t === 'number' && Number.isFinite(t) ? t : null;
}

export function SettingsPage() {
  const services = useServices();
  const { ui, lang, setLang } = useLang();
  const t = useText(settingsText);
  const ref = useFocusHeading('settings');
  const [persist, setPersist] = useState<PersistenceResult | 'unknown'>(() =>
    typeof navigator !== 'undefined' && typeof navigator.storage?.persisted === 'function'
      ? 'unknown'
      : 'unsupported',
  );
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);
  const lastBackup = lastBackupOf(useSetting(SETTING_KEYS.lastBackupAt));

  // The browser's answers about its storage (not records): read once the page shows.
  useEffect(() => {
    let live = true;
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (storage && typeof storage.persisted === 'function') {
      storage.persisted().then(
        (p) => live && setPersist(p ? 'granted' : 'denied'),
        () => live && setPersist('unsupported'),
      );
    }
    void estimateUsage().then((u) => live && setUsage(u));
    return () => {
      live = false;
    };
  }, []);

  const memory = services?.storageKind === 'memory';
  return (
    <>
      <TopBar title={t.heading} />
      <main id="main" className="settings">
        <h1 ref={ref} tabIndex={-1}>
          {t.heading}
        </h1>

        <section aria-labelledby="lang-heading">
          <h2 id="lang-heading">{t.language}</h2>
          <div className="actions" role="group" aria-labelledby="lang-heading">
            <button
              type="button"
              aria-pressed={lang === 'zh'}
              onClick={() => void setLang('zh')}
              lang="zh-CN"
            >
              中文
            </button>
            <button
              type="button"
              aria-pressed={lang === 'en'}
              onClick={() => void setLang('en')}
              lang="en"
            >
              English
            </button>
          </div>
        </section>

        <section aria-labelledby="storage-heading">
          <h2 id="storage-heading">{t.storage}</h2>
          <p>{memory ? ui.banner.memoryOnly : t.storedOnPhone}</p>
          {!memory ? (
            <>
              <p>
                {persist === 'granted'
                  ? t.persistGranted
                  : persist === 'denied'
                    ? t.persistDenied
                    : persist === 'unsupported'
                      ? t.persistUnsupported
                      : ui.step.loading}
              </p>
              {persist === 'denied' ? (
                <button type="button" onClick={() => void requestPersistence().then(setPersist)}>
                  {t.persistAsk}
                </button>
              ) : null}
              {lastBackup !== undefined ? (
                <p className="last-backup">
                  {lastBackup === null
                    ? t.noBackupYet
                    : format(t.lastBackup, {
                        date: formatDateTime(lastBackup, lang),
                      })}
                </p>
              ) : null}
              {usage ? (
                <p>
                  {t.usage
                    .replace('{used}', megabytes(usage.usage))
                    .replace('{quota}', megabytes(usage.quota))}
                </p>
              ) : null}
            </>
          ) : null}
        </section>

        <Suspense fallback={<p role="status">{ui.step.loading}</p>}>
          <ShareApp />
        </Suspense>

        <nav className="home-nav" aria-label={t.heading}>
          <NavLink to={{ name: 'backup' }}>{t.backup}</NavLink>
          <NavLink to={{ name: 'terminals' }}>{ui.home.terminals}</NavLink>
        </nav>
      </main>
    </>
  );
}
