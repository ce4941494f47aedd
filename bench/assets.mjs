// What the first screen costs in bytes, from the production build in dist/ (shared by
// `npm run bench` and tests/browser/budget.test.ts; plain Node, no dependencies).
//
// Three views, all in exact bytes of the files in dist/:
//  - static: what dist/index.html loads by itself — its <script src>, <link rel=modulepreload>
//    and <link rel=stylesheet> — plus every chunk those import statically, recursively;
//  - startup (THE BUDGET): the static view plus what its scripts import() on a load of
//    the home screen — the app (loaded after the first paint to hydrate the prerendered home) and
//    the interface text of one language — with their static imports. This is all the JS that
//    runs before the home screen is interactive. Which of the entry's dynamic imports a home load
//    takes before it is interactive is read from a real page load (recordRequests), so an import
//    for a guide's address only is not counted;
//  - requested: every script and stylesheet the page fetched until the network went quiet,
//    including what the app loads lazily once it runs (service-worker registration, the guide
//    runner prefetched when idle). Listed, not budgeted.
// gzip sizes use GZIP_LEVEL (deploy/headers.mjs), the level every server here sends with, so
// they are the bytes on the wire in every measurement here (the budget test checks that against
// the served responses); level 9 is given too, for comparison with other tools.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPRESSIBLE, GZIP_LEVEL } from '../deploy/headers.mjs';

export { GZIP_LEVEL };

/** The budget of issue "Fast on a cheap phone": initial JS ≤ 140 KB gzip (1 KB = 1024 bytes). */
export const INITIAL_JS_BUDGET_BYTES = 140 * 1024;

/** Sizes of one built file (path relative to dist, with a leading slash, as requested). */
export function fileSizes(distDir, urlPath) {
  const buf = readFileSync(path.join(distDir, urlPath));
  return {
    file: urlPath,
    raw: buf.length,
    gzip: gzipSync(buf, { level: GZIP_LEVEL }).length,
    gzip9: gzipSync(buf, { level: 9 }).length,
  };
}

function attr(tag, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Same-origin paths of the scripts, module preloads and stylesheets in an HTML page. */
export function htmlAssets(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(m[0], 'src');
    if (src) out.push({ kind: 'script', url: src });
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) out.push({ kind: 'modulepreload', url: href });
    else if (rel.includes('stylesheet')) out.push({ kind: 'stylesheet', url: href });
  }
  return out.filter((a) => a.url.startsWith('/') && !a.url.startsWith('//'));
}

