#!/usr/bin/env node
// `npm run bench`: speed and size figures of the production build, served locally WITH gzip by
// scripts/serve.mjs and measured in Debian's headless chromium. Prints a table and writes
// bench/results/latest.json (committed, so runs can be compared). Plain Node ESM; TypeScript
// sources (the guide machines) are read through Vite's SSR loader. Nothing here is asserted:
// times go to the report; the byte budget is a test (tests/browser/budget.test.ts).
//
//   npm run bench [-- --lighthouse-runs 3] [--steps 500] [--runs 10] [--out bench/results/x.json]
//                 [--no-lighthouse] [--only first-question|throttled|install|lighthouse]
//                 [--rates 1,4,6]
//                 [--throttled-runs 5] [--throttled-steps 20] [--no-profiles]
//                 [--figures quick,settled,step,resume,offline,cold] [--dist dir]
//
// What each figure means (the README's "Figures" section quotes them):
//  - initial JS / CSS: see bench/assets.mjs (static view from index.html, loaded view from a page
//    load of `/` until the home screen is interactive), gzip at the server's level, and raw.
//  - Lighthouse 12 (CLI, CHROME_PATH=/usr/bin/chromium), mobile defaults (simulated throttling:
//    150 ms RTT, 1.6 Mbit/s, 4× CPU), categories performance / accessibility / best-practices;
//    the run with the median LCP of N.
//  - offline warm start: a first visit until the service worker controls the page, then the
//    server is STOPPED; each of N navigations to `/` is timed from navigation start to the first
//    moment a fault card on the home screen carries React's props (its click handler is live;
//    polled every ~4 ms by a script injected with page.addInitScript, which never ships). After
//    the runs, a click on a card is checked to start a guide without a page load.
//  - step: N answers in the real app (IndexedDB write included, durability as shipped): in the
//    page, performance.now() before button.click() and again when a MutationObserver sees the
//    next step's heading in the DOM ("dom"), and after the following frame ("frame").
//  - durability: the raw IndexedDB put of a real incident record, in the page, N times each with
//    {durability: 'strict'} and {durability: 'relaxed'} (alternating), transaction start to
//    `complete`. This is the cost the app's Dexie setting (DEFAULT_DURABILITY) switches.
//  - resume: N reloads in the middle of an incident, navigation start to the restored question's
//    heading in the DOM.
//  - taps: from home to the first remedy of each guide's most common cause, from the machines.
//  - questions: on every answer path of each guide (guidePaths.testkit.ts over xstate/graph),
//    the questions answered before the first instruction (remedy, stop, info or end): worst and
//    median, and the most provider calls on any path. No browser: counted from the machines.
//  - cause (issue 19): per guide, questions and taps to each remedy that fixes its most common
//    cause (`commonCause`), on the cause's own way, beside the same figure on the guides before
//    guides v3 (tests/fixtures). `--only taps` prints the taps, questions and cause figures alone
//    (no build, no browser).
//  - first question: a tap on the security-lock card of the home screen → the frame that shows the
//    first question's answers, in the page: performance.now() at the pointerdown of a synthetic
//    tap (pointerdown, mousedown, pointerup, mouseup, click), then a MutationObserver sees the
//    answer buttons of `main[data-state]` and the next requestAnimationFrame ends the figure.
//    The tap comes 300 ms after the home is interactive (a quick user; the targets apply to it),
//    and online also at the moment the home is interactive (racing the idle prefetch of the
//    runner, which the tap's own pointerdown then also asks for: the worst case, for information). Online: N fresh browser
//    contexts (fresh profile: empty HTTP cache, no service worker). Offline: one fresh context
//    until the service worker controls it, the server STOPPED, then N page loads. Each run also
//    records a timeline from the tap: address changes (/guide, /incident) and when each lazy
//    chunk was requested (resource timing), which is where the time goes.
//    `--only first-question` runs just this figure (and prints it).
//  - on a phone's CPU (CPU 1×, 4×, 6×; the network profile for the cold start), with long tasks
//    after "interactive" and a CPU profile + trace per figure at 4×: see bench/throttled.mjs.
//    `--only throttled` runs just these (and prints them). `--dist <dir>` measures another build
//    as it is (no rebuild, no profiles): a before/after pair in the same minutes.
//  - install: the service worker's precache (what a first visit downloads), from dist/sw.js's
//    manifest: files, raw bytes and bytes on the wire (gzip as served); budget 400 KB (a test).
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { distIsFresh, newestMtime } from '../scripts/distFresh.mjs';
import { startServer } from '../scripts/serve.mjs';
import {
  fileSizes,
  GZIP_LEVEL,
  INITIAL_JS_BUDGET_BYTES,
  kb,
  PRECACHE_BUDGET_BYTES,
  precacheSizes,
  recordRequests,
  startupAssets,
  staticInitialAssets,
  totals,
} from './assets.mjs';
import { median, round, sorted, summary } from './stats.mjs';
import { registryFaultIds, tapsToFirstRemedy } from './taps.mjs';
import { FIGURES, measureThrottled, RATES, throttledLines } from './throttled.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The build measured: dist/, or `--dist <dir>` (another build, e.g. the one before a change). */
let DIST = path.join(ROOT, 'dist');
const PHONE = { width: 360, height: 740 };

