// The bench on a phone's CPU (issue 20): every counter figure at CPU 1×, 4× (Lighthouse's mobile
// profile) and 6× (a cheap Android), measured as a new user would meet it — Chinese, 360×740,
// touch, a fresh profile — in Debian's chromium. Used by bench/run.mjs (`--only throttled`).
//
// How each figure is taken:
//  - CPU: CDP `Emulation.setCPUThrottlingRate` on the page's target (what Lighthouse's devtools
//    throttling uses), set before the first navigation. A calibration loop per rate shows it
//    took (its time at 4× should be about 4× the 1× time).
//  - Input: the real input pipeline — Playwright's `page.touchscreen.tap` (CDP
//    `Input.dispatchTouchEvent`) on the centre of the element's box — never element.click().
//  - Time: from the input event's own time stamp (`event.timeStamp` of the tap's pointerdown, in
//    the page's performance.now() timeline: the moment the finger came down, so the time the
//    main thread was busy before it could handle the tap counts) to the frame after the change:
//    a MutationObserver sees the change in the DOM, then requestAnimationFrame and, from it, a
//    MessageChannel message, the first task after that frame is painted.
//  - quick tap → first question: a fresh profile loads `/`; 300 ms after the app's mark
//    `pos-rescue:interactive` the security-lock card is tapped; until the first question's
//    answer buttons are painted. The mark's time reaches the driver from the task that sets it
//    (a binding), and the tap is sent by the wall clock, so a busy page does not delay it: the
//    bench prints when the taps really landed. settled tap: the same, 3 s after the mark.
//  - step: answers in the real app (IndexedDB write included), the next step painted (its state,
//    heading or progress changed). back: the on-screen back button, the previous step painted.
//  - resume: a reload in the middle of an incident, navigation start → the restored question's
//    answers painted (no input).
//  - offline warm start: once the service worker controls the page the server is STOPPED; each
//    navigation to `/`, navigation start → `pos-rescue:interactive`.
//  - cold start: a fresh profile (empty HTTP cache, no service worker) with the network profile
//    (CDP `Network.emulateNetworkConditions`: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up,
//    Lighthouse's mobile figures) → `pos-rescue:interactive`.
//  - long tasks: a `PerformanceObserver({ type: 'longtask', buffered: true })` in every page; per
//    figure, the tasks over 50 ms from the mark `pos-rescue:interactive` (tap figures: through the
//    first question; steps: from each tap to its frame) — their count and the longest.
//  - profiles (at 4×; `--no-profiles` skips them): one more run of each figure with a CDP CPU
//    profile (JS self time, mapped to sources) and a Chromium trace (main thread by activity),
//    written under bench/results/profiles/ and summarised by bench/profile.mjs, with each long
//    task of the window and what ran in it. Tap figures are recorded from the navigation and
//    summarised from the interactive mark on. They are taken against a second build with hidden
//    source maps (.tmp/dist-profile), byte for byte the same JavaScript. Profiling slows the page
//    (the profiler's start on each new page shows as `profiler`): their times are not the
//    table's, their shares are what they are for.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../scripts/serve.mjs';
import { markTs, profileLines, summariseCpuProfile, summariseTrace, whatRan } from './profile.mjs';
import { median, round, summary } from './stats.mjs';

export const RATES = [1, 4, 6];
/** The figures (`--figures`, default all): quick, settled, step (with back), resume, offline, cold. */
export const FIGURES = ['quick', 'settled', 'step', 'resume', 'offline', 'cold'];
/** The quick user's tap, and the settled one, after "interactive" (ms). */
export const QUICK_TAP_MS = 300;
export const SETTLED_TAP_MS = 3000;
/** Lighthouse's mobile network (RTT 150 ms, 1.6 Mbit/s down, 750 kbit/s up), in CDP's units. */
export const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const PHONE = { width: 360, height: 740 };
const INTERACTIVE_MARK = 'pos-rescue:interactive';
const CARD = 'main .fault-card[href="/guide/securityLock"]';
const CHOICES = 'main[data-state] .choices button:not([disabled])';
const BACK = 'main[data-state] .step-nav button:first-child';
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
  'toplevel',
  'disabled-by-default-v8.gc',
];

