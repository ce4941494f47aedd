/**
 * "N damaged records could not be shown and were skipped": shown where a list or an incident
 * would otherwise have broken on a record that got into the database somehow
 * (storage/recordRules.ts decides what a screen can show; storage/skipped.ts counts the rest).
 */
import { useSyncExternalStore } from 'react';
import { format, useLang } from '../i18n/i18n';
import { onSkipped, skippedCount, skippedVersion } from '../storage/skipped';

export function SkippedNotice() {
  const { ui } = useLang();
  useSyncExternalStore(onSkipped, skippedVersion, () => 0);
  const n = skippedCount();
  if (n === 0) return null;
  return (
    <p className="notice skipped-notice" role="status">
      {format(ui.banner.skipped, { n })}
    </p>
  );
}
