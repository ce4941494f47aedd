// Where the time goes: summaries of the CPU profiles and traces `npm run bench` takes per figure
// (bench/throttled.mjs writes them under bench/results/profiles/, not committed). Plain Node.
//
//  - A CPU profile (CDP Profiler, .cpuprofile: DevTools opens it) gives JavaScript self time per
//    function. The build is minified, so each function's position is mapped back to its source
//    with the source maps of a second, byte-identical build that has them (`vite build
//    --sourcemap hidden`, see bench/throttled.mjs): "react-dom", "src/wizard/StepView.tsx
//    renderChoices"… Time outside JavaScript shows there as "(program)" and "(garbage collector)".
//  - A trace (Chromium's tracing: .trace.json, DevTools' Performance panel opens it) splits the
//    page's main thread by activity: script, compile, HTML parse, style, layout, paint, GC, other.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';

const round = (x) => Math.round(x * 10) / 10;

/** The `n` largest entries of a Map of µs, as `{ name, ms }`. */
function topMs(m, n) {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: round(us / 1000) }));
}

// ---------------------------------------------------------------------------------------------
// Source maps

/** Loads (once) the source map of a built chunk from `mapsDir` (e.g. .tmp/dist-profile). */
function sourceMapLoader(mapsDir) {
  const cache = new Map();
  return (chunk) => {
    if (!cache.has(chunk)) {
      const file = path.join(mapsDir, 'assets', `${chunk}.map`);
      let map = null;
      if (existsSync(file)) {
        const payload = JSON.parse(readFileSync(file, 'utf8'));
        map = { sm: new SourceMap(payload), payload };
      }
      cache.set(chunk, map);
    }
    return cache.get(chunk);
  };
}

/** "node_modules/react-dom/cjs/x.js" → "react-dom"; "../../src/wizard/A.tsx" → "src/wizard/A.tsx". */
export function shortSource(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return { file: `${pkg}/${rest.at(-1)}`, group: pkg };
  }
  const src = source.lastIndexOf('src/');
  if (src >= 0) {
    const file = source.slice(src);
    return { file, group: file.split('/').slice(0, 2).join('/') };
  }
  return { file: source, group: source };
}

const NAME_PATTERNS = [
  /function\s*\*?\s*([\w$]+)\s*\(/,
  /([\w$]+)\s*[:=]\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>|[\w$]+\s*=>)/,
  /^\s*(?:async\s+|static\s+|get\s+|set\s+|\*\s*)*([\w$]+)\s*\([^)]*\)\s*\{/,
];

