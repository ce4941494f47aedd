/**
 * Build time only (scripts/prerender-plugin.ts loads this through Vite's SSR loader; the app never
 * imports it): the home screen as HTML, exactly as the app's first render in the browser produces
 * it, so src/main.tsx can hydrate it instead of painting from nothing. No storage, no browser
 * state: those parts render their "not known yet" form (see useHydrated), as the first client
 * render does.
 */
import { renderToString } from 'react-dom/server';
import type { Lang } from '../faults/types';
import { langBootScript, loadUi } from '../i18n/lang';
import { App } from './App';

export async function renderHome(lang: Lang): Promise<string> {
  const ui = await loadUi(lang);
  return renderToString(<App initial={{ lang, ui }} />);
}

export { langBootScript };