function parseArgs(argv) {
  const opts = {
    lighthouseRuns: 3,
    steps: 500,
    runs: 10,
    out: null,
    lighthouse: true,
    only: null,
    rates: RATES,
    throttledRuns: 5,
    throttledSteps: 20,
    figures: FIGURES,
    profiles: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const next = () => inline ?? argv[++i];
    if (flag === '--lighthouse-runs') opts.lighthouseRuns = Number(next());
    else if (flag === '--steps') opts.steps = Number(next());
    else if (flag === '--runs') opts.runs = Number(next());
    else if (flag === '--out') opts.out = path.resolve(next());
    else if (flag === '--no-lighthouse') opts.lighthouse = false;
    else if (flag === '--only') opts.only = next();
    else if (flag === '--rates') opts.rates = next().split(',').map(Number);
    else if (flag === '--throttled-runs') opts.throttledRuns = Number(next());
    else if (flag === '--throttled-steps') opts.throttledSteps = Number(next());
    else if (flag === '--no-profiles') opts.profiles = false;
    else if (flag === '--figures') opts.figures = next().split(',');
    else if (flag === '--dist') opts.dist = path.resolve(next());
    else {
      console.error(`bench: unknown argument ${argv[i]}`);
      process.exit(2);
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Build (scripts/distFresh.mjs: the same rule as the browser tests' global setup)

function run(cmd, args, { env = process.env, capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${err.slice(-2000)}`)),
    );
  });
}

async function ensureBuild() {
  if (distIsFresh(ROOT)) return false;
  console.log('bench: dist/ is missing or older than the sources: vite build…');
  await run(path.join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return true;
}

/**
 * The build the profiles are taken against: the same sources with hidden source maps, so the
 * JavaScript is byte for byte dist/'s and bench/profile.mjs can name each function's source.
 */
const PROFILE_DIST = path.join(ROOT, '.tmp/dist-profile');

async function ensureProfileBuild() {
  if (
    newestMtime(path.join(PROFILE_DIST, 'index.html')) >= newestMtime(path.join(DIST, 'index.html'))
  )
    return;
  console.log('bench: a build with source maps for the profiles (.tmp/dist-profile)…');
  await run(
    path.join(ROOT, 'node_modules/.bin/vite'),
    [
      'build',
      '--logLevel',
      'warn',
      '--sourcemap',
      'hidden',
      '--outDir',
      PROFILE_DIST,
      '--emptyOutDir',
    ],
    { env: { ...process.env, NODE_ENV: 'production' } },
  );
  const js = (dir) => readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  const differ = js(DIST).filter((f) => !js(PROFILE_DIST).includes(f));
  if (differ.length)
    console.warn(`bench: the profile build differs from dist/ in ${differ.join(', ')}`);
}

async function throttled(browser, opts) {
  if (opts.profiles) await ensureProfileBuild();
  return measureThrottled(browser, {
    dist: DIST,
    rates: opts.rates,
    runs: opts.throttledRuns,
    steps: opts.throttledSteps,
    figures: opts.figures,
    faultIds: await registryFaultIds(ROOT),
    ...(opts.profiles
      ? { profileDist: PROFILE_DIST, profileDir: path.join(ROOT, 'bench/results/profiles') }
      : {}),
    log: (line) => console.log(`bench:${line}`),
  });
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

/**
 * Injected into every page of a bench context (never shipped): notes when the home screen turns
 * interactive (the app's INTERACTIVE_MARK, bench/assets.mjs) and when the first step heading appears, against performance.now() (whose origin
 * is the navigation start).
 */
function pageProbe() {
  const bench = { interactive: null, question: null };
  Object.defineProperty(window, '__bench', { value: bench });
  const check = () => {
    if (bench.interactive === null) {
      // The app's own mark (src/app/start.tsx, INTERACTIVE_MARK): the hydrated home, its taps live.
      const mark = performance.getEntriesByName('pos-rescue:interactive')[0];
      if (mark) bench.interactive = mark.startTime;
    }
    if (bench.question === null) {
      const h1 = document.querySelector('main[data-state] h1');
      if (h1 && h1.textContent) {
        bench.question = {
          t: performance.now(),
          state: h1.closest('main')?.getAttribute('data-state') ?? '',
        };
      }
    }
    return bench.interactive !== null && bench.question !== null;
  };
  const poll = () => {
    if (!check()) setTimeout(poll, 1);
  };
  poll();
  // Between polls: React commits show up here at once (hydration changes nothing in the DOM,
  // so the poll above is what sees it).
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
}

async function newContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'en-US', ...options });
  context.setDefaultTimeout(20_000);
  await context.addInitScript(pageProbe);
  const errors = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  context.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page: await context.newPage(), errors };
}

async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 30_000,
  });
}

// ---------------------------------------------------------------------------------------------
// Measurements

async function measureAssets(browser, url) {
  const staticFiles = staticInitialAssets(DIST);
  const perLocale = {};
  for (const locale of ['en-US', 'zh-CN']) {
    const { context, page } = await newContext(browser, { locale });
    try {
      const { requested, beforeInteractive } = await recordRequests(page, `${url}/`);
      const startup = startupAssets(DIST, beforeInteractive);
      const later = requested
        .filter((f) => !startup.some((s) => s.file === f))
        .map((f) => fileSizes(DIST, f));
      perLocale[locale] = { startup, startupTotals: totals(startup), later };
    } finally {
      await context.close();
    }
  }
  return { staticFiles, perLocale };
}

async function runLighthouse(url, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const json = await run(
      path.join(ROOT, 'node_modules/.bin/lighthouse'),
      [
        `${url}/`,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, capture: true },
    );
    const lhr = JSON.parse(json);
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const failing = [];
    for (const [cat, c] of Object.entries(lhr.categories)) {
      for (const ref of c.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
          failing.push(`${cat}: ${ref.id} (${a.displayValue ?? a.score})`);
        }
      }
    }
    const lcpItem = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0];
    const lcpNode = lcpItem?.items?.[0]?.node ?? lcpItem?.node;
    results.push({
      lcpElement: lcpNode
        ? `${lcpNode.selector ?? ''} «${(lcpNode.nodeLabel ?? '').slice(0, 60)}»`
        : null,
      performance: lhr.categories.performance?.score ?? null,
      accessibility: lhr.categories.accessibility?.score ?? null,
      bestPractices: lhr.categories['best-practices']?.score ?? null,
      fcpMs: round(audit('first-contentful-paint'), 0),
      lcpMs: round(audit('largest-contentful-paint'), 0),
      tbtMs: round(audit('total-blocking-time'), 0),
      cls: round(audit('cumulative-layout-shift'), 3),
      speedIndexMs: round(audit('speed-index'), 0),
      failing,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
    });
    process.stdout.write(`  lighthouse run ${i + 1}/${runs}: LCP ${results.at(-1).lcpMs} ms\n`);
  }
  const byLcp = [...results].sort((a, b) => a.lcpMs - b.lcpMs);
  const chosen = byLcp[Math.floor((byLcp.length - 1) / 2)];
  return { ...chosen, runs: results.map((r) => ({ performance: r.performance, lcpMs: r.lcpMs })) };
}

/**
 * The "scriptless floor": Lighthouse's LCP of the same page with no module script (a copy of
 * dist/ whose index.html has its `<script type="module">` and module preloads removed; the small
 * blocking language script stays, so the right language shows). The app's LCP is read against it.
 */
async function scriptlessFloor(runs) {
  const dir = path.join(ROOT, '.tmp/dist-scriptless');
  rmSync(dir, { recursive: true, force: true });
  cpSync(DIST, dir, { recursive: true });
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const stripped = html
    .replace(/<script\b[^>]*type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/g, '');
  if (stripped === html || /type="module"/.test(stripped))
    throw new Error('bench: no module script found to remove from index.html');
  writeFileSync(path.join(dir, 'index.html'), stripped);
  const server = await startServer({ root: dir, port: 0, host: '127.0.0.1' });
  try {
    const floor = await runLighthouse(server.url, runs);
    return { lcpMs: floor.lcpMs, fcpMs: floor.fcpMs, runs: floor.runs };
  } finally {
    await server.close();
  }
}

async function measureOfflineWarmStart(browser, runs) {
  // Its own server, stopped for the offline part.
  const server = await startServer({ root: DIST, port: 0, host: '127.0.0.1' });
  const { context, page, errors } = await newContext(browser);
  try {
    await page.goto(`${server.url}/`);
    await waitForController(page);
    await page.waitForFunction(() => window.__bench.interactive !== null);
    await server.close();
    const times = [];
    const paints = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => window.__bench.interactive !== null);
      const [interactive, fcp] = await page.evaluate(() => [
        window.__bench.interactive,
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      ]);
      times.push(interactive);
      if (fcp !== null) paints.push(fcp);
    }
    // The click handler really works: a card starts its guide without a page load.
    await page.evaluate(() => {
      window.__benchSameDocument = true;
      document
        .querySelector('main .fault-card')
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    });
    await page.waitForFunction(() => location.pathname !== '/');
    const clickWorks = await page.evaluate(() => window.__benchSameDocument === true);
    await page.locator('main[data-state]').waitFor();
    return {
      ...summary(times),
      median: round(median(times)),
      firstPaintMedian: paints.length ? round(median(paints)) : null,
      clickWorks,
      errors,
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/** One answer in the page: click, then the next step's heading (dom) and the next frame. */
function stepInPage(pick) {
  const key = () => {
    const main = document.querySelector('main');
    return [
      location.pathname,
      main?.className,
      main?.getAttribute('data-state'),
      document.querySelector('.progress-row span')?.textContent,
      document.querySelector('main h1')?.textContent,
    ].join('|');
  };
  const before = key();
  const buttons = [...document.querySelectorAll('main .choices button:not([disabled])')];
  if (buttons.length === 0) return Promise.reject(new Error(`no choice at ${before}`));
  const button = buttons[pick % buttons.length];
  return new Promise((resolve, reject) => {
    let t0 = 0;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no new step after ${before}`));
    }, 10_000);
    const observer = new MutationObserver(() => {
      const h1 = document.querySelector('main h1');
      if (!h1 || key() === before) return;
      const dom = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() =>
        setTimeout(() =>
          resolve({
            dom,
            frame: performance.now() - t0,
            end: !!document.querySelector('main.end'),
          }),
        ),
      );
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    t0 = performance.now();
    button.click();
  });
}

