// The production build as an offline app (no browser: reads dist/, which global-setup.ts keeps
// fresh): every file the app can ask for is in the service worker's precache manifest but the
// QR reader (cached by its own runtime route on first use), none is over Workbox's 2 MiB limit
// (Workbox skips larger files silently), the built index.html carries the CSP and no inline
// code, and the web app manifest is complete.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { precacheUrls } from '../../bench/assets.mjs';
import { CSP_META_CONTENT } from '../../deploy/headers.mjs';
import {
  inlineCodeIn,
  manifest as manifestConfig,
  pwaOptions,
  QR_READER_CACHE,
} from '../../src/pwa/pwa.config';

const WORKBOX_MAX_BYTES = 2 * 1024 * 1024;
const distDir = inject('distDir');

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(path.relative(distDir, full).split(path.sep).join('/'));
  }
  return out;
}

/** True when the service worker's runtime route for the QR reader serves this dist/ file. */
function qrReaderRoute(file: string): boolean {
  const match = pwaOptions.workbox!.runtimeCaching![0]!.urlPattern as (o: {
    url: URL;
    sameOrigin: boolean;
  }) => boolean;
  return match({ url: new URL(`/${file}`, 'https://pos.example'), sameOrigin: true });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('precache (dist/sw.js)', () => {
  it('holds every file of dist/assets but the QR reader, the shell, icons and manifest; none over 2 MiB', async () => {
    const sw = await readFile(path.join(distDir, 'sw.js'), 'utf8');
    const precached = new Set(precacheUrls(sw));
    const files = await filesUnder(distDir);

    const assets = files.filter((f) => f.startsWith('assets/'));
    expect(assets.length).toBeGreaterThan(0);
    // The lazily loaded parts must be there, not only the entry.
    for (const lazy of [
      'keyError.guide',
      'securityLock.guide',
      'pinEntry.guide',
      'ui.en',
      'ui.zh',
      'HistoryPage',
      'InstallHelp',
      'registerSW',
      // The scan screen (precached), its QR decoder and the decoder's WebAssembly (not: below).
      'QrScanner',
      'ponyfill',
      'zxing_reader',
    ]) {
      expect(
        assets.some((f) => path.basename(f).startsWith(`${lazy}-`)),
        lazy,
      ).toBe(true);
    }
    const missing = files.filter(
      (f) => !precached.has(f) && f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f),
    );
    // Only the QR reader is left out, and the runtime route serves exactly it (offline after
    // its first use, tests/browser/qr-reader.test.ts); nothing precached goes through it.
    expect(missing.sort(), 'files in dist/ the service worker does not precache').toEqual(
      files.filter(qrReaderRoute).sort(),
    );
    expect(missing.some((f) => f.endsWith('.wasm'))).toBe(true);
    expect(missing.some((f) => /ponyfill-[\w-]+\.js$/.test(f))).toBe(true);
    expect([...precached].filter(qrReaderRoute)).toEqual([]);
    for (const must of [
      'index.html',
      'manifest.webmanifest',
      'favicon.svg',
      'icons/icon-192.png',
      'icons/icon-512.png',
      'icons/icon-maskable-512.png',
      'icons/apple-touch-icon-180.png',
    ]) {
      expect(precached.has(must), must).toBe(true);
    }
    expect(
      [...precached].filter((u) => !files.includes(u)),
      'precached but not built',
    ).toEqual([]);

    let total = 0;
    const tooBig: string[] = [];
    for (const f of files) {
      const { size } = await stat(path.join(distDir, f));
      if (precached.has(f)) total += size;
      if (size > WORKBOX_MAX_BYTES) tooBig.push(`${f} (${size} bytes)`);
    }
    expect(tooBig).toEqual([]);
    console.log(
      `[pwa] precache: ${precached.size} files, ${(total / 1024).toFixed(1)} KiB (uncompressed)`,
    );
  });

  it('waits for the user to apply an update, claims clients, serves the shell for navigations', async () => {
    const sw = await readFile(path.join(distDir, 'sw.js'), 'utf8');
    expect(sw).toContain('SKIP_WAITING'); // skipWaiting only on the update bar's message
    expect(sw).toMatch(/clientsClaim\(\)/);
    expect(sw).toContain('createHandlerBoundToURL("/index.html")');
    // The QR reader's route, as configured: cache first, in its own cache.
    expect(sw).toMatch(new RegExp(`CacheFirst\\(\\{cacheName:"${QR_READER_CACHE}"`));
  });
});

describe('dist/index.html', () => {
  // What the meta holds is src/pwa/pwa.config.test.ts's; here: the build put it in.
  it('carries the CSP meta (deploy/headers.mjs) before anything else', async () => {
    const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CSP_META_CONTENT);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<link'));
  });

  it('has no inline script or style, and no injected register script', async () => {
    const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
    expect(inlineCodeIn(html)).toEqual([]);
    expect(html).not.toContain('registerSW');
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"');
    expect(html).toContain('<link rel="apple-touch-icon" href="/icons/apple-touch-icon-180.png"');
    expect(html).toContain('<meta name="apple-mobile-web-app-capable" content="yes"');
  });
});

describe('dist/manifest.webmanifest', () => {
  it('is the configured manifest, with icons of the sizes it claims', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(distDir, 'manifest.webmanifest'), 'utf8'),
    ) as typeof manifestConfig;
    expect(manifest).toMatchObject({
      name: 'POS Rescue · POS 急救',
      short_name: manifestConfig.short_name,
      display: 'standalone',
      start_url: '/',
      scope: '/',
      id: '/',
      lang: 'zh-CN',
      theme_color: manifestConfig.theme_color,
      background_color: manifestConfig.background_color,
    });
    expect(manifest.shortcuts!.map((s) => s.url)).toEqual([
      '/guide/keyError',
      '/guide/securityLock',
      '/guide/pinEntry',
      '/guide/commFailure',
    ]);
    const icons = [
      ...manifest.icons!,
      { src: '/icons/apple-touch-icon-180.png', sizes: '180x180' },
    ];
    for (const icon of icons) {
      const png = await readFile(path.join(distDir, icon.src));
      const { width, height } = pngSize(png);
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });
});
