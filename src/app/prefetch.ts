/**
 * The speed machinery of the app, and the reasons for all of it, in one place. The merchant taps
 * a fault with a queue waiting: the first question must show at once, on a cheap phone, on a
 * first visit over a slow network as well as offline. Every piece below buys part of that; none
 * holds the truth (IndexedDB does) — remove any one and the app is slower, never wrong.
 *
 * 1. **The guide runner is not on the first path.** StartGuide, IncidentScreen and XState with
 *    them are about 18 KB gzip the home screen does not need (README, "Figures"), so they are
 *    `preloadable` chunks (ui/preloadable.ts: once loaded they render without suspending).
 * 2. **Fetched ahead, at idle**: `prefetchInPieces()` after the home is interactive (start.tsx, in
 *    idle time after its performance mark, so never inside the first-load budget; one import per
 *    idle piece), and `prefetchGuide()` at once by main.tsx on a guide's or an incident's own
 *    address.
 * 3. **Preloaded on pointerdown** of a tap on a guide's link: the click comes 50–150 ms later.
 *    Each loaded guide's first-question work (`prepareGuide`: the longest-way-on walk) then runs
 *    in idle slices (infra/idleWork.ts); the guide under the finger goes first.
 * 4. **A tap on a guide before the runner is in is held** (app/tapHold.ts) and the screen changes
 *    once the runner is in, at most TAP_WAIT_MS later: a lazy screen rendered before its chunk
 *    suspends, and React 19 then holds the revealed screen back for its Suspense throttle (about
 *    300 ms), so the tap would wait longer than the chunk.
 * 5. **A tap on the painted home before the app has hydrated** is held by main.tsx (the same
 *    app/tapHold.ts) and replayed once the app is in; without it the tap would load its address
 *    as a new page and throw away the app being loaded.
 * 6. **Hand-offs in memory** (infra/handoff.ts), each read by a screen that works without it:
 *    - the incident StartGuide has just committed, to the incident screen
 *      (wizard/useIncidentRun.ts, `primeIncident`): the first question shows in the same frame as
 *      the incident's address instead of after reading the record back. Only a record the store
 *      has saved, so the screen never runs ahead of storage;
 *    - the last trainee's name (practice/PracticeScreen.tsx), so "another scenario" keeps it
 *      while the app is open without storing a name on a shared phone.
 * 7. **Practice's scenarios are loaded before any practice screen renders**
 *    (practice/scenarios.ts `loadScenarios`, awaited by the lazy practice page): a load cache like
 *    the registry's guide cache, read synchronously by the screens after it.
 */
import { useEffect } from 'react';
import type { FaultId } from '../faults/types';
import { faults, loadGuide } from '../faults/registry';
import { runWhenIdle } from '../infra/idleWork';
import { navigate, parseRoute } from '../infra/router';
import { preloadable } from '../ui/preloadable';
import { holdTaps } from './tapHold';

export const StartGuide = preloadable(() => import('../wizard/StartGuide'));
export const IncidentScreen = preloadable(() => import('../wizard/IncidentScreen'));

/** A guide's or an incident's link: where the guide runner is needed. */
const RUNNER_LINK = 'a[href^="/guide/"], a[href^="/incident/"]';

/**
 * Longest a tap on a guide waits for the runner before the screen changes anyway (and shows
 * "loading"): long enough for the chunks from the precache or a fair network, short enough that
 * a slow network still answers the tap at once.
 */
export const TAP_WAIT_MS = 250;

/**
 * Everything the first question of a guide needs (2, 3 above): the runner's screens and the
 * guide(s) load in parallel; each import runs once, later calls return the same promise.
 * Resolves when they are loaded; never rejects (a failed load shows on the screen).
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

const ignore = () => undefined;

/**
 * The idle prefetch of everything (2 above), one import per piece of idle work (infra/idleWork):
 * each `import()` through Vite's preload helper adds its chunk's modulepreload links to the page
 * at once, and all of them in one task were a 230 ms task at 4× CPU in front of a quick tap (the
 * bench's profile). A tap in between is handled first; its pointerdown asks for its own guide
 * (`prefetchGuide`) at once.
 */
export function* prefetchInPieces(): Generator<void, void, void> {
  void StartGuide.preload().catch(ignore);
  yield;
  void IncidentScreen.preload().catch(ignore);
  yield;
  for (const f of faults) {
    void prepareWhenLoaded(f.id, false);
    yield;
  }
  void import('../notes/NotesPanel').catch(ignore);
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

function faultOf(link: HTMLAnchorElement): string | undefined {
  return link.pathname.startsWith('/guide/') ? link.pathname.split('/')[2] : undefined;
}

/** While the app is mounted: preload on pointerdown (3), hold an early tap (4). */
export function usePrefetchOnPress(): void {
  useEffect(() => {
    const onPress = (e: PointerEvent) => {
      const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>(RUNNER_LINK);
      if (link) void prefetchGuide(faultOf(link));
    };
    // One held tap at a time: a second tap (or a held Enter) while it waits is the same tap.
    let waiting = false;
    const stopHolding = holdTaps(RUNNER_LINK, (link) => {
      if (runnerLoaded()) return false;
      if (waiting) return true;
      waiting = true;
      const to = parseRoute(link.pathname, link.search);
      const from = location.href;
      const timeout = new Promise((resolve) => window.setTimeout(resolve, TAP_WAIT_MS));
      void Promise.race([prefetchGuide(faultOf(link)), timeout]).then(() => {
        waiting = false;
        // Not when the merchant went elsewhere meanwhile (Back, another link).
        if (location.href === from) navigate(to);
      });
      return true;
    });
    document.addEventListener('pointerdown', onPress, { capture: true, passive: true });
    return () => {
      stopHolding();
      document.removeEventListener('pointerdown', onPress, { capture: true });
    };
  }, []);
}