/** The function name written at (or just before) a line of the original source. */
function nameAt(content, line) {
  if (!content) return null;
  const lines = content.split('\n');
  for (let l = line; l >= Math.max(0, line - 2); l--) {
    for (const re of NAME_PATTERNS) {
      const m = re.exec(lines[l] ?? '');
      if (m) return m[1];
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// CPU profiles

/**
 * Self time of a CPU profile (CDP Profiler.stop's `profile`), by function, by source group
 * (a package, or a folder of src/) and by chunk. Times in ms. `mapsDir`: a build with maps;
 * `fromUs`, `toUs`: only the samples between (the trace's clock: see markTs, summariseTrace).
 * "(idle)" is left out of the lists; `totalMs` is the busy time sampled.
 */
export function summariseCpuProfile(
  profile,
  mapsDir,
  { fromUs = -Infinity, toUs = Infinity } = {},
) {
  const mapOf = sourceMapLoader(mapsDir);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const { samples, timeDeltas } = profile;
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += timeDeltas[i];
    if (t < fromUs || t > toUs) continue;
    const dt = timeDeltas[i + 1] ?? 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + dt);
  }
  const byFunction = new Map();
  const byGroup = new Map();
  const byChunk = new Map();
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  const described = new Map();
  const describe = (cf) => {
    const key = `${cf.url}:${cf.lineNumber}:${cf.columnNumber}:${cf.functionName}`;
    if (described.has(key)) return described.get(key);
    let out;
    if (!cf.url) {
      const special = cf.functionName.startsWith('(') ? cf.functionName : '(native)';
      const fn = special === '(native)' ? `${cf.functionName || '(anonymous)'} (native)` : special;
      out = { fn, group: special, chunk: special, ours: false };
    } else {
      const url = new URL(cf.url, 'http://x/');
      const chunk = path.posix.basename(url.pathname);
      const map = mapOf(chunk);
      const entry = map?.sm.findEntry(cf.lineNumber, cf.columnNumber);
      if (entry && entry.originalSource) {
        const { file, group } = shortSource(entry.originalSource);
        const idx = map.payload.sources.findIndex((s) =>
          entry.originalSource.endsWith(s.replace(/^(\.\.\/)+/, '')),
        );
        const content = idx >= 0 ? map.payload.sourcesContent?.[idx] : undefined;
        const name =
          nameAt(content, entry.originalLine) ?? entry.name ?? cf.functionName ?? '(anonymous)';
        out = {
          fn: `${name} ${file}:${entry.originalLine + 1}`,
          group,
          chunk,
          ours: group.startsWith('src/'),
        };
      } else {
        out = {
          fn: `${cf.functionName || '(anonymous)'} ${chunk}:${cf.lineNumber + 1}`,
          group: chunk,
          chunk,
          ours: false,
        };
      }
    }
    described.set(key, out);
    return out;
  };
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** Inclusive time of our own functions (src/): each counted once per sample's stack. */
  const oursTotal = new Map();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = nodes.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    totalUs += us;
    const d = describe(node.callFrame);
    add(byFunction, d.fn, us);
    add(byGroup, d.group, us);
    add(byChunk, d.chunk, us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const up = describe(nodes.get(at).callFrame);
      if (up.ours && !seen.has(up.fn)) {
        seen.add(up.fn);
        add(oursTotal, up.fn, us);
      }
    }
  }
  return {
    totalMs: round(totalUs / 1000),
    functions: topMs(byFunction, 15),
    oursInclusive: topMs(oursTotal, 15),
    groups: topMs(byGroup, 15),
    chunks: topMs(byChunk, 12),
  };
}

/**
 * What ran in one stretch of a profile (a long task of the trace): its longest-running src/
 * functions (inclusive) and sources (self), as one line.
 */
export function whatRan(profile, mapsDir, fromUs, toUs) {
  const s = summariseCpuProfile(profile, mapsDir, { fromUs, toUs });
  const ours = s.oursInclusive.slice(0, 3).map((f) => `${f.name} ${f.ms}`);
  const groups = s.groups.slice(0, 4).map((g) => `${g.name} ${g.ms}`);
  return `${ours.join(' > ') || '(none of ours)'} | ${groups.join(', ')}`;
}

// ---------------------------------------------------------------------------------------------
// Traces

/**
 * Activities of the main thread, by trace event name (self time; the first match wins).
 * `profiler` is the CPU profiler's own start-up on a new page (an artifact of profiling, left out
 * of the busy time); `other` is mostly the task and IPC wrappers' own time.
 */
const ACTIVITIES = [
  ['profiler', /CpuProfiler/],
  ['gc', /GC|Scavenge|Sweep|Marking|Finalize/],
  [
    'compile',
    /compile|produce\w*cache|consume\w*cache|cachescript|scriptstreamer|deserialize|v8\.parse/i,
  ],
  ['parse HTML', /^ParseHTML$|HTMLDocumentParser/],
  [
    'style',
    /recalcStyle|UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc|StyleEngine|CSSParser/i,
  ],
  ['layout', /Layout|ShapeText|InlineNode/],
  ['paint', /Paint|Composit|^Commit$|Layerize|Raster|Decode|UpdateLayer/],
  [
    'loading',
    /ResourceFetcher|URLLoader|ResourceRequest|ResponseBody|ResourceLoad|Frame::Detach|FrameLoader|DocumentLoader|Navigation/,
  ],
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|TimerFire|FireAnimationFrame|FireIdleCallback|EventDispatch|RunMicrotasks|HandlePostMessage|XHR|MutationObserver|PerformanceObserver|MessagePort|IntersectionObserver)/,
  ],
];