/** In-page: start a guide the way the app does (router push), without a page load. */
function startGuideInPage(fault) {
  history.pushState(null, '', `/guide/${fault}`);
  dispatchEvent(new PopStateEvent('popstate'));
}

/** @param {string[]} faultIds the registry's, started in turn */
async function measureSteps(browser, url, n, faultIds) {
  const { context, page, errors } = await newContext(browser);
  let seed = 20261122;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  try {
    await page.goto(`${url}/`);
    await page.waitForFunction(() => window.__bench.interactive !== null);
    // Steady state: the service worker has finished precaching (it writes to disk too).
    await waitForController(page);
    const dom = [];
    const frame = [];
    let guides = 0;
    let atEnd = true;
    while (dom.length < n) {
      if (atEnd) {
        await page.evaluate(startGuideInPage, faultIds[guides++ % faultIds.length]);
        await page.locator('main[data-state] .choices button:not([disabled])').first().waitFor();
      }
      const r = await page.evaluate(stepInPage, Math.floor(random() * 1000));
      dom.push(r.dom);
      frame.push(r.frame);
      atEnd = r.end;
      if (!atEnd) await page.locator('main .choices button:not([disabled])').first().waitFor();
    }
    const durability = await page.evaluate(durabilityInPage, n);
    return { dom: summary(dom), frame: summary(frame), guides, durability, errors };
  } finally {
    await context.close();
  }
}

