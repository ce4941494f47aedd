/** The install entry on the home screen: a link to /install, shown only when not installed. */
import { navigate } from '../infra/router';
import { useLang } from '../i18n/i18n';
import { useInstallState } from './PwaShell';

export function InstallEntry() {
  const { ui } = useLang();
  const install = useInstallState();
  if (install.installed) return null;
  return (
    <a
      className="install-entry"
      href="/install"
      onClick={(e) => {
        e.preventDefault();
        navigate({ name: 'install' });
      }}
    >
      <span aria-hidden="true">⊕</span>
      {ui.pwa.entry}
    </a>
  );
}