function activityOf(name) {
  for (const [activity, re] of ACTIVITIES) if (re.test(name)) return activity;
  return 'other';
}

/** The trace time (µs, the CPU profile's clock too) of a performance mark, or null. */
export function markTs(trace, name) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  return events.find((e) => e.name === name && e.cat?.includes('user_timing'))?.ts ?? null;
}

/**
 * Self time on the page's main thread (the busiest CrRendererMain of the trace) by activity and
 * by event name, in ms. Nested complete events are subtracted from their parent. `fromUs`,
 * `toUs`: only that window.
 */
export function summariseTrace(trace, { fromUs = -Infinity, toUs = Infinity } = {}) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`);
  const busy = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && mains.includes(k)) busy.set(k, (busy.get(k) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return null;
  // Complete events of that thread (B/E pairs joined), outermost first at equal start.
  const list = [];
  const open = [];
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main) continue;
    if (e.ph === 'X') list.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0) });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) list.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  // Only the window from `fromUs` to `toUs`: events outside dropped, those across it cut.
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i].end <= fromUs || list[i].ts >= toUs) list.splice(i, 1);
    else {
      list[i].ts = Math.max(list[i].ts, fromUs);
      list[i].end = Math.min(list[i].end, toUs);
    }
  }
  list.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const byName = new Map();
  const stack = [];
  const close = (upTo) => {
    while (stack.length && stack.at(-1).end <= upTo) {
      const done = stack.pop();
      const self = done.end - done.ts - done.children;
      byName.set(done.name, (byName.get(done.name) ?? 0) + Math.max(0, self));
    }
  };
  let first = Infinity;
  let last = 0;
  /** Top-level events (tasks) of 50 ms or more: [start µs, duration ms]. */
  const longTasks = [];
  for (const ev of list) {
    close(ev.ts);
    if (!stack.length && ev.end - ev.ts >= 50_000) longTasks.push([ev.ts, (ev.end - ev.ts) / 1000]);
    const item = { ...ev, children: 0 };
    if (stack.length) stack.at(-1).children += Math.min(ev.end, stack.at(-1).end) - ev.ts;
    stack.push(item);
    first = Math.min(first, ev.ts);
    last = Math.max(last, ev.end);
  }
  close(Infinity);
  const byActivity = new Map();
  let busyUs = 0;
  for (const [name, us] of byName) {
    const activity = activityOf(name);
    byActivity.set(activity, (byActivity.get(activity) ?? 0) + us);
    if (activity !== 'profiler') busyUs += us;
  }
  return {
    fromUs: first,
    toUs: last,
    windowMs: round((last - first) / 1000),
    busyMs: round(busyUs / 1000),
    activities: topMs(byActivity, 10),
    events: topMs(byName, 10),
    longTasks,
  };
}

/** Text lines for one figure's profile summary. */
export function profileLines(name, cpu, trace) {
  const out = [`  ${name}`];
  if (trace) {
    out.push(
      `    main thread: ${trace.busyMs} ms busy of a ${trace.windowMs} ms window — ` +
        trace.activities.map((a) => `${a.name} ${a.ms}`).join(', '),
    );
    for (const t of trace.longTasks ?? [])
      out.push(`    long task ${t.ms} ms at +${t.at} ms: ${t.what ?? ''}`);
  }
  if (cpu) {
    out.push(
      `    CPU profile, self time (${cpu.totalMs} ms busy) by source: ` +
        cpu.groups
          .slice(0, 8)
          .map((g) => `${g.name} ${g.ms}`)
          .join(', '),
    );
    const list = (title, items) => {
      out.push(`    ${title}`);
      for (const f of items.slice(0, 10))
        out.push(`      ${String(f.ms).padStart(7)} ms  ${f.name}`);
    };
    list('top functions (self time):', cpu.functions);
    list('our functions (src/, inclusive: with all they call):', cpu.oursInclusive);
  }
  return out;
}