/** Raw IndexedDB put of a real incident record, strict vs relaxed, alternating. */
async function durabilityInPage(n) {
  const req = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const app = await req(indexedDB.open('pos-rescue'));
  const records = await req(app.transaction('incidents').objectStore('incidents').getAll());
  app.close();
  const sample = records.sort((a, b) => b.log.length - a.log.length)[0];
  const open = indexedDB.open('bench-durability', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('incidents', { keyPath: 'id' });
  const db = await req(open);
  const times = { strict: [], relaxed: [] };
  for (let i = 0; i < n * 2; i++) {
    const durability = i % 2 ? 'relaxed' : 'strict';
    const t0 = performance.now();
    const tx = db.transaction('incidents', 'readwrite', { durability });
    tx.objectStore('incidents').put({ ...sample, id: `bench-${i % 20}`, updatedAt: Date.now() });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    times[durability].push(performance.now() - t0);
  }
  db.close();
  await req(indexedDB.deleteDatabase('bench-durability'));
  return { times, recordBytes: JSON.stringify(sample).length, logEntries: sample.log.length };
}

/** In the page: a synthetic tap on the security-lock card, timed to the frame with the answers. */
function tapToFirstQuestionInPage() {
  return new Promise((resolve) => {
    const card = document.querySelector('main .fault-card[href="/guide/securityLock"]');
    const marks = { guide: null, incident: null };
    const t0 = performance.now();
    const done = () => {
      requestAnimationFrame(() => {
        const end = performance.now();
        const chunks = performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime >= t0 - 1 && /\.js$/.test(new URL(e.name).pathname))
          .map((e) => ({
            file: new URL(e.name).pathname.replace(/^\/assets\//, ''),
            requestedAt: Math.round(e.startTime - t0),
            loadedAt: Math.round(e.responseEnd - t0),
          }));
        resolve({ ms: end - t0, marks, chunks });
      });
    };
    const check = () => {
      const path = location.pathname;
      if (marks.guide === null && path.startsWith('/guide/')) marks.guide = performance.now() - t0;
      if (marks.incident === null && path.startsWith('/incident/'))
        marks.incident = performance.now() - t0;
      const answers = document.querySelector('main[data-state] .choices button');
      if (answers) {
        observer.disconnect();
        done();
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    const opts = {
      bubbles: true,
      cancelable: true,
      button: 0,
      pointerType: 'touch',
      isPrimary: true,
    };
    card.dispatchEvent(new PointerEvent('pointerdown', opts));
    card.dispatchEvent(new MouseEvent('mousedown', opts));
    card.dispatchEvent(new PointerEvent('pointerup', opts));
    card.dispatchEvent(new MouseEvent('mouseup', opts));
    card.dispatchEvent(new MouseEvent('click', opts));
  });
}

/** In the page: empties every database's `incidents` table (a second connection may write). */
async function clearIncidentsInPage() {
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    await new Promise((resolve) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('incidents')) return (db.close(), resolve());
        const tx = db.transaction('incidents', 'readwrite');
        tx.objectStore('incidents').clear();
        tx.oncomplete = tx.onerror = () => (db.close(), resolve());
      };
      req.onerror = () => resolve();
    });
  }
}

