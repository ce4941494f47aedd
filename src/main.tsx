/**
 * The entry: tiny on purpose, it is all that runs before the home screen is painted. The built
 * index.html already shows the home screen (prerendered in both languages; a blocking script in
 * <head> has set <html lang> so CSS shows the right copy — see scripts/prerender-plugin.ts). Here:
 * keep that copy, drop the other, and load the app after the first paint to hydrate it; on any
 * other address (a guide, an incident being resumed…) or in the dev server, render at once.
 */
import './pwa/installPrompt'; // first: beforeinstallprompt can fire before React mounts
import './app/app.css';
import { detectLang, htmlLang, loadUi } from './i18n/lang';
import { holdTaps } from './app/tapHold';

const lang = detectLang();
document.documentElement.lang = htmlLang(lang);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const home = location.pathname === '/';
const prerendered = home ? root.querySelector<HTMLElement>(`[data-prerender="${lang}"]`) : null;
for (const copy of root.querySelectorAll('[data-prerender]')) {
  if (copy !== prerendered) copy.remove();
}

let started = false;
const start = () => {
  if (started) return;
  started = true;
  // Both chunks (and the app's own dependencies, preloaded by Vite) load in parallel.
  Promise.all([import('./app/start'), loadUi(lang)]).then(
    ([m, ui]) => m.start(root, prerendered, { lang, ui }, releaseTap),
    () => releaseTap(true),
  );
};

/**
 * A tap on a link of the painted home before the app has taken it over is held, the app is
 * started at once, and the tap is replayed when the app is ready — or, if the app cannot load,
 * the link is followed after all (why: src/app/prefetch.ts).
 */
let heldTap: HTMLAnchorElement | null = null;
let stopHolding = () => {};
function releaseTap(failed = false): void {
  stopHolding();
  const tap = heldTap;
  heldTap = null;
  if (tap && failed) location.assign(tap.href);
  else tap?.click();
}

if (prerendered) {
  stopHolding = holdTaps('a[href^="/"]', (link) => {
    if (!root.contains(link)) return false;
    heldTap = link;
    start();
    return true;
  });
  afterFirstPaint(start);
} else start();
// A guide or an incident (resumed after a reload, opened from a home-screen shortcut) needs the
// guide runner at once: fetch it alongside the app instead of after it.
if (/^\/guide\//.test(location.pathname)) void import('./wizard/StartGuide');
if (/^\/(guide|incident)\//.test(location.pathname)) void import('./wizard/IncidentScreen');

/**
 * After the page has painted (the largest paint reported), so that fetching and running the app
 * never delays what the merchant sees. Without that report (older browsers): after the next frame.
 * A hidden page paints nothing: start at once.
 */
function afterFirstPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') return run();
  if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      run();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(run, 0));
  }
  setTimeout(run, 1000); // in case no paint is reported at all
  document.addEventListener('visibilitychange', run, { once: true });
}
