/**
 * The shell: providers, the route switch, and the storage banners. The speed machinery (guide
 * prefetch, held taps, hand-offs) and its reasons are in prefetch.ts.
 */
import { useEffect } from 'react';
import type { Lang } from '../faults/types';
import { LangProvider, useLang } from '../i18n/i18n';
import type { UiText } from '../i18n/ui.en';
import { InstallRoute } from '../pwa/InstallRoute';
import { PwaShell, ReadyNote } from '../pwa/PwaShell';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Home } from './Home';
import { LookupPage } from './LookupPage';
import { GuideLoading, lazyPage, suspended } from './lazyPage';
import { IncidentScreen, StartGuide, usePrefetchOnPress } from './prefetch';
import { replace, routeUrl, useRoute } from '../infra/router';
import {
  ServicesProvider,
  useBlockedByOtherTab,
  useSaveTrouble,
  useServices,
  useStorageReplaced,
  type Services,
} from '../infra/services';

/** The guide runner's screens: "loading" in the guide's own frame until the runner is in. */
const StartGuideScreen = suspended(StartGuide, GuideLoading);
const IncidentRunScreen = suspended(IncidentScreen, GuideLoading);

const PracticeScreen = lazyPage(() =>
  import('../practice/PracticeScreen').then((m) => m.loadPracticeScreen()).then((m) => m.default),
);
const HistoryPage = lazyPage(() => import('./HistoryPage').then((m) => m.HistoryPage));
const PreventionPage = lazyPage(() => import('./PreventionPage').then((m) => m.PreventionPage));
const SettingsPage = lazyPage(() => import('./SettingsPage').then((m) => m.SettingsPage));
const TerminalsPage = lazyPage(() =>
  import('../terminals/TerminalsPage').then((m) => m.TerminalsPage),
);
const BackupPage = lazyPage(() => import('../backup/BackupPage').then((m) => m.BackupPage));

export function App(props: { initial: { lang: Lang; ui: UiText }; services?: Services }) {
  usePrefetchOnPress();
  return (
    <LangProvider initial={props.initial}>
      <ServicesProvider {...(props.services ? { services: props.services } : {})}>
        <StorageBanner />
        <PwaShell />
        <RoutedScreen />
        <ReadyNote />
        <EphemeralNotice />
      </ServicesProvider>
    </LangProvider>
  );
}

/** A new route gets a fresh error boundary: one failed screen does not block the others. */
function RoutedScreen() {
  const route = useRoute();
  return (
    <ErrorBoundary key={routeUrl(route)}>
      <Screen />
    </ErrorBoundary>
  );
}

function Screen() {
  const route = useRoute();
  useEffect(() => {
    if (route.name === 'notFound') replace({ name: 'home' });
  }, [route]);
  switch (route.name) {
    case 'start':
      return (
        <StartGuideScreen
          key={`${route.fault}:${route.code ?? ''}`}
          fault={route.fault}
          {...(route.code ? { code: route.code } : {})}
        />
      );
    case 'incident':
      return <IncidentRunScreen key={route.id} id={route.id} />;
    case 'install':
      return <InstallRoute />;
    case 'lookup':
      return <LookupPage q={route.q} />;
    case 'history':
    case 'historyItem':
      return <HistoryPage {...(route.name === 'historyItem' ? { id: route.id } : {})} />;
    case 'prevention':
      return <PreventionPage />;
    case 'settings':
      return <SettingsPage />;
    case 'terminals':
      return <TerminalsPage />;
    case 'backup':
      return <BackupPage />;
    case 'practice':
    case 'practiceTrainer':
    case 'practiceRun':
      return <PracticeScreen route={route} />;
    default:
      return <Home />;
  }
}

/**
 * WebKit's ephemeral store (Safari Private Browsing): everything is lost when the tab closes.
 * Below the screen, not above it: it appears once storage has opened, and content must not move
 * under the merchant's finger.
 */
function EphemeralNotice() {
  const services = useServices();
  const { ui } = useLang();
  if (!services?.ephemeral) return null;
  return (
    <div className="banner banner-warning ephemeral-notice" role="status">
      <p>{ui.banner.ephemeral}</p>
    </div>
  );
}

function StorageBanner() {
  const services = useServices();
  const { ui } = useLang();
  const trouble = useSaveTrouble(services?.incidents);
  const otherTab = useStorageReplaced(services);
  const blocked = useBlockedByOtherTab();
  if (!services) {
    // Opening waits for a tab with an older version: name that tab, not private mode.
    return blocked ? (
      <div className="banner banner-warning" role="alert">
        <p>{ui.banner.otherTabOld}</p>
        <button type="button" onClick={() => location.reload()}>
          {ui.banner.reload}
        </button>
      </div>
    ) : null;
  }
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
  const memory = services.storageKind === 'memory';
  if (!memory && trouble === null) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        {memory ? ui.banner.memoryOnly : trouble === 'quota' ? ui.banner.quota : ui.banner.notSaved}
      </p>
      {!memory ? (
        <button type="button" onClick={() => void services.incidents.retryPending()}>
          {ui.banner.retryNow}
        </button>
      ) : null}
    </div>
  );
}
