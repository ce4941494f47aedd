/** Route /install: the install help, loaded lazily (it is not needed on most visits). */
import { lazy, Suspense } from 'react';
import { useLang } from '../i18n/i18n';

const InstallHelp = lazy(() => import('./InstallHelp').then((m) => ({ default: m.InstallHelp })));

export function InstallRoute() {
  const { ui } = useLang();
  return (
    <Suspense fallback={<p role="status">{ui.step.loading}</p>}>
      <InstallHelp />
    </Suspense>
  );
}
