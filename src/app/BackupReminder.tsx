/**
 * iPhone storage trap 2: Safari deletes the data of a site that is not on the home screen after
 * 7 days without a visit. When the app is not installed and the browser has not promised to keep
 * its data, the home screen says so once (until the merchant answers it), with one-tap install
 * help and "back up now". Only on the home screen: never in the middle of a guide.
 */
import { useEffect, useState } from 'react';
import { useLang } from '../i18n/i18n';
import { useInstallState } from '../pwa/PwaShell';
import { SETTING_KEYS } from '../storage/records';
import { browserKeepsData } from '../storage/persistence';
import { navigate } from '../infra/router';
import { useServices } from '../infra/services';
import { useIncidents, useSetting } from '../infra/useRecords';

export function BackupReminder() {
  const services = useServices();
  const { ui } = useLang();
  const { installed } = useInstallState();
  const answered = useSetting(SETTING_KEYS.backupReminderAnsweredAt);
  const incidents = useIncidents();
  /** The browser's promise (not a record): asked once the home screen shows. */
  const [keeps, setKeeps] = useState<boolean | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    let live = true;
    void browserKeepsData().then((k) => live && setKeeps(k));
    return () => {
      live = false;
    };
  }, []);
  const show =
    !dismissed &&
    services !== null &&
    !installed &&
    // Memory and ephemeral storage have their own, louder banner.
    services.storageKind === 'indexeddb' &&
    !services.ephemeral &&
    keeps === false &&
    answered.status === 'ready' &&
    answered.value === undefined &&
    // Nothing recorded yet: nothing to lose.
    incidents.status === 'ready' &&
    incidents.value.length > 0;
  if (!show) return null;
  const answer = (then?: () => void) => {
    setDismissed(true);
    // Never rejects: queued and retried like any record (storage/stores.ts).
    void services.settings.save({
      id: SETTING_KEYS.backupReminderAnsweredAt,
      value: services.now(),
    });
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
