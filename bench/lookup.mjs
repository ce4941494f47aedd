#!/usr/bin/env node
// `node bench/lookup.mjs`: the lookup's search on its own corpus (src/lookup/lookup.corpus.testkit.ts),
// in Node: hits and misses, the time to build the index, and the time per query (every phrasing and
// every code of the corpus, N rounds; median, p95 and worst of single queries). No assertion: the
// figures go to the README; the corpus test fails on a miss. A frame is 16.7 ms; issue 18 asks for
// an answer within one frame here and within 100 ms with the CPU throttled 4×.
//
// With --browser (after `npx vite build`): the same queries typed into the results page's
// search box of the production build in Debian's chromium, at CPU throttling 1× and 4× (CDP):
// from the Enter key to the answer for that query in the DOM (router, search and React render),
// and to the next frame after it (the answer painted).
//
//   node bench/lookup.mjs [--rounds 50] [--browser] [--browser-queries 60]
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';
import { withSourceLoader } from '../scripts/sourceLoader.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const rounds = Number(arg('--rounds')) || 50;
const inBrowser = process.argv.includes('--browser');
const browserQueries = Number(arg('--browser-queries')) || 60;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

await withSourceLoader(root, async (load) => {
  const { faults } = await load('/src/faults/registry.ts');
  const { buildAnswers } = await load('/src/lookup/answers.ts');
  const { buildIndex, search } = await load('/src/lookup/search.ts');
  const { phrasings, codeCorpus } = await load('/src/lookup/lookup.corpus.testkit.ts');
  const corpus = [...phrasings, ...codeCorpus];

  const t0 = performance.now();
  const index = buildIndex(buildAnswers(faults));
  const buildMs = performance.now() - t0;

  const first = (q) => {
    const r = search(index, q);
    return r.kind === 'found' ? r.hits[0].answer.id : r.kind;
  };
  const misses = corpus.filter(([q, want]) => first(q) !== want);

  const times = [];
  for (let r = 0; r < rounds; r++) {
    for (const [q] of corpus) {
      const s = performance.now();
      search(index, q);
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  const ms = (v) => `${v.toFixed(3)} ms`;
  console.log(
    `lookup search, ${corpus.length} queries (${phrasings.length} phrasings + ${codeCorpus.length} code forms)`,
  );
  console.log(`  hits ${corpus.length - misses.length}, misses ${misses.length}`);
  for (const [q, want] of misses) console.log(`    miss: ${q} → ${first(q)} (want ${want})`);
  console.log(`  index build: ${ms(buildMs)}`);
  console.log(
    `  per query (${times.length} runs): median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, worst ${ms(times.at(-1))}`,
  );
  if (inBrowser)
    await browserTimes(
      corpus.filter((_, i) => i % Math.ceil(corpus.length / browserQueries) === 0),
    );
});

/** Enter → the next frame with that query's answer in the DOM, in the built app, 1× and 4× CPU. */
async function browserTimes(queries) {
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    for (const rate of [1, 4]) {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const cdp = await page.context().newCDPSession(page);
      await page.goto(`${server.url}/lookup?q=51`);
      await page.locator('main h1').waitFor();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__times = [];
        w.__dom = [];
        document.addEventListener(
          'keydown',
          (e) => {
            if (e.key === 'Enter') w.__t0 = performance.now();
          },
          true,
        );
        new MutationObserver(() => {
          const q = document.querySelector('main p.small q')?.textContent;
          if (q && q === w.__want && w.__t0 !== undefined) {
            const t0 = w.__t0;
            w.__t0 = undefined;
            w.__dom.push(performance.now() - t0);
            requestAnimationFrame(() => w.__times.push(performance.now() - t0));
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      let n = 0;
      for (const [q] of queries) {
        const box = page.locator('#lookup-again');
        await box.fill(q);
        await page.evaluate((want) => /** @type {any} */ (window.__want = want), q.trim() ? q : '');
        await box.press('Enter');
        n++;
        await page.waitForFunction(
          (count) => /** @type {any} */ (window).__times.length >= count,
          n,
        );
      }
      const times = (await page.evaluate(() => /** @type {any} */ (window).__times)).sort(
        (a, b) => a - b,
      );
      const dom = (await page.evaluate(() => /** @type {any} */ (window).__dom)).sort(
        (a, b) => a - b,
      );
      console.log(
        `  browser, CPU ${rate}×, Enter → answer in the DOM (${dom.length} queries): median ${dom[Math.floor(dom.length / 2)].toFixed(1)} ms, p95 ${quantile(dom, 0.95).toFixed(1)} ms, worst ${dom.at(-1).toFixed(1)} ms`,
      );
      console.log(
        `  browser, CPU ${rate}×, Enter → answer painted (${times.length} queries): median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, worst ${times.at(-1).toFixed(1)} ms`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
