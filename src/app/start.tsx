/**
 * Starts the app (loaded by src/main.tsx): hydrates the prerendered home screen, or renders from
 * nothing. A hydration mismatch is reported by React (console) and the screen is rebuilt from
 * scratch: the tests treat such a report as a failure.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import type { Lang } from '../faults/types';
import type { UiText } from '../i18n/ui.en';
import { App } from './App';
import { runWhenIdle } from '../infra/idleWork';
import { prefetchInPieces } from './prefetch';

/**
 * The performance mark set once the home is hydrated and its taps work (read by bench/assets.mjs:
 * the first-load budget is what was requested before it).
 */
export const INTERACTIVE_MARK = 'pos-rescue:interactive';

/** Renders nothing; tells the caller once the first render is on screen (after hydration). */
function Ready(props: { onReady: () => void }) {
  const { onReady } = props;
  useEffect(onReady, [onReady]);
  return null;
}

export function start(
  root: HTMLElement,
  prerendered: HTMLElement | null,
  initial: { lang: Lang; ui: UiText },
  onReady: () => void,
): Root {
  // The guide runner, for the first tap on a fault (see prefetch.ts): at the first idle moment after
  // the home is hydrated (its click handlers live), so it never competes with the first load.
  // INTERACTIVE_MARK is that moment: bench/assets.mjs counts what was requested before it
  // against the first-load budget, and the prefetch is always after it. A tap before the
  // prefetch preloads the runner on pointerdown.
  let ready = false;
  const whenReady = () => {
    if (ready) return; // once (StrictMode runs a development build's effects twice)
    ready = true;
    performance.mark(INTERACTIVE_MARK);
    onReady();
    // In idle time (infra/idleWork: requestIdleCallback, else short slices apart), one import a
    // piece, so a tap is never queued behind the whole prefetch (prefetch.ts, 2).
    runWhenIdle(prefetchInPieces());
  };
  const app = (
    <StrictMode>
      <App initial={initial} />
      <Ready onReady={whenReady} />
    </StrictMode>
  );
  if (prerendered) {
    // From now on this is the app's container; CSS must not hide it when the language changes.
    prerendered.removeAttribute('data-prerender');
    return hydrateRoot(prerendered, app);
  }
  const created = createRoot(root);
  created.render(app);
  return created;
}
