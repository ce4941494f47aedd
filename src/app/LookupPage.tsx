/**
 * /lookup?q=…: results of "what does the screen say?". The answers (the response-code table,
 * the terminal messages, the search) are their own lazy chunk, src/lookup/LookupScreen.tsx,
 * fetched when the search box is first used (`preloadLookup`), so none of it is on the first
 * path; this shell only shows the top bar until it is in.
 */
import { Suspense, useEffect } from 'react';
import { replace } from '../infra/router';
import { useLang } from '../i18n/i18n';
import { preloadable } from '../ui/preloadable';
import { TopBar } from '../ui/TopBar';

const LookupScreen = preloadable(() => import('../lookup/LookupScreen'));

/** Fetch the lookup before the search is sent (on the search box's first focus or keystroke). */
export function preloadLookup(): void {
  void LookupScreen.preload().catch(() => undefined);
}

export function LookupPage({ q }: { q: string }) {
  const { ui } = useLang();
  // An empty search (e.g. submitted before the app took over the page) is no search: home.
  const empty = q.trim() === '';
  useEffect(() => {
    if (empty) replace({ name: 'home' });
  }, [empty]);
  if (empty) return null;
  return (
    <>
      <TopBar />
      <Suspense
        fallback={
          <main id="main" aria-busy="true">
            <p role="status">{ui.step.loading}</p>
          </main>
        }
      >
        <LookupScreen q={q} />
      </Suspense>
    </>
  );
}
