/**
 * Registers the service worker with workbox-window. Imported lazily (PwaShell, after the first
 * render), so none of this is on the first-paint path.
 *
 *  - First install done → "ready to work offline".
 *  - A new version installed and waiting → the update bar. It is applied ONLY when the user taps
 *    it: then the waiting worker is told to skip waiting and the page reloads once it controls
 *    the page. The incident is in IndexedDB after every step and /incident/<id> restores it, so
 *    the reload lands on the same question.
 *  - Checks for a new version when the app comes back to the foreground or online (a shop keeps
 *    the app open all day; browsers otherwise check only on navigations).
 */
import { Workbox } from 'workbox-window';
import { setApplyHandler, setSwStatus } from './swState';

const SW_URL = '/sw.js';
/** At most one update check per this interval from foreground/online events. */
const UPDATE_CHECK_INTERVAL_MS = 30 * 60 * 1000;
/** If the new worker has not taken control by then, reload anyway. */
const RELOAD_FALLBACK_MS = 5000;

let started = false;

export async function registerSW(options: { reload?: () => void } = {}): Promise<void> {
  if (started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const reload = options.reload ?? (() => location.reload());
  started = true;

  const wb = new Workbox(SW_URL, { scope: '/' });
  let userAccepted = false;
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    reload();
  };

  wb.addEventListener('activated', (event) => {
    // isUpdate is false on the very first install (no worker controlled the page before).
    if (!event.isUpdate && !event.isExternal) setSwStatus({ offlineReady: true });
  });
  wb.addEventListener('waiting', () => setSwStatus({ updateReady: true }));
  wb.addEventListener('controlling', (event) => {
    if (userAccepted) {
      reloadOnce();
    } else if (event.isUpdate) {
      // Another tab applied an update: this page still runs the old code, whose lazy parts are
      // no longer cached. Offer the reload (the same bar); never reload by itself.
      setSwStatus({ updateReady: true });
    }
  });

  setApplyHandler(() => {
    userAccepted = true;
    const waiting = registration?.waiting;
    if (waiting) {
      wb.messageSkipWaiting();
      window.setTimeout(reloadOnce, RELOAD_FALLBACK_MS);
    } else {
      reloadOnce(); // nothing waiting (already active, e.g. applied in another tab)
    }
  });

  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await wb.register();
  } catch {
    return; // e.g. storage disabled: the app works online without offline support
  }
  if (!registration) return;

  // An update that the browser started on this navigation, before register() listened.
  const installing = registration.installing;
  if (installing && navigator.serviceWorker.controller) {
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed' && registration?.waiting === installing) {
        setSwStatus({ updateReady: true });
      }
    });
  }

  let lastCheck = Date.now();
  const check = () => {
    if (!navigator.onLine || document.visibilityState !== 'visible') return;
    if (Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    wb.update().catch(() => undefined);
  };
  document.addEventListener('visibilitychange', check);
  window.addEventListener('online', check);
}