/**
 * Injected into every page of these contexts (never shipped): the interactive mark (also told to
 * the driver at once, through the `__benchMark` binding, so a tap can be timed from it while the
 * page is busy), long tasks, and `arm(kind)`: the next pointerdown then starts watching for a
 * change of that kind, resolved (`pending`) in the first task after the frame that shows it.
 */
function probe({ markName, armed }) {
  const b = { interactive: null, input: null, next: armed, longTasks: [], pending: null };
  Object.defineProperty(window, '__tb', { value: b });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing: the counts stay empty
  }
  // The app's mark, seen in the task that sets it (an observer would hear of it later).
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    const entry = mark(name, ...rest);
    if (name === markName && b.interactive === null) {
      b.interactive = entry.startTime;
      window.__benchMark?.(performance.timeOrigin + entry.startTime);
    }
    return entry;
  };

  const key = () => {
    const main = document.querySelector('main');
    return [
      location.pathname,
      main?.getAttribute('data-state'),
      main?.className,
      document.querySelector('.progress-row span')?.textContent,
      document.querySelector('main h1')?.textContent,
    ].join('|');
  };
  const answers = () =>
    !!document.querySelector('main[data-state] .choices button:not([disabled])');
  const afterFrame = (fn) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => fn(performance.now());
      channel.port2.postMessage(0);
    });
  /** Resolves once `done()` holds (checked on every DOM change), in the task after the frame. */
  const when = (done, t0) => {
    const promise = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`bench: no change after ${key()}`));
      }, 30_000);
      const check = () => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        const dom = performance.now();
        afterFrame((end) =>
          resolve({
            t0,
            dom: dom - t0,
            frame: end - t0,
            end,
            longTasks: b.longTasks.filter(([s]) => s + 1 >= t0 && s <= end).map(([, d]) => d),
          }),
        );
      };
      const observer = new MutationObserver(check);
      observer.observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      check();
    });
    promise.catch(() => undefined);
    return promise;
  };

  b.arm = (kind) => {
    b.next = kind;
  };
  // The first listener of the page (capture, on window): the state before the app sees the tap.
  addEventListener(
    'pointerdown',
    (e) => {
      b.input = e.timeStamp;
      const kind = b.next;
      if (!kind) return;
      b.next = null;
      const before = key();
      const changed = () => key() !== before;
      b.pending = when(
        kind === 'question'
          ? () => changed() && answers()
          : () => changed() && (answers() || !!document.querySelector('main.end')),
        e.timeStamp,
      );
    },
    { capture: true },
  );
  // A reload in the middle of an incident: from navigation start to its question, painted.
  if (location.pathname.startsWith('/incident/')) b.resume = when(answers, 0);
}

function calibrate() {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 3e6; i++) x = (x * 31 + i) % 1000003;
  return [performance.now() - t0, x];
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * A fresh phone: context, page, CPU rate (and network) set before any navigation. `armed`: the
 * kind of change the first tap of each page waits for (no call into a busy page before it).
 */
async function phone(browser, rate, { network = null, armed = null } = {}) {
  const context = await browser.newContext({
    viewport: PHONE,
    locale: 'zh-CN',
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 1.75,
  });
  context.setDefaultTimeout(60_000);
  await context.addInitScript(probe, { markName: INTERACTIVE_MARK, armed });
  const errors = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  context.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const waiting = [];
  await context.exposeBinding('__benchMark', (_source, epochMs) => {
    for (const resolve of waiting.splice(0)) resolve(epochMs);
  });
  /** The wall-clock time (ms since the epoch) of the next interactive mark of this phone. */
  const nextMark = () => new Promise((resolve) => waiting.push(resolve));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { context, page, cdp, errors, nextMark };
}

