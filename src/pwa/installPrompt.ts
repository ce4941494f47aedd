/**
 * Chrome, Edge and Samsung Internet fire `beforeinstallprompt` once, early — often before React
 * has mounted — so main.tsx imports this module first thing to keep the event for the "Install
 * app" button of the install help. Also tracks whether the app runs installed (standalone).
 * Tiny on purpose: it is on the first-paint path.
 */

/** Chromium's event (not in TypeScript's DOM types). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

export interface InstallState {
  /** The browser offered installation and the offer can be used now. */
  canPrompt: boolean;
  /** Running as an installed app, or installed from this page during this visit. */
  installed: boolean;
}

let deferred: BeforeInstallPromptEvent | null = null;
let installedNow = false;
let state: InstallState = { canPrompt: false, installed: false };
const listeners = new Set<() => void>();

/** Running from the home screen: display-mode standalone (or stricter), or iOS's flag. */
export function isStandalone(
  win: Window | undefined = typeof window === 'undefined' ? undefined : window,
): boolean {
  if (!win) return false;
  const nav = win.navigator as Navigator & { standalone?: boolean };
  if (nav.standalone === true) return true;
  if (typeof win.matchMedia !== 'function') return false;
  return ['standalone', 'fullscreen', 'minimal-ui'].some(
    (mode) => win.matchMedia(`(display-mode: ${mode})`).matches,
  );
}

function update(): void {
  const next: InstallState = {
    canPrompt: deferred !== null,
    installed: installedNow || isStandalone(),
  };
  if (next.canPrompt !== state.canPrompt || next.installed !== state.installed) {
    state = next;
    listeners.forEach((l) => l());
  }
}

export function getInstallState(): InstallState {
  return state;
}

export function subscribeInstall(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the browser's install dialog; 'unavailable' when the browser has not offered one. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferred;
  if (!event) return 'unavailable';
  deferred = null; // an event can prompt only once
  update();
  try {
    await event.prompt();
    const choice = await event.userChoice;
    if (choice.outcome === 'accepted') {
      installedNow = true;
      update();
    }
    return choice.outcome;
  } catch {
    return 'unavailable';
  }
}

/** Test hook: forget everything captured. */
export function resetInstallForTests(): void {
  deferred = null;
  installedNow = false;
  state = { canPrompt: false, installed: false };
  update();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keep the offer for our own button instead of the browser's mini-infobar.
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    update();
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    installedNow = true;
    update();
  });
  if (typeof window.matchMedia === 'function') {
    window.matchMedia('(display-mode: standalone)').addEventListener?.('change', update);
  }
  update();
}
