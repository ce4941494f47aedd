// The byte budget of the first screen, as a test: the JS that runs before the home screen is
// interactive must stay within 140 KB gzip, in each language. Bytes, never times.
//
// What counts is bench/assets.mjs's "startup" view: index.html's scripts, module preloads and
// stylesheets with their static imports, plus what the entry script imports on a load of the
// home screen before it is interactive (the app, one language's text) with their static
// imports. gzip is zlib at GZIP_LEVEL, the level the servers send — checked below against the
// Content-Length of the served responses, so the figures are the bytes on the wire.
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  GZIP_LEVEL,
  INITIAL_JS_BUDGET_BYTES,
  kb,
  recordRequests,
  startupAssets,
  totals,
  type InitialAsset,
} from '../../bench/assets.mjs';
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
