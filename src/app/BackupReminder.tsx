/**
 * iPhone storage trap 2: Safari deletes the data of a site that is not on the home screen after
 * 7 days without a visit. When the app is not installed and the browser has not promised to keep
 * its data, the home screen says so once (until the merchant answers it), with one-tap install
 * help and "back up now". Only on the home screen: never in the middle of a guide.
 */
import { useEffect, useState } from 'react';
import { useLang } from '../i18n/i18n';
import { useInstallState } from '../pwa/PwaShell';
import { SETTING_KEYS } from '../storage/settings.repo';
import { navigate } from '../infra/router';
import { useServices } from '../infra/services';

async function browserKeepsData(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persisted !== 'function') return false;
  try {
    return await storage.persisted();
  } catch {
    return false;
  }
}

export function BackupReminder() {
  const services = useServices();
  const { ui } = useLang();
  const { installed } = useInstallState();
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (!services || installed) return;
    const { storage } = services;
    // Memory and ephemeral storage have their own, louder banner.
    if (storage.kind !== 'indexeddb' || storage.ephemeral) return;
    let live = true;
    void (async () => {
      const [answered, keeps, incidents] = await Promise.all([
        storage.settings.get<number>(SETTING_KEYS.backupReminderAnsweredAt),
        browserKeepsData(),
        services.incidents.list(),
      ]);
      // Nothing recorded yet: nothing to lose.
      if (live) setShow(answered === undefined && !keeps && incidents.length > 0);
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services, installed]);
  if (!show || !services) return null;
  const answer = (then?: () => void) => {
    setShow(false);
    void services.storage.settings
      .set(SETTING_KEYS.backupReminderAnsweredAt, services.now())
      .catch(() => undefined);
    then?.();
  };
  const r = ui.reminder;
  return (
    <section className="reminder" aria-labelledby="reminder-heading">
      <h2 id="reminder-heading">{r.heading}</h2>
      <p>{r.body}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => answer(() => navigate({ name: 'install' }))}
        >
          {r.install}
        </button>
        <button type="button" onClick={() => answer(() => navigate({ name: 'backup' }))}>
          {r.backupNow}
        </button>
        <button type="button" onClick={() => answer()}>
          {r.dismiss}
        </button>
      </div>
    </section>
  );
}