/** The quick user's tap: 300 ms after the home is interactive. */
const QUICK_TAP_MS = 300;

async function tapAfterInteractive(page, waitMs = QUICK_TAP_MS) {
  await page.waitForFunction(() => window.__bench.interactive !== null);
  if (waitMs > 0) await page.waitForTimeout(waitMs);
  return page.evaluate(tapToFirstQuestionInPage);
}

function firstQuestionSummary(samples) {
  const times = samples.map((s) => s.ms);
  const median = sorted(times)[Math.floor(times.length / 2)];
  const typical = samples.find((s) => s.ms === median) ?? samples[0];
  return { ...summary(times), typical: typical ? { ...typical, ms: round(typical.ms) } : null };
}

async function measureFirstQuestion(browser, url, runs) {
  const online = [];
  const atOnce = [];
  const errors = [];
  for (const [samples, waitMs] of [
    [online, QUICK_TAP_MS],
    [atOnce, 0],
  ]) {
    for (let i = 0; i < runs; i++) {
      const { context, page, errors: e } = await newContext(browser);
      try {
        await page.goto(`${url}/`);
        samples.push(await tapAfterInteractive(page, waitMs));
        errors.push(...e);
      } finally {
        await context.close();
      }
    }
  }
  const server = await startServer({ root: DIST, port: 0, host: '127.0.0.1' });
  const offline = [];
  const { context, page, errors: e } = await newContext(browser);
  try {
    await page.goto(`${server.url}/`);
    await waitForController(page);
    await page.waitForFunction(() => window.__bench.interactive !== null);
    await server.close();
    for (let i = 0; i < runs; i++) {
      // Each run starts a new incident: clear the previous run's (else the guide asks
      // "continue the open one, or start new?", which is not this figure).
      await page.evaluate(clearIncidentsInPage);
      await page.goto(`${server.url}/`);
      offline.push(await tapAfterInteractive(page));
    }
    errors.push(...e);
  } finally {
    await context.close();
    await server.close();
  }
  return {
    online: firstQuestionSummary(online),
    offline: firstQuestionSummary(offline),
    onlineAtOnce: firstQuestionSummary(atOnce),
    errors,
  };
}

function printFirstQuestion(fq) {
  const out = ['', 'Tap on a fault → first question (frame with the answers)'];
  for (const mode of ['online', 'offline', 'onlineAtOnce']) {
    const x = fq[mode];
    if (!x) continue;
    out.push(`  ${mode}: p50 ${x.p50} ms · p95 ${x.p95} ms (n=${x.n})`);
    if (x.typical) {
      const m = x.typical.marks;
      out.push(
        `    median run: /guide at +${round(m.guide ?? NaN)} ms, /incident at +${round(m.incident ?? NaN)} ms, answers at +${x.typical.ms} ms`,
      );
      for (const c of x.typical.chunks)
        out.push(`      ${c.file}: requested +${c.requestedAt} ms, loaded +${c.loadedAt} ms`);
    }
  }
  if (fq.errors.length) out.push('  page errors:', ...fq.errors.map((e) => `    - ${e}`));
  console.log(out.join('\n'));
}

