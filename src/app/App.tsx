/** The shell: providers, the route switch, and the storage banners. */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Lang } from '../faults/types';
import { LangProvider, useLang } from '../i18n/i18n';
import type { UiText } from '../i18n/ui.en';
import { IncidentScreen, StartGuide } from '../wizard/GuideScreen';
import { InstallRoute } from '../pwa/InstallRoute';
import { PwaShell } from '../pwa/PwaShell';
import { Home } from './Home';
import { LookupPage } from './LookupPage';
import { replace, useRoute } from './router';
import { ServicesProvider, useSaveTrouble, useServices, type Services } from './services';

const HistoryPage = lazy(() => import('./HistoryPage').then((m) => ({ default: m.HistoryPage })));
const SettingsPage = lazy(() =>
  import('./SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

export function App(props: { initial: { lang: Lang; ui: UiText }; services?: Services }) {
  return (
    <LangProvider initial={props.initial}>
      <ServicesProvider {...(props.services ? { services: props.services } : {})}>
        <StorageBanner />
        <PwaShell />
        <Screen />
      </ServicesProvider>
    </LangProvider>
  );
}

function Screen() {
  const route = useRoute();
  const { ui } = useLang();
  useEffect(() => {
    if (route.name === 'notFound') replace({ name: 'home' });
  }, [route]);
  switch (route.name) {
    case 'start':
      return (
        <StartGuide
          key={`${route.fault}:${route.code ?? ''}`}
          fault={route.fault}
          {...(route.code ? { code: route.code } : {})}
        />
      );
    case 'incident':
      return <IncidentScreen key={route.id} id={route.id} />;
    case 'install':
      return <InstallRoute />;
    case 'lookup':
      return <LookupPage q={route.q} />;
    case 'history':
    case 'historyItem':
      return (
        <Suspense fallback={<p role="status">{ui.step.loading}</p>}>
          <HistoryPage {...(route.name === 'historyItem' ? { id: route.id } : {})} />
        </Suspense>
      );
    case 'settings':
      return (
        <Suspense fallback={<p role="status">{ui.step.loading}</p>}>
          <SettingsPage />
        </Suspense>
      );
    default:
      return <Home />;
  }
}

function StorageBanner() {
  const services = useServices();
  const { ui } = useLang();
  const trouble = useSaveTrouble(services?.saver);
  const [otherTab, setOtherTab] = useState(false);
  useEffect(() => services?.storage.onVersionChange(() => setOtherTab(true)), [services]);
  if (!services) return null;
  if (otherTab) {
    return (
      <div className="banner banner-warning" role="alert">
        <p>{ui.banner.otherTab}</p>
        <button type="button" onClick={() => location.reload()}>
          {ui.banner.reload}
        </button>
      </div>
    );
  }
  const memory = services.storage.kind === 'memory';
  if (!memory && trouble === null) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        {memory ? ui.banner.memoryOnly : trouble === 'quota' ? ui.banner.quota : ui.banner.notSaved}
      </p>
      {!memory ? (
        <button type="button" onClick={() => void services.saver.retryPending()}>
          {ui.banner.retryNow}
        </button>
      ) : null}
    </div>
  );
}