const interactive = (page) =>
  page
    .waitForFunction(() => window.__tb.interactive !== null, undefined, { polling: 20 })
    .then(() => page.evaluate(() => window.__tb.interactive));

/**
 * What a profiled run does around its measured windows: `page(p)` once the phone's page exists,
 * `before()` / `after()` around each window. The timed runs use NO_HOOKS.
 */
const NO_HOOKS = { page: () => {}, before: async () => {}, after: async () => {} };

/** The centre of an element's box, in the viewport (scrolled into view first). */
async function centre(locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('bench: nothing to tap');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A tap through the touch pipeline at `point`; resolves with the change of `kind` after it. */
async function tapAt(page, point, kind, hooks = NO_HOOKS) {
  await page.evaluate((k) => window.__tb.arm(k), kind);
  await hooks.before();
  await page.touchscreen.tap(point.x, point.y);
  const r = await page.evaluate(() => window.__tb.pending);
  await hooks.after();
  return r;
}

const tap = async (page, locator, kind, hooks = NO_HOOKS) =>
  tapAt(page, await centre(locator), kind, hooks);

// ---------------------------------------------------------------------------------------------
// The figures

/**
 * A fresh phone loads `/`, and `waitMs` after "interactive" (wall clock, from the mark's own
 * time) taps the security-lock card at `point` (the card's centre, the same on every load: the
 * home is prerendered). Nothing between the load and the tap waits for the page, so a busy
 * main thread delays the tap's handling, never its sending. A profiled run covers the whole
 * load; its summary starts at the mark (bench/profile.mjs).
 */
async function tapRun(browser, url, rate, waitMs, point, hooks = NO_HOOKS) {
  const { context, page, errors, nextMark } = await phone(browser, rate, { armed: 'question' });
  hooks.page(page);
  try {
    const marked = nextMark();
    await hooks.before();
    void page.goto(`${url}/`).catch(() => undefined);
    await sleep((await marked) + waitMs - Date.now());
    await page.touchscreen.tap(point.x, point.y);
    const r = await page.evaluate(() => window.__tb.pending);
    await hooks.after();
    const at = await page.evaluate(() => window.__tb.interactive);
    const afterInteractive = await page.evaluate(
      ([from, to]) => window.__tb.longTasks.filter(([s]) => s >= from && s <= to).map(([, d]) => d),
      [at, r.end],
    );
    return { ms: r.frame, dom: r.dom, tapAt: r.t0 - at, longTasks: afterInteractive, errors };
  } finally {
    await context.close();
  }
}

/**
 * One phone answers `n` questions (random answers, one guide after another) with a back after
 * every third answer, until it has `backs` of them. `profile`: whose windows the hooks get.
 */
async function stepRun(browser, url, rate, { n, backs, faultIds, hooks = NO_HOOKS, profile }) {
  const { context, page, errors } = await phone(browser, rate);
  hooks.page(page);
  let seed = 20261207;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const steps = [];
  const back = [];
  try {
    await page.goto(`${url}/`);
    await interactive(page);
    let guide = 0;
    let answers = 0;
    let atEnd = true;
    while (steps.length < n || back.length < backs) {
      if (answers > 10 * (n + backs) + 50) throw new Error('bench: steps and backs do not end');
      if (atEnd) {
        const fault = faultIds[guide++ % faultIds.length];
        await page.evaluate((f) => {
          history.pushState(null, '', `/guide/${f}`);
          dispatchEvent(new PopStateEvent('popstate'));
        }, fault);
        await page.locator(CHOICES).first().waitFor();
        await sleep(200); // the screen settles (focus, notes panel) before the first answer
      }
      const buttons = page.locator(CHOICES);
      const pick = buttons.nth(Math.floor(random() * 1000) % (await buttons.count()));
      const r = await tap(page, pick, 'step', profile === 'steps' ? hooks : NO_HOOKS);
      answers += 1;
      if (steps.length < n) steps.push(r);
      atEnd = (await page.locator('main.end').count()) > 0;
      if (!atEnd && answers % 3 === 0 && back.length < backs) {
        if (await page.locator(`${BACK}:not([disabled])`).count()) {
          const h = profile === 'backs' ? hooks : NO_HOOKS;
          back.push(await tap(page, page.locator(BACK), 'step', h));
        }
      }
      if (!atEnd) await page.locator(CHOICES).first().waitFor();
    }
    return { steps, back, errors };
  } finally {
    await context.close();
  }
}

async function resumeRuns(browser, url, rate, runs, hooks = NO_HOOKS) {
  const { context, page, errors } = await phone(browser, rate);
  hooks.page(page);
  try {
    await page.goto(`${url}/guide/keyError`);
    await page.waitForURL(/\/incident\//);
    for (let i = 0; i < 2; i++) {
      await page.locator(CHOICES).first().waitFor();
      await tap(page, page.locator(CHOICES).first(), 'step');
    }
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
    const times = [];
    for (let i = 0; i < runs; i++) {
      await hooks.before();
      await page.reload();
      const r = await page.evaluate(() => window.__tb.resume);
      await hooks.after();
      times.push(r.frame);
    }
    return { times, errors };
  } finally {
    await context.close();
  }
}

async function offlineRuns(browser, dist, rate, runs, hooks = NO_HOOKS) {
  const server = await startServer({ root: dist, port: 0, host: '127.0.0.1' });
  const { context, page, errors } = await phone(browser, rate);
  hooks.page(page);
  try {
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
    await interactive(page);
    await server.close();
    const times = [];
    const longTasks = [];
    for (let i = 0; i < runs; i++) {
      await hooks.before();
      await page.goto(`${server.url}/`);
      times.push(await interactive(page));
      await hooks.after();
      longTasks.push(await page.evaluate(() => window.__tb.longTasks.map(([, d]) => d)));
    }
    return { times, longTasks, errors };
  } finally {
    await context.close();
    await server.close();
  }
}

async function coldRun(browser, url, rate, hooks = NO_HOOKS) {
  const { context, page, errors } = await phone(browser, rate, { network: MOBILE_NETWORK });
  hooks.page(page);
  try {
    await hooks.before();
    await page.goto(`${url}/`);
    const ms = await interactive(page);
    await hooks.after();
    const longTasks = await page.evaluate(() => window.__tb.longTasks.map(([, d]) => d));
    return { ms, longTasks, errors };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Per rate

function longTaskSummary(lists) {
  const all = lists.flat();
  return {
    runs: lists.length,
    count: all.length,
    perRunMax: Math.max(0, ...lists.map((l) => l.length)),
    longest: round(Math.max(0, ...all)),
  };
}

async function measureRate(browser, options) {
  const { url, dist, rate, runs, steps, backs, faultIds, figures = FIGURES, log } = options;
  const want = (f) => figures.includes(f);
  const errors = [];
  const cal = await phone(browser, rate);
  await cal.page.goto(`${url}/`);
  await interactive(cal.page);
  const calibrations = [];
  for (let i = 0; i < 3; i++) calibrations.push((await cal.page.evaluate(calibrate))[0]);
  const calibrationMs = median(calibrations);
  const card = await centre(cal.page.locator(CARD));
  await cal.context.close();

  const times = async (n, run) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await run());
    return out;
  };
  const tapFigure = (list) => ({
    ...summary(list.map((r) => r.ms)),
    tapAfterInteractive: summary(list.map((r) => r.tapAt)),
    longTasks: longTaskSummary(list.map((r) => r.longTasks)),
  });
  const result = { rate, calibrationMs: round(calibrationMs), errors };
  if (want('quick')) {
    log(`  ${rate}×: quick taps…`);
    const quick = await times(runs, () => tapRun(browser, url, rate, QUICK_TAP_MS, card));
    for (const r of quick) errors.push(...r.errors);
    result.quickTap = tapFigure(quick);
  }
  if (want('settled')) {
    log(`  ${rate}×: settled taps…`);
    const settled = await times(runs, () => tapRun(browser, url, rate, SETTLED_TAP_MS, card));
    for (const r of settled) errors.push(...r.errors);
    result.settledTap = tapFigure(settled);
  }
  if (want('step')) {
    log(`  ${rate}×: steps and backs…`);
    const s = await stepRun(browser, url, rate, { n: steps, backs, faultIds });
    errors.push(...s.errors);
    result.step = {
      ...summary(s.steps.map((r) => r.frame)),
      longTasks: longTaskSummary(s.steps.map((r) => r.longTasks)),
    };
    result.back = {
      ...summary(s.back.map((r) => r.frame)),
      longTasks: longTaskSummary(s.back.map((r) => r.longTasks)),
    };
  }
  if (want('resume')) {
    log(`  ${rate}×: resume…`);
    const resume = await resumeRuns(browser, url, rate, runs);
    errors.push(...resume.errors);
    result.resume = summary(resume.times);
  }
  if (want('offline')) {
    log(`  ${rate}×: offline warm start…`);
    const offline = await offlineRuns(browser, dist, rate, runs);
    errors.push(...offline.errors);
    result.offlineWarmStart = {
      ...summary(offline.times),
      longTasks: longTaskSummary(offline.longTasks),
    };
  }
  if (want('cold')) {
    log(`  ${rate}×: cold start…`);
    const cold = await times(runs, () => coldRun(browser, url, rate));
    for (const r of cold) errors.push(...r.errors);
    result.coldStart = {
      ...summary(cold.map((r) => r.ms)),
      longTasks: longTaskSummary(cold.map((r) => r.longTasks)),
    };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Profiles at one rate

/**
 * Hooks that profile (CPU profile + trace) each measured window of one run. `fromMark`: the
 * summaries start at the page's interactive mark (the tap figures record the whole load).
 */
function profiler(browser, name, dir, mapsDir, { fromMark = false } = {}) {
  const windows = [];
  let page = null;
  let cdp = null;
  const hooks = {
    page: (p) => {
      page = p;
    },
    // The profiler first: its start (costly: it logs every compiled function) stays out of the
    // trace, and out of the window, which opens when both are running.
    before: async () => {
      cdp ??= await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    },
    after: async () => {
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      const { profile } = await cdp.send('Profiler.stop');
      windows.push({ profile, trace });
    },
  };
  const write = () => {
    mkdirSync(dir, { recursive: true });
    const cpu = [];
    const traces = [];
    windows.forEach((w, i) => {
      const base = path.join(dir, `${name}${windows.length > 1 ? `-${i + 1}` : ''}`);
      writeFileSync(`${base}.cpuprofile`, JSON.stringify(w.profile));
      writeFileSync(`${base}.trace.json`, JSON.stringify(w.trace));
      const fromUs = fromMark ? (markTs(w.trace, INTERACTIVE_MARK) ?? -Infinity) : -Infinity;
      const trace = summariseTrace(w.trace, { fromUs });
      if (trace) {
        // Each long task: when in the window, and what ran in it (from the CPU profile).
        trace.longTasks = trace.longTasks.map(([ts, ms]) => {
          const inside = summariseTrace(w.trace, { fromUs: ts, toUs: ts + ms * 1000 });
          const events = inside.events.slice(0, 3).map((e) => `${e.name} ${e.ms}`);
          return {
            at: round((ts - trace.fromUs) / 1000),
            ms: round(ms),
            what: `${whatRan(w.profile, mapsDir, ts, ts + ms * 1000)} | trace: ${events.join(', ')}`,
          };
        });
      }
      traces.push(trace);
      // The profile runs a little longer than the trace on both sides: the trace's window.
      const window = trace ? { fromUs: trace.fromUs, toUs: trace.toUs } : { fromUs };
      cpu.push(summariseCpuProfile(w.profile, mapsDir, window));
    });
    return { windows: windows.length, cpu: mergeSummaries(cpu), trace: mergeTraces(traces) };
  };
  return { hooks, write };
}

function mergeList(lists) {
  const m = new Map();
  for (const list of lists) for (const x of list) m.set(x.name, (m.get(x.name) ?? 0) + x.ms);
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => ({ name, ms: round(ms) }));
}
function mergeSummaries(list) {
  if (!list.length) return null;
  return {
    totalMs: round(list.reduce((n, x) => n + x.totalMs, 0)),
    functions: mergeList(list.map((x) => x.functions)).slice(0, 15),
    oursInclusive: mergeList(list.map((x) => x.oursInclusive)).slice(0, 15),
    groups: mergeList(list.map((x) => x.groups)).slice(0, 15),
    chunks: mergeList(list.map((x) => x.chunks)).slice(0, 12),
  };
}
function mergeTraces(list) {
  const ok = list.filter(Boolean);
  if (!ok.length) return null;
  return {
    windowMs: round(ok.reduce((n, x) => n + x.windowMs, 0)),
    busyMs: round(ok.reduce((n, x) => n + x.busyMs, 0)),
    activities: mergeList(ok.map((x) => x.activities)),
    events: mergeList(ok.map((x) => x.events)).slice(0, 10),
    longTasks: ok.flatMap((x) => x.longTasks),
  };
}

/** One profiled run of each figure at `rate`; files under `dir`, summaries returned. */
async function profileFigures(
  browser,
  { url, dist, rate, faultIds, dir, mapsDir, figures = FIGURES, log },
) {
  const out = {};
  const first = await phone(browser, 1);
  await first.page.goto(`${url}/`);
  await interactive(first.page);
  const card = await centre(first.page.locator(CARD));
  await first.context.close();
  const runs = [
    ['quick-tap', (hooks) => tapRun(browser, url, rate, QUICK_TAP_MS, card, hooks)],
    ['settled-tap', (hooks) => tapRun(browser, url, rate, SETTLED_TAP_MS, card, hooks)],
    [
      'step',
      (hooks) => stepRun(browser, url, rate, { n: 9, backs: 0, faultIds, hooks, profile: 'steps' }),
    ],
    [
      'back',
      (hooks) => stepRun(browser, url, rate, { n: 9, backs: 3, faultIds, hooks, profile: 'backs' }),
    ],
    ['resume', (hooks) => resumeRuns(browser, url, rate, 1, hooks)],
    ['offline-warm-start', (hooks) => offlineRuns(browser, dist, rate, 1, hooks)],
    ['cold-start', (hooks) => coldRun(browser, url, rate, hooks)],
  ];
  /** Which `--figures` entry each profile belongs to. */
  const figureOf = (name) => (name === 'back' ? 'step' : name.split('-')[0]);
  for (const [name, run] of runs.filter(([n]) => figures.includes(figureOf(n)))) {
    log(`  profile ${rate}×: ${name}…`);
    const p = profiler(browser, `${name}-${rate}x`, dir, mapsDir, {
      fromMark: name.endsWith('-tap'),
    });
    await run(p.hooks);
    out[name] = p.write();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * The throttled table: each rate of `rates`, and with `profileDir`, the profiles at 4× (or the
 * first rate over 1). `dist`: the build to serve; `profileDist`: the same build with maps.
 */
export async function measureThrottled(browser, options) {
  const {
    dist,
    rates = RATES,
    runs = 5,
    steps = 20,
    backs = 6,
    faultIds,
    figures = FIGURES,
    log = console.log,
  } = options;
  const server = await startServer({ root: dist, port: 0, host: '127.0.0.1' });
  const results = [];
  try {
    for (const rate of rates) {
      results.push(
        await measureRate(browser, {
          url: server.url,
          dist,
          rate,
          runs,
          steps,
          backs,
          faultIds,
          figures,
          log,
        }),
      );
    }
  } finally {
    await server.close();
  }
  let profiles = null;
  if (options.profileDir && options.profileDist) {
    const rate = rates.includes(4) ? 4 : (rates.find((r) => r > 1) ?? rates[0]);
    const ps = await startServer({ root: options.profileDist, port: 0, host: '127.0.0.1' });
    try {
      profiles = {
        rate,
        dir: path.relative(process.cwd(), options.profileDir),
        figures: await profileFigures(browser, {
          url: ps.url,
          dist: options.profileDist,
          rate,
          faultIds,
          dir: options.profileDir,
          mapsDir: options.profileDist,
          figures,
          log,
        }),
      };
    } finally {
      await ps.close();
    }
  }
  return { rates: results, profiles, network: MOBILE_NETWORK };
}

// ---------------------------------------------------------------------------------------------
// Report

const TARGETS = {
  quickTap: '≤ 150',
  settledTap: '',
  step: '≤ 100',
  back: '≤ 100',
  resume: '',
  offlineWarmStart: '≤ 300',
  coldStart: '',
};
const LABELS = {
  quickTap: `quick tap → first question (tap ${QUICK_TAP_MS} ms after interactive)`,
  settledTap: `settled tap → first question (${SETTLED_TAP_MS / 1000} s after)`,
  step: 'answer → next step painted (write included)',
  back: 'back → previous step painted',
  resume: 'resume after reload → question painted',
  offlineWarmStart: 'offline warm start → interactive',
  coldStart: 'cold start, mobile network → interactive',
};

export function throttledLines(t) {
  const out = ['', 'On a phone’s CPU: p50 / p95 ms (n), zh-CN, 360×740, touch, fresh profile'];
  const head = ['figure', ...t.rates.map((r) => `${r.rate}×`), 'target at 4× (p50)'];
  const rows = [head];
  const measured = (key) => t.rates.some((r) => r[key]);
  for (const key of Object.keys(LABELS).filter(measured)) {
    rows.push([
      LABELS[key],
      ...t.rates.map((r) => (r[key] ? `${r[key].p50} / ${r[key].p95} (${r[key].n})` : '')),
      TARGETS[key],
    ]);
  }
  /** Long tasks: "count in all runs / longest ms" of one or two figures of each rate. */
  const tasks = (label, ...all) => {
    const keys = all.filter(measured);
    if (!keys.length) return;
    rows.push([
      label,
      ...t.rates.map((r) =>
        keys.map((k) => `${r[k].longTasks.count} / ${r[k].longTasks.longest}`).join('; '),
      ),
      keys[0] === 'settledTap' ? '0 over 50 ms' : '',
    ]);
  };
  tasks(
    'long tasks after interactive, settled runs (count in all runs / longest ms)',
    'settledTap',
  );
  tasks('long tasks after interactive, quick runs', 'quickTap');
  tasks('long tasks during steps; backs', 'step', 'back');
  tasks(
    'long tasks during a cold start; an offline start (all runs)',
    'coldStart',
    'offlineWarmStart',
  );
  if (measured('quickTap'))
    rows.push([
      'quick tap landed after interactive (p50 ms)',
      ...t.rates.map((r) => r.quickTap.tapAfterInteractive.p50),
      '',
    ]);
  rows.push([
    'calibration loop (ms; 4× should be ≈ 4 × 1×)',
    ...t.rates.map((r) => r.calibrationMs),
    '',
  ]);
  const widths = head.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows)
    out.push(
      r
        .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
        .join('  '),
    );
  const errors = t.rates.flatMap((r) => r.errors);
  if (errors.length) out.push('page errors:', ...[...new Set(errors)].map((e) => `  - ${e}`));
  if (t.profiles) {
    out.push('', `Where the time goes at ${t.profiles.rate}× (files in ${t.profiles.dir}):`);
    for (const [name, f] of Object.entries(t.profiles.figures))
      out.push(
        ...profileLines(
          `${name} (${f.windows} window${f.windows === 1 ? '' : 's'})`,
          f.cpu,
          f.trace,
        ),
      );
  }
  return out;
}
