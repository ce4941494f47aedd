/**
 * The app-wide PWA parts, mounted once by App: the online/offline line, the in-app-browser
 * warning (WeChat, QQ…) on the home screen, and the bottom bars for "ready to work offline" and
 * "update available". Starts the service worker registration after the first render (lazily:
 * workbox-window is not on the first-paint path).
 */
import { runBeforeReload } from '../infra/beforeReload';
import { flushStores, type StoreName } from '../storage/stores';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { navigate, useRoute } from '../infra/router';
import { useServices } from '../infra/services';
import { format, useLang } from '../i18n/i18n';
import { useHydrated } from '../ui/useHydrated';
import { currentBrowser, type BrowserInfo } from './browserKind';
import { getInstallState, subscribeInstall } from './installPrompt';
import { OnlineStatus } from './OnlineStatus';
import { applyUpdate, getSwStatus, subscribeSw } from './swState';

/** How long "ready to work offline" stays up unless dismissed or focused. */
const READY_NOTE_MS = 12_000;

export function PwaShell() {
  useEffect(() => {
    if (
      import.meta.env.DEV ||
      typeof navigator === 'undefined' ||
      !('serviceWorker' in navigator)
    ) {
      return;
    }
    import('./registerSW').then((m) => m.registerSW()).catch(() => undefined); // no offline support this visit; the app itself works
  }, []);
  return (
    <>
      <OnlineStatus />
      <InAppBanner />
      <PwaBars />
    </>
  );
}

/** What the prerendered home screen shows (not installed), until hydration is over. */
const prerenderedInstallState = { canPrompt: false, installed: false };

export function useInstallState() {
  return useSyncExternalStore(subscribeInstall, getInstallState, () => prerenderedInstallState);
}

/** App name for "Inside {app} …". */
export function inAppName(ui: ReturnType<typeof useLang>['ui'], info: BrowserInfo): string {
  return info.kind === 'wechat'
    ? ui.pwa.appNames.wechat
    : info.kind === 'qq'
      ? ui.pwa.appNames.qq
      : ui.pwa.appNames.inApp;
}

/** WeChat, QQ and other in-app browsers: say plainly, on the home screen, to open a browser. */
function InAppBanner() {
  const { ui } = useLang();
  const route = useRoute();
  const hydrated = useHydrated(); // the prerendered home has no banner
  const info = currentBrowser();
  if (!hydrated || !info.inApp || route.name !== 'home') return null;
  const app = inAppName(ui, info);
  return (
    <div className="banner banner-warning inapp-banner" role="note">
      <p>
        <strong>{ui.pwa.inAppBanner.heading}</strong>
        <br />
        {format(ui.pwa.inAppBanner.body, { app })}
      </p>
      <a
        className="button"
        href="/install"
        onClick={(e) => {
          e.preventDefault();
          navigate({ name: 'install' });
        }}
      >
        {ui.pwa.inAppBanner.link}
      </a>
    </div>
  );
}

/**
 * Fixed at the bottom so that a bar appearing mid-question never moves the answer buttons
 * (a tap meant for "Yes" must not land on something else). Only the update bar: it needs an
 * answer. "Ready to work offline" is news, not a question: it is `ReadyNote`, in the page.
 */
function PwaBars() {
  const sw = useSyncExternalStore(subscribeSw, getSwStatus, getSwStatus);
  const [updateLater, setUpdateLater] = useState(false);
  return (
    <div className="pwa-bars" role="status">
      {sw.updateReady && !updateLater ? (
        <UpdateBar applying={sw.applying} onLater={() => setUpdateLater(true)} />
      ) : null}
    </div>
  );
}

/**
 * "Ready to work offline", once after the first install: in the page flow after the screen's
 * content (App renders it last), so it never covers the fault cards or the search box and its
 * arrival moves nothing above it. It also goes by itself after a while, unless focused.
 */
export function ReadyNote() {
  const { ui } = useLang();
  const route = useRoute();
  const sw = useSyncExternalStore(subscribeSw, getSwStatus, getSwStatus);
  const install = useInstallState();
  const [readySeen, setReadySeen] = useState(false);
  const showReady = sw.offlineReady && !readySeen && !sw.updateReady;
  const readyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!showReady) return;
    const timer = window.setTimeout(() => {
      if (!readyRef.current?.contains(document.activeElement)) setReadySeen(true);
    }, READY_NOTE_MS);
    return () => window.clearTimeout(timer);
  }, [showReady]);
  return (
    <div role="status" className="pwa-note-slot">
      {showReady ? (
        <div className="pwa-note pwa-ready" ref={readyRef}>
          <p>{ui.pwa.offlineReady}</p>
          <div className="pwa-bar-actions">
            {!install.installed && !currentBrowser().inApp && route.name !== 'install' ? (
              <a
                className="button"
                href="/install"
                onClick={(e) => {
                  e.preventDefault();
                  setReadySeen(true);
                  navigate({ name: 'install' });
                }}
              >
                {ui.pwa.addToHome}
              </a>
            ) : null}
            <button type="button" onClick={() => setReadySeen(true)}>
              {ui.pwa.ok}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The sentence of the update bar that says what is not saved yet, per store. */
const NOT_SAVED_TEXT = {
  incidents: 'answer',
  notes: 'note',
  terminals: 'terminal',
  settings: 'setting',
  practiceRuns: 'practiceRun',
  lookups: 'lookup',
} as const satisfies Record<StoreName, string>;

/**
 * Waits for the user's tap; never applies itself. "Later" hides it for this visit (the browser
 * then switches by itself only once every tab of the app is closed, i.e. on a fresh start).
 * Before switching, makes sure every store's queue is written (the current step's answer, a
 * note draft, a terminal, a setting, a practice answer): the reload comes back to
 * /incident/<id> from IndexedDB.
 */
function UpdateBar(props: { applying: boolean; onLater: () => void }) {
  const { ui, lang } = useLang();
  const services = useServices();
  /** What the last tap found not saved yet (and so did not reload), by store. */
  const [notSaved, setNotSaved] = useState<readonly StoreName[]>([]);
  const [waiting, setWaiting] = useState(false);
  const memory = services?.storageKind === 'memory';
  const busy = props.applying || waiting;
  const onTap = async () => {
    setNotSaved([]);
    setWaiting(true);
    try {
      await runBeforeReload(); // features hand their last words to the stores (a note draft)
      const flushed = services ? await flushStores(services) : ({ ok: true } as const);
      if (!flushed.ok) {
        setNotSaved(flushed.stores);
        return;
      }
      applyUpdate();
    } finally {
      setWaiting(false);
    }
  };
  return (
    <div className="pwa-bar pwa-update">
      <p>
        <strong>{ui.pwa.update.text}</strong>{' '}
        {memory ? ui.pwa.update.noteMemory : ui.pwa.update.note}
      </p>
      {notSaved.length > 0 ? (
        <p className="warning">
          {/* Names what is not saved (an answer, a note, a terminal…), then what to do. */}
          {[
            ...notSaved.map((name) => ui.pwa.update.notSaved[NOT_SAVED_TEXT[name]]),
            ui.pwa.update.notSaved.tryAgain,
          ].join(lang === 'zh' ? '' : ' ')}
        </p>
      ) : null}
      <div className="pwa-bar-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void onTap()}>
          {busy ? ui.pwa.update.applying : ui.pwa.update.button}
        </button>
        {!busy ? (
          <button type="button" onClick={props.onLater}>
            {ui.pwa.update.later}
          </button>
        ) : null}
      </div>
    </div>
  );
}
