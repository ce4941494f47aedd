/**
 * Starts the app (loaded by src/main.tsx): hydrates the prerendered home screen, or renders from
 * nothing. A hydration mismatch is reported by React (console) and the screen is rebuilt from
 * scratch: the tests treat such a report as a failure.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Lang } from '../faults/types';
import type { UiText } from '../i18n/ui.en';
import { App, prefetchGuide } from './App';

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
): void {
  // The guide runner, for the first tap on a fault (see App.tsx): once the home is hydrated
  // (its click handlers live) and then the browser is idle, so it never competes with the
  // first load (bench/assets.mjs counts what loads before the home is interactive). A tap
  // before that preloads it on pointerdown.
  const prefetch = () => void prefetchGuide();
  const whenReady = () => {
    onReady();
    window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(prefetch);
      else prefetch();
    }, 500);
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
    hydrateRoot(prerendered, app);
  } else {
    createRoot(root).render(app);
  }
}
