/**
 * Starts the app (loaded by src/main.tsx): hydrates the prerendered home screen, or renders from
 * nothing. A hydration mismatch is reported by React (console) and the screen is rebuilt from
 * scratch: the tests treat such a report as a failure.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Lang } from '../faults/types';
import type { UiText } from '../i18n/ui.en';
import { App } from './App';

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
  const app = (
    <StrictMode>
      <App initial={initial} />
      <Ready onReady={onReady} />
    </StrictMode>
  );
  if (prerendered) {
    // From now on this is the app's container; CSS must not hide it when the language changes.
    prerendered.removeAttribute('data-prerender');
    hydrateRoot(prerendered, app);
  } else {
    createRoot(root).render(app);
  }
  // The guide runner, for the first tap on a fault (see App.tsx): once the screen has settled
  // and the browser is idle. (bench/assets.mjs counts what loads before the home screen is
  // interactive; this comes well after.)
  const prefetch = () => {
    void import('../wizard/StartGuide');
    void import('../wizard/IncidentScreen');
  };
  window.setTimeout(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(prefetch);
    else prefetch();
  }, 1000);
}
