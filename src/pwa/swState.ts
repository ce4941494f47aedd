/**
 * What the service worker means for the user, as a tiny store the bars subscribe to. It is
 * filled by registerSW.ts (loaded lazily, after the first render) so that workbox-window stays
 * off the first-paint path.
 */

export interface SwStatus {
  /** The first install finished: from now on the app opens with no network. */
  offlineReady: boolean;
  /** A new version is installed and waits for the user to tap "Update". */
  updateReady: boolean;
  /** The user tapped "Update": the new version is taking over, then the page reloads. */
  applying: boolean;
}

const initial: SwStatus = { offlineReady: false, updateReady: false, applying: false };
let status: SwStatus = initial;
const listeners = new Set<() => void>();
let applyHandler: (() => void) | null = null;

export function getSwStatus(): SwStatus {
  return status;
}

export function subscribeSw(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setSwStatus(patch: Partial<SwStatus>): void {
  const next = { ...status, ...patch };
  if (
    next.offlineReady === status.offlineReady &&
    next.updateReady === status.updateReady &&
    next.applying === status.applying
  ) {
    return;
  }
  status = next;
  listeners.forEach((l) => l());
}

/** registerSW.ts says how to switch to the waiting version. */
export function setApplyHandler(handler: (() => void) | null): void {
  applyHandler = handler;
}

/** Switches to the waiting version (then the page reloads). Only ever called from a user's tap. */
export function applyUpdate(): void {
  setSwStatus({ applying: true });
  if (applyHandler) applyHandler();
  else location.reload();
}

/** Test hook. */
export function resetSwForTests(): void {
  status = initial;
  applyHandler = null;
  listeners.forEach((l) => l());
}
