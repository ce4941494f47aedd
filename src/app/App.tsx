/** The shell: providers, the route switch, and the storage banners. */
import { lazy, Suspense, useEffect } from 'react';
import type { FaultId, Lang } from '../faults/types';
import { LangProvider, useLang } from '../i18n/i18n';
import type { UiText } from '../i18n/ui.en';
import { InstallRoute } from '../pwa/InstallRoute';
import { PwaShell, ReadyNote } from '../pwa/PwaShell';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { runWhenIdle } from '../infra/idleWork';
import { preloadable } from '../ui/preloadable';
import { TopBar } from '../ui/TopBar';
import { faults, loadGuide } from '../faults/registry';
import { Home } from './Home';
import { LookupPage } from './LookupPage';
import { navigate, parseRoute, replace, routeUrl, useRoute } from '../infra/router';
import {
  ServicesProvider,
  useBlockedByOtherTab,
  useSaveTrouble,
  useServices,
  useStorageReplaced,
  type Services,
} from '../infra/services';

/**
 * The guide runner (and XState with it) is not needed to show the home screen: it loads when a
 * guide opens. src/main.tsx fetches it at once on a guide's or an incident's address, and
 * start.tsx when the browser is idle after the home screen, so a tap rarely waits for it.
 */
const StartGuide = preloadable(() => import('../wizard/StartGuide'));
const IncidentScreen = preloadable(() => import('../wizard/IncidentScreen'));
const PracticeScreen = lazy(() =>
  import('../practice/PracticeScreen').then((m) => m.loadPracticeScreen()),
);
const HistoryPage = lazy(() => import('./HistoryPage').then((m) => ({ default: m.HistoryPage })));
const PreventionPage = lazy(() =>
  import('./PreventionPage').then((m) => ({ default: m.PreventionPage })),
);
const SettingsPage = lazy(() =>
  import('./SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const TerminalsPage = lazy(() =>
  import('../terminals/TerminalsPage').then((m) => ({ default: m.TerminalsPage })),
);
const BackupPage = lazy(() =>
  import('../backup/BackupPage').then((m) => ({ default: m.BackupPage })),
);

/** A guide's or an incident's link: where the guide runner is needed. */
const RUNNER_LINK = 'a[href^="/guide/"], a[href^="/incident/"]';

/**
 * Longest a tap on a guide waits for the runner before the screen changes anyway (and shows
 * "loading"): long enough for the chunks from the precache or a fair network, short enough that
 * a slow network still answers the tap at once.
 */
const TAP_WAIT_MS = 250;

/**
 * Everything the first question of a guide needs, fetched ahead: on the pointerdown of a tap on
 * a guide's link (the click comes 50–150 ms later) and at idle after the home screen (start.tsx).
 * The runner's screens and the guide(s) load in parallel; each import runs once, later calls
 * return the same promise. Resolves when they are loaded; never rejects (a failed load shows on
 * the screen). Each loaded guide's first-question work (prepareGuide) then runs in idle slices;
 * a named guide (the one under the finger) goes first.
 */
export function prefetchGuide(fault?: string): Promise<void> {
  void import('../notes/NotesPanel').catch(() => undefined);
  const entry = fault ? faults.find((f) => f.id === fault) : undefined;
  const guides = (entry ? [entry] : faults).map((f) => prepareWhenLoaded(f.id, !!entry));
  return Promise.all([StartGuide.preload(), IncidentScreen.preload(), ...guides]).then(
    () => undefined,
    () => undefined,
  );
}

/** A guide's load, and once it is in, its first-question work (queued for idle time). */
type Prepared = { loaded: Promise<void>; work?: Iterator<unknown> };

const prepared = new Map<string, Prepared>();

/** Loads a guide; once it is in, its first-question work is queued for idle time (once). */
function prepareWhenLoaded(id: FaultId, first: boolean): Promise<void> {
  const known = prepared.get(id);
  if (known) {
    if (known.work && first) runWhenIdle(known.work, { first });
    return known.loaded;
  }
  const entry: Prepared = {
    loaded: Promise.all([loadGuide(id), import('../wizard/incidentRun')]).then(
      ([guide, run]) => {
        entry.work = run.prepareGuide(guide);
        runWhenIdle(entry.work, { first });
      },
      () => {
        prepared.delete(id); // a later prefetch (or the tap) tries again
      },
    ),
  };
  prepared.set(id, entry);
  return entry.loaded;
}

function runnerLoaded(): boolean {
  return StartGuide.isLoaded() && IncidentScreen.isLoaded();
}

/**
 * A tap on a guide: the runner is preloaded on pointerdown, and when the click comes before it
 * is in, the screen changes once it is (at most TAP_WAIT_MS later). A lazy screen rendered before
 * its chunk is in suspends, and React then holds the revealed screen back for its Suspense
 * throttle (about 300 ms): the tap would wait longer than the chunk.
 */
function usePrefetchOnPress() {
  useEffect(() => {
    const linkOf = (e: Event) =>
      (e.target as Element | null)?.closest?.<HTMLAnchorElement>(RUNNER_LINK) ?? null;
    const faultOf = (link: HTMLAnchorElement) =>
      link.pathname.startsWith('/guide/') ? link.pathname.split('/')[2] : undefined;
    const onPress = (e: PointerEvent) => {
      const link = linkOf(e);
      if (link) void prefetchGuide(faultOf(link));
    };
    // One held tap at a time: a second tap (or a held Enter) while it waits is the same tap.
    let waiting = false;
    const onClick = (e: MouseEvent) => {
      const link = linkOf(e);
      if (!link || runnerLoaded() || e.defaultPrevented) return;
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      e.stopPropagation();
      if (waiting) return;
      waiting = true;
      const to = parseRoute(link.pathname, link.search);
      const from = location.href;
      const timeout = new Promise((resolve) => window.setTimeout(resolve, TAP_WAIT_MS));
      void Promise.race([prefetchGuide(faultOf(link)), timeout]).then(() => {
        waiting = false;
        // Not when the merchant went elsewhere meanwhile (Back, another link).
        if (location.href === from) navigate(to);
      });
    };
    document.addEventListener('pointerdown', onPress, { capture: true, passive: true });
    document.addEventListener('click', onClick, { capture: true });
    return () => {
      document.removeEventListener('pointerdown', onPress, { capture: true });
      document.removeEventListener('click', onClick, { capture: true });
    };
  }, []);
}

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
  const { ui } = useLang();
  useEffect(() => {
    if (route.name === 'notFound') replace({ name: 'home' });
  }, [route]);
  switch (route.name) {
    case 'start':
      return (
        <Suspense fallback={<GuideLoading />}>
          <StartGuide
            key={`${route.fault}:${route.code ?? ''}`}
            fault={route.fault}
            {...(route.code ? { code: route.code } : {})}
          />
        </Suspense>
      );
    case 'incident':
      return (
        <Suspense fallback={<GuideLoading />}>
          <IncidentScreen key={route.id} id={route.id} />
        </Suspense>
      );
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
    case 'prevention':
      return (
        <Suspense fallback={<p role="status">{ui.step.loading}</p>}>
          <PreventionPage />
        </Suspense>
      );
    case 'settings':
      return (
        <Suspense fallback={<p role="status">{ui.step.loading}</p>}>
          <SettingsPage />
        </Suspense>
      );
    case 'terminals':
      return (
        <Suspense fallback={<p role="status">{ui.step.loading}</p>}>
          <TerminalsPage />
        </Suspense>
      );
    case 'backup':
      return (
        <Suspense fallback={<p role="status">{ui.step.loading}</p>}>
          <BackupPage />
        </Suspense>
      );
    case 'practice':
    case 'practiceTrainer':
    case 'practiceRun':
      return (
        <Suspense fallback={<p role="status">{ui.step.loading}</p>}>
          <PracticeScreen route={route} />
        </Suspense>
      );
    default:
      return <Home />;
  }
}

/** While the guide runner loads: the same screen as a guide's own loading state. */
function GuideLoading() {
  const { ui } = useLang();
  return (
    <>
      <TopBar />
      <main id="main" aria-busy="true">
        <p role="status">{ui.step.loading}</p>
      </main>
    </>
  );
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
