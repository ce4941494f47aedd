// The byte budgets, as tests: the JS that runs before the home screen is interactive must stay
// within 140 KB gzip, in each language; what a first visit installs (the service worker's
// precache) within 400 KB on the wire. Bytes, never times.
//
// What counts is bench/assets.mjs's "startup" view: index.html's scripts, module preloads and
// stylesheets with their static imports, plus what the entry script imports on a load of the
// home screen before it is interactive (the app, one language's text) with their static
// imports. gzip is zlib at GZIP_LEVEL, the level the servers send — checked below against the
// Content-Length of the served responses, so the figures are the bytes on the wire.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  fileSizes,
  GZIP_LEVEL,
  INITIAL_JS_BUDGET_BYTES,
  kb,
  PRECACHE_BUDGET_BYTES,
  precacheSizes,
  recordRequests,
  startupAssets,
  totals,
  type InitialAsset,
} from '../../bench/assets.mjs';
import { QR_READER_FILES } from '../../src/pwa/pwa.config';
import { QR_READER_KB } from '../../src/practice/qrReader';
import { launchBrowser, PHONE_VIEWPORT, type LaunchedBrowser } from './harness';

let browser: LaunchedBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

function listing(files: InitialAsset[]): string {
  return files.map((f) => `  ${f.file} (${f.kind}): ${f.gzip} B gzip, ${f.raw} B raw`).join('\n');
}

describe.each(['zh-CN', 'en-US'] as const)('initial JS budget, %s', (locale) => {
  it(`the home screen runs at most ${INITIAL_JS_BUDGET_BYTES / 1024} KB of gzip JS before it is interactive`, async () => {
    const distDir = inject('distDir');
    browser = await launchBrowser({ locale, viewport: PHONE_VIEWPORT });
    const { requested, beforeInteractive, onWire } = await recordRequests(
      browser.page,
      browser.url('/'),
      { quietMs: 400 },
    );
    const startup = startupAssets(distDir, beforeInteractive);
    const js = totals(startup).js;

    // The analysis is about what really happens: every file it counts was fetched, and the
    // app itself (more than index.html's own small scripts) is among them.
    for (const f of startup)
      expect(requested, `${f.file} counted but not loaded`).toContain(f.file);
    expect(startup.some((f) => f.kind === 'entry import()')).toBe(true);

    // Our gzip is the server's: the same bytes (level GZIP_LEVEL).
    for (const f of startup) {
      if (onWire[f.file] !== undefined) {
        expect(onWire[f.file], `${f.file}: gzip level ${GZIP_LEVEL} vs served`).toBe(f.gzip);
      }
    }
    expect(Object.keys(onWire).length).toBeGreaterThan(0);

    expect(
      js.gzip,
      `initial JS is ${kb(js.gzip)} gzip (${js.gzip} B), budget ${kb(INITIAL_JS_BUDGET_BYTES)}:\n${listing(startup)}`,
    ).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    await browser.expectClean();
  });
});

describe('install budget', () => {
  it(`a first visit precaches at most ${PRECACHE_BUDGET_BYTES / 1024} KB on the wire`, () => {
    const precache = precacheSizes(inject('distDir'));
    expect(precache.count).toBeGreaterThan(0);
    // The trainer's QR reader is not part of it (fetched on its first use).
    expect(precache.files.filter((f) => /\.wasm$|ponyfill-/.test(f.file))).toEqual([]);
    const listed = precache.files
      .slice(0, 12)
      .map((f) => `  ${f.file}: ${f.wire} B`)
      .join('\n');
    expect(
      precache.wire,
      `the precache is ${precache.count} files, ${kb(precache.wire)} on the wire (${precache.wire} B), budget ${kb(PRECACHE_BUDGET_BYTES)}; largest:\n${listed}`,
    ).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
  });

  it('the scan screen’s download size (QR_READER_KB) is the reader’s, rounded up to 10 KB', () => {
    const distDir = inject('distDir');
    const assets = readdirSync(path.join(distDir, 'assets'));
    const reader = QR_READER_FILES.map((glob) => {
      const [prefix, suffix] = path.basename(glob).split('*') as [string, string];
      const found = assets.filter((f) => f.startsWith(prefix) && f.endsWith(suffix));
      expect(found, glob).toHaveLength(1);
      return fileSizes(distDir, `/assets/${found[0]!}`);
    });
    const gzip = reader.reduce((n, f) => n + f.gzip, 0);
    expect(QR_READER_KB, `${gzip} B gzip`).toBe(Math.ceil(gzip / 1024 / 10) * 10);
  });
});