/** Relative specifiers of a built chunk's static imports (`import{a}from"./b.js"`, `import"./c.js"`). */
export function staticImports(code) {
  const found = new Set();
  // Rolldown/Rollup put static imports first; a dynamic import() has a parenthesis instead.
  for (const m of code.matchAll(
    /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    found.add(m[1]);
  }
  for (const m of code.matchAll(
    /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    found.add(m[1]);
  }
  return [...found];
}

/** Relative specifiers of a built chunk's dynamic imports (`import("./x.js")`). */
export function dynamicImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/\bimport\(\s*[`"'](\.{1,2}\/[^`"']+)[`"']\s*\)/g)) found.add(m[1]);
  return [...found];
}

function resolveFrom(url, spec) {
  return path.posix.resolve(path.posix.dirname(url), spec);
}

/** Adds url and its static imports, recursively, to `seen` (a Map keyed by url). */
function addWithStaticImports(distDir, seen, url, kind, via) {
  if (seen.has(url)) return;
  seen.set(url, { ...fileSizes(distDir, url), kind, via });
  if (!url.endsWith('.js')) return;
  const code = readFileSync(path.join(distDir, url), 'utf8');
  for (const spec of staticImports(code)) {
    addWithStaticImports(distDir, seen, resolveFrom(url, spec), 'static import', url);
  }
}

/** dist/index.html as built. */
function htmlOf(distDir) {
  return readFileSync(path.join(distDir, 'index.html'), 'utf8');
}

/**
 * The static view: index.html's scripts, preloads and stylesheets, plus static imports of the
 * scripts, recursively. Each file once, in discovery order.
 */
export function staticInitialAssets(distDir) {
  const seen = new Map();
  for (const a of htmlAssets(htmlOf(distDir))) {
    addWithStaticImports(distDir, seen, a.url, a.kind, 'index.html');
  }
  return [...seen.values()];
}

/**
 * The startup view (the budget): the static view plus those dynamic imports of its scripts that
 * a home load requested before the home screen was interactive
 * (`beforeInteractive`: paths, from recordRequests), each with its static imports.
 */
export function startupAssets(distDir, beforeInteractive) {
  const initial = staticInitialAssets(distDir);
  const seen = new Map(initial.map((f) => [f.file, f]));
  const taken = new Set(beforeInteractive);
  // The dynamic imports of index.html's scripts and of their static imports (the language text is
  // imported by whichever chunk holds src/i18n/lang.ts, not always the entry itself); not those of
  // chunks loaded later (the app's own lazy imports, such as the service-worker registration).
  for (const f of initial) {
    if (!f.file.endsWith('.js')) continue;
    const code = readFileSync(path.join(distDir, f.file), 'utf8');
    for (const spec of dynamicImports(code)) {
      const url = resolveFrom(f.file, spec);
      if (taken.has(url)) addWithStaticImports(distDir, seen, url, 'entry import()', f.file);
    }
  }
  return [...seen.values()];
}

/** Totals per type. */
export function totals(files) {
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  const js = files.filter((f) => f.file.endsWith('.js'));
  const css = files.filter((f) => f.file.endsWith('.css'));
  return {
    js: { files: js.length, raw: sum(js, 'raw'), gzip: sum(js, 'gzip'), gzip9: sum(js, 'gzip9') },
    css: {
      files: css.length,
      raw: sum(css, 'raw'),
      gzip: sum(css, 'gzip'),
      gzip9: sum(css, 'gzip9'),
    },
  };
}

/** The performance mark the app sets once its home is hydrated (src/app/start.tsx). */
export const INTERACTIVE_MARK = 'pos-rescue:interactive';

/**
 * Opens `url` (the home screen) in a fresh Playwright page and records every script and
 * stylesheet the page itself (not the service worker's precache) fetches from the app's origin
 * until the home screen is interactive (the app's INTERACTIVE_MARK: hydrated, its click handlers
 * live) and then the network has been quiet for `quietMs`.
 * Returns the paths in request order (all, and those whose fetch started before the mark, from
 * the page's resource timing), and the gzip Content-Length the server sent for each.
 * @param {import('playwright-core').Page} page
 */
export async function recordRequests(page, url, { quietMs = 800 } = {}) {
  const origin = new URL(url).origin;
  const requested = [];
  let beforeInteractive = [];
  const onWire = {};
  /** Requests of the page still on their way: resource timing lists a load once it ended. */
  const inFlight = new Set();
  const counts = (request) => {
    const u = new URL(request.url());
    return u.origin === origin && !request.serviceWorker() && /\.(m?js|css)$/.test(u.pathname);
  };
  const onRequest = (request) => {
    if (!counts(request)) return;
    inFlight.add(request);
    const { pathname } = new URL(request.url());
    if (!requested.includes(pathname)) requested.push(pathname);
  };
  const onDone = (request) => inFlight.delete(request);
  const onResponse = (response) => {
    const u = new URL(response.url());
    if (u.origin !== origin || !/\.(m?js|css)$/.test(u.pathname)) return;
    const headers = response.headers();
    if (headers['content-encoding'] === 'gzip' && headers['content-length']) {
      onWire[u.pathname] = Number(headers['content-length']);
    }
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);
  try {
    await page.goto(url);
    // The app marks the moment its home is hydrated (src/app/start.tsx); what the page started
    // to fetch before that mark is what the first load costs. Timed in the page, so a fetch
    // started just after hydration is never counted by a race with this driver.
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      INTERACTIVE_MARK,
    );
    let count = -1;
    while (count !== requested.length || inFlight.size > 0) {
      count = requested.length;
      await page.waitForTimeout(quietMs);
    }
    beforeInteractive = await page.evaluate((mark) => {
      const at = performance.getEntriesByName(mark)[0].startTime;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < at && new URL(e.name).origin === location.origin)
        .map((e) => new URL(e.name).pathname)
        .filter((p) => /\.(m?js|css)$/.test(p));
    }, INTERACTIVE_MARK);
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
    page.off('response', onResponse);
  }
  return { requested, beforeInteractive, onWire };
}

/**
 * The install budget of issue 20: what a merchant downloads on a first visit — the service
 * worker's precache — at most 400 KB on the wire, gzip as served (the QR reader is fetched on
 * first use instead; see precacheSizes).
 */
export const PRECACHE_BUDGET_BYTES = 400 * 1024;

/** The URLs (relative to dist/) of sw.js's precacheAndRoute([...]) (generateSW output). */
export function precacheUrls(sw) {
  const start = sw.indexOf('precacheAndRoute(');
  if (start < 0) throw new Error('sw.js does not call precacheAndRoute');
  const list = sw.slice(start, sw.indexOf(']', start));
  return [...list.matchAll(/["']?url["']?\s*:\s*"([^"]+)"/g)].map((m) => m[1]);
}

/**
 * The precache of the build in dist/: each file of sw.js's manifest with its sizes, largest
 * first, and the totals. `wire` is what the service worker's fetch of it costs: gzip at
 * GZIP_LEVEL for the types scripts/serve.mjs compresses, raw for the others (images). The
 * service worker itself (sw.js and its workbox-*.js) is listed apart, as `worker`.
 */
export function precacheSizes(distDir) {
  const sized = (u) => {
    const f = { ...fileSizes(distDir, `/${u}`), file: u };
    return { ...f, wire: COMPRESSIBLE.includes(path.extname(u)) ? f.gzip : f.raw };
  };
  const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const files = precacheUrls(sw)
    .map(sized)
    .sort((a, b) => b.wire - a.wire);
  const workbox = [...sw.matchAll(/["'](\.\/workbox-[\w-]+)["']/g)].map(
    (m) => `${m[1].slice(2)}.js`,
  );
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  const worker = ['sw.js', ...new Set(workbox)].map(sized);
  return {
    files,
    count: files.length,
    raw: sum(files, 'raw'),
    gzip: sum(files, 'gzip'),
    wire: sum(files, 'wire'),
    worker: { files: worker, raw: sum(worker, 'raw'), wire: sum(worker, 'wire') },
  };
}

/** "12.3 KB" with 1 KB = 1024 bytes. */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