async function measureResume(browser, url, runs) {
  const { context, page, errors } = await newContext(browser);
  try {
    await page.goto(`${url}/guide/keyError`);
    await page.waitForURL(/\/incident\//);
    // Two answers in, so the restored question is not the first one.
    for (const label of [0, 0]) {
      await page.locator('main[data-state] .choices button:not([disabled])').nth(label).click();
      await page.waitForTimeout(50);
    }
    await page.locator('main[data-state] .choices button:not([disabled])').first().waitFor();
    const expected = await page.locator('main[data-state]').getAttribute('data-state');
    await waitForController(page);
    const times = [];
    for (let i = 0; i < runs; i++) {
      await page.reload();
      await page.waitForFunction(() => window.__bench.question !== null);
      const q = await page.evaluate(() => window.__bench.question);
      if (q.state !== expected) throw new Error(`resumed at ${q.state}, expected ${expected}`);
      times.push(q.t);
    }
    return { ...summary(times), median: round(median(times)), state: expected, errors };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function pad(s, n) {
  s = String(s);
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
function lpad(s, n) {
  s = String(s);
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  '))
    .join('\n');
}
const ok = (pass) => (pass === null ? '' : pass ? 'ok' : 'OVER');

function printReport(r) {
  const out = [];
  const m = r.machine;
  out.push(
    '',
    `POS Rescue bench — ${r.date} — ${m.cpus}× ${m.cpuModel}, load ${m.loadAverageAtStart[0]}`,
  );
  out.push('', `Initial JS and CSS — gzip level ${GZIP_LEVEL} (as served), level 9, raw`);
  out.push('index.html by itself (scripts, preloads, stylesheets, their static imports):');
  const rows = [['file', 'how', 'gzip', 'gzip -9', 'raw']];
  for (const f of r.initial.static.files)
    rows.push([f.file, f.kind, kb(f.gzip), kb(f.gzip9), kb(f.raw)]);
  const st = r.initial.static.totals;
  rows.push(['total JS', `${st.js.files} files`, kb(st.js.gzip), kb(st.js.gzip9), kb(st.js.raw)]);
  rows.push([
    'total CSS',
    `${st.css.files} files`,
    kb(st.css.gzip),
    kb(st.css.gzip9),
    kb(st.css.raw),
  ]);
  out.push(table(rows));
  for (const [locale, l] of Object.entries(r.initial.startup)) {
    out.push('', `Until the home screen is interactive, ${locale} (the budget):`);
    const lr = [['file', 'how', 'gzip', 'gzip -9', 'raw']];
    for (const f of l.files) lr.push([f.file, f.kind, kb(f.gzip), kb(f.gzip9), kb(f.raw)]);
    const t = l.totals;
    lr.push(['total JS', `${t.js.files} files`, kb(t.js.gzip), kb(t.js.gzip9), kb(t.js.raw)]);
    lr.push(['total CSS', `${t.css.files} files`, kb(t.css.gzip), kb(t.css.gzip9), kb(t.css.raw)]);
    out.push(table(lr));
    if (l.loadedLater.length) {
      out.push(
        `  then, lazily: ${l.loadedLater.map((f) => `${f.file} (${kb(f.gzip)})`).join(', ')}`,
      );
    }
  }
  const t = r.targets;
  out.push('', 'Figures and targets');
  const fr = [['figure', 'value', 'target', '']];
  fr.push([
    'initial JS gzip (larger language)',
    kb(r.initial.jsGzipMax),
    '≤ 140 KB',
    ok(t.initialJs),
  ]);
  if (r.lighthouse) {
    const l = r.lighthouse;
    fr.push(['Lighthouse performance', l.performance, '1.00', ok(t.performance)]);
    fr.push(['Lighthouse accessibility', l.accessibility, '1.00', ok(t.accessibility)]);
    fr.push(['Lighthouse best-practices', l.bestPractices, '1.00', ok(t.bestPractices)]);
    fr.push(['FCP', `${l.fcpMs} ms`, '', '']);
    fr.push(['LCP', `${l.lcpMs} ms`, '≤ 1200 ms', ok(t.lcp)]);
    if (l.scriptlessFloor) {
      const d = l.lcpMs - l.scriptlessFloor.lcpMs;
      fr.push([
        'LCP of the page without its module script (the floor)',
        `${l.scriptlessFloor.lcpMs} ms`,
        '',
        '',
      ]);
      fr.push(['LCP − floor', `${d} ms`, '≤ 100 ms', ok(d <= 100)]);
    }
    fr.push(['TBT', `${l.tbtMs} ms`, '≤ 50 ms', ok(l.tbtMs <= 50)]);
    fr.push(['CLS', l.cls, '', '']);
  }
  const w = r.offlineWarmStart;
  fr.push([
    'offline warm start (interactive), median',
    `${w.median} ms`,
    '≤ 300 ms',
    ok(t.offlineWarmStart),
  ]);
  fr.push(['offline warm start (first paint), median', `${w.firstPaintMedian} ms`, '', '']);
  fr.push(['step (click → heading in DOM) p50', `${r.step.dom.p50} ms`, '', '']);
  fr.push(['step (click → heading in DOM) p95', `${r.step.dom.p95} ms`, '≤ 16 ms', ok(t.stepP95)]);
  fr.push([
    'step (click → next frame) p50 / p95',
    `${r.step.frame.p50} / ${r.step.frame.p95} ms`,
    '',
    '',
  ]);
  const d = r.step.durability;
  fr.push(['IDB put strict p50 / p95', `${d.strict.p50} / ${d.strict.p95} ms`, '', '']);
  fr.push(['IDB put relaxed p50 / p95', `${d.relaxed.p50} / ${d.relaxed.p95} ms`, '', '']);
  fr.push(['resume after reload, median', `${r.resume.median} ms`, '', '']);
  if (r.firstQuestion) {
    const q = r.firstQuestion;
    fr.push([
      'tap → first question, online p50 / p95',
      `${q.online.p50} / ${q.online.p95} ms`,
      '≤ 100 / 150 ms',
      ok(t.firstQuestionP50 && t.firstQuestionP95),
    ]);
    fr.push([
      'tap → first question, offline p50 / p95',
      `${q.offline.p50} / ${q.offline.p95} ms`,
      '',
      '',
    ]);
    if (q.onlineAtOnce)
      fr.push([
        'tap → first question, online, tap the moment the home is interactive (races the idle prefetch)',
        `${q.onlineAtOnce.p50} / ${q.onlineAtOnce.p95} ms`,
        '',
        '',
      ]);
  }
  fr.push(...machineRows(r));
  const inst = r.install;
  fr.push([
    `install: the precache, ${inst.count} files (${kb(inst.raw)} raw), on the wire`,
    kb(inst.wire),
    `≤ ${kb(PRECACHE_BUDGET_BYTES)}`,
    ok(inst.wire <= PRECACHE_BUDGET_BYTES),
  ]);
  fr.push([
    '  + the service worker itself (sw.js, workbox), on the wire',
    kb(inst.worker.wire),
    '',
    '',
  ]);
  out.push(table(fr));
  out.push(
    `largest in the precache: ${inst.files
      .slice(0, 6)
      .map((f) => `${f.file} ${kb(f.wire)}`)
      .join(', ')}`,
  );
  if (r.throttled) out.push(...throttledLines(r.throttled));
  if (r.lighthouse) {
    out.push('', `Lighthouse LCP element: ${r.lighthouse.lcpElement}`);
    out.push(
      `Lighthouse runs (performance, LCP): ${r.lighthouse.runs.map((x) => `${x.performance} ${x.lcpMs} ms`).join(' · ')}`,
    );
  }
  if (r.lighthouse?.failing.length) {
    out.push('Lighthouse audits below 1:', ...r.lighthouse.failing.map((f) => `  - ${f}`));
  }
  if (!w.clickWorks) out.push('', 'WARNING: the fault card click did not start a guide in place.');
  const errs = [...w.errors, ...r.step.errors, ...r.resume.errors];
  if (errs.length)
    out.push('', 'Page errors seen while measuring:', ...errs.map((e) => `  - ${e}`));
  out.push(
    '',
    `Machine load average (1/5/15 min) at start ${m.loadAverageAtStart.join(' / ')}, at end ${m.loadAverageAtEnd.join(' / ')}; times are not comparable across very different loads.`,
  );
  console.log(out.join('\n'));
}

/**
 * Rows of the figures counted from the machines: taps to the first remedy, the cause's remedies
 * (now, and before guides v3), questions before the first instruction.
 */
function machineRows({ taps, cause, questions }) {
  const rows = [];
  for (const [id, x] of Object.entries(taps)) {
    rows.push([
      `taps to first remedy: ${id}`,
      `${x.taps} (${x.firstRemedy})` +
        (x.ownRemedy !== x.firstRemedy ? `; to ${x.ownRemedy}: ${x.tapsToOwnRemedy}` : ''),
      '',
      '',
    ]);
  }
  for (const [id, c] of Object.entries(cause ?? {})) {
    for (const r of c.remedies) {
      const fig = (q, t) => (q === null ? 'not on its way' : `${q} questions (${t} taps)`);
      const then = r.before
        ? `; before guides v3 (v${r.before.version}): ${fig(r.before.questions, r.before.taps)}`
        : '';
      rows.push([
        `to the cause's remedy: ${id} (${c.cause}) → ${r.remedy}`,
        fig(r.questions, r.taps) + then,
        '≤ 3 questions',
        r.questions !== null && r.questions <= 3 ? 'ok' : 'OVER',
      ]);
    }
  }
  for (const [id, q] of Object.entries(questions ?? {})) {
    rows.push([
      `questions before the first instruction: ${id} (worst / median of ${q.paths} paths)`,
      `${q.worst} / ${q.median}; provider calls ≤ ${q.maxProviderCalls}`,
      'worst ≤ 4',
      q.worst <= 4 ? 'ok' : 'OVER',
    ]);
  }
  return rows;
}

/** `--only taps`: the figures counted from the machines, without a build or a browser. */
async function onlyTaps(opts) {
  const { taps, questions, cause } = await tapsToFirstRemedy(ROOT);
  console.log(
    table([['figure', 'value', 'target', ''], ...machineRows({ taps, cause, questions })]),
  );
  if (opts.out) writeFileSync(opts.out, JSON.stringify({ taps, questions, cause }, null, 2) + '\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.only === 'taps') return onlyTaps(opts);
  const loadAtStart = os.loadavg().map((x) => round(x, 2));
  // Another build, as it is (no rebuild, no profiles: they need dist/'s source-mapped twin).
  if (opts.dist) {
    DIST = opts.dist;
    opts.profiles = false;
  }
  const rebuilt = opts.dist ? false : await ensureBuild();
  const server = await startServer({ root: DIST, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    if (opts.only === 'install') {
      const inst = precacheSizes(DIST);
      console.log(
        `install (the precache): ${inst.count} files, ${kb(inst.raw)} raw, ${kb(inst.wire)} on the wire (budget ${kb(PRECACHE_BUDGET_BYTES)}); the service worker itself ${kb(inst.worker.wire)}`,
      );
      for (const f of inst.files) console.log(`  ${f.file}  ${kb(f.wire)}  (${kb(f.raw)} raw)`);
      return;
    }
    if (opts.only === 'lighthouse') {
      const l = await runLighthouse(server.url, opts.lighthouseRuns);
      const floor = await scriptlessFloor(opts.lighthouseRuns);
      console.log(
        `Lighthouse mobile: performance ${l.performance}, TBT ${l.tbtMs} ms, LCP ${l.lcpMs} ms; without the module script (the floor) LCP ${floor.lcpMs} ms: LCP − floor ${l.lcpMs - floor.lcpMs} ms`,
      );
      console.log(
        `runs: ${l.runs.map((x) => `${x.performance} ${x.lcpMs} ms`).join(' · ')}; floor runs: ${floor.runs.map((x) => `${x.lcpMs} ms`).join(' · ')}`,
      );
      console.log(
        `load average ${loadAtStart.join(' / ')} → ${os
          .loadavg()
          .map((x) => round(x, 2))
          .join(' / ')}`,
      );
      return;
    }
    if (opts.only === 'throttled') {
      const t = await throttled(browser, opts);
      const lines = throttledLines(t);
      const load = [loadAtStart, os.loadavg().map((x) => round(x, 2))];
      lines.push(
        '',
        `Machine load average (1/5/15 min) at start ${load[0].join(' / ')}, at end ${load[1].join(' / ')}.`,
      );
      console.log(lines.join('\n'));
      const out = opts.out ?? path.join(ROOT, 'bench/results/throttled.json');
      writeFileSync(
        out,
        JSON.stringify({ date: new Date().toISOString(), loadAverage: load, ...t }, null, 2) + '\n',
      );
      console.log(`\nbench: written to ${path.relative(ROOT, out)}`);
      return;
    }
    if (opts.only === 'first-question') {
      const fq = await measureFirstQuestion(browser, server.url, opts.runs);
      printFirstQuestion(fq);
      if (opts.out) writeFileSync(opts.out, JSON.stringify(fq, null, 2) + '\n');
      return;
    }
    console.log('bench: initial assets…');
    const assets = await measureAssets(browser, server.url);
    const lighthouse = opts.lighthouse
      ? (console.log('bench: lighthouse…'), await runLighthouse(server.url, opts.lighthouseRuns))
      : null;
    if (lighthouse) {
      console.log('bench: lighthouse, the same page without its module script…');
      lighthouse.scriptlessFloor = await scriptlessFloor(opts.lighthouseRuns);
    }
    console.log('bench: offline warm start…');
    const offlineWarmStart = await measureOfflineWarmStart(browser, opts.runs);
    console.log(`bench: ${opts.steps} steps…`);
    const steps = await measureSteps(browser, server.url, opts.steps, await registryFaultIds(ROOT));
    console.log('bench: resume after reload…');
    const resume = await measureResume(browser, server.url, opts.runs);
    console.log('bench: tap → first question…');
    const firstQuestion = await measureFirstQuestion(browser, server.url, opts.runs);
    console.log('bench: on a phone’s CPU (1×, 4×, 6×)…');
    const onPhone = await throttled(browser, opts);
    console.log('bench: taps…');
    const { taps, questions, cause } = await tapsToFirstRemedy(ROOT);

    const jsGzipMax = Math.max(
      ...Object.values(assets.perLocale).map((l) => l.startupTotals.js.gzip),
    );
    const durability = {
      strict: summary(steps.durability.times.strict),
      relaxed: summary(steps.durability.times.relaxed),
      recordBytes: steps.durability.recordBytes,
      method: 'raw IndexedDB put of a real incident record in the page, alternating settings',
    };
    const result = {
      date: new Date().toISOString(),
      rebuilt,
      machine: {
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)),
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGb: round(os.totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
        platform: `${os.type()} ${os.release()}`,
      },
      initial: {
        gzipLevel: GZIP_LEVEL,
        budgetBytes: INITIAL_JS_BUDGET_BYTES,
        static: { files: assets.staticFiles, totals: totals(assets.staticFiles) },
        startup: Object.fromEntries(
          Object.entries(assets.perLocale).map(([locale, l]) => [
            locale,
            { files: l.startup, totals: l.startupTotals, loadedLater: l.later },
          ]),
        ),
        jsGzipMax,
      },
      lighthouse,
      offlineWarmStart,
      step: {
        dom: steps.dom,
        frame: steps.frame,
        guides: steps.guides,
        durability,
        errors: steps.errors,
      },
      resume,
      firstQuestion,
      throttled: onPhone,
      install: precacheSizes(DIST),
      taps,
      questions,
      cause,
      targets: {
        initialJs: jsGzipMax <= INITIAL_JS_BUDGET_BYTES,
        performance: lighthouse ? lighthouse.performance >= 1 : null,
        lcp: lighthouse ? lighthouse.lcpMs <= 1200 : null,
        accessibility: lighthouse ? lighthouse.accessibility >= 1 : null,
        bestPractices: lighthouse ? lighthouse.bestPractices >= 1 : null,
        stepP95: steps.dom.p95 <= 16,
        offlineWarmStart: offlineWarmStart.median <= 300,
        firstQuestionP50: Math.max(firstQuestion.online.p50, firstQuestion.offline.p50) <= 100,
        firstQuestionP95: Math.max(firstQuestion.online.p95, firstQuestion.offline.p95) <= 150,
      },
    };
    printReport(result);
    const out = opts.out ?? path.join(ROOT, 'bench/results/latest.json');
    if (!existsSync(path.dirname(out))) mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    console.log(`\nbench: written to ${path.relative(ROOT, out)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
