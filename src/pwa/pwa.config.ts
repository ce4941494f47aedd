/**
 * Build-time configuration of the installable, offline app (used by vite.config.ts only; the
 * app never imports this file):
 *  - vite-plugin-pwa: the web app manifest and a Workbox service worker (generateSW) that
 *    precaches everything the build writes — app shell, every lazy chunk, CSS, icons — so that a
 *    first online visit makes every later visit work offline, cold start included; all but the
 *    trainer's QR reader (QR_READER_FILES), which is cached on its first use instead.
 *  - cspMeta(): the Content-Security-Policy (deploy/headers.mjs, the one list of the app's headers)
 *    as a <meta> in the built index.html, for hosts that cannot set headers, and a check that the
 *    built page has no inline script or style (the policy would block them).
 */
import type { Plugin } from 'vite';
import { withSourceLoader } from '../../scripts/sourceLoader.mjs';
import type { FaultEntry } from '../faults/registry';
import { CSP_META_CONTENT } from '../../deploy/headers.mjs';
import type { ManifestOptions, VitePWAOptions } from 'vite-plugin-pwa';

/** Light theme of app.css: --primary and --bg. */
export const THEME_COLOR = '#0b5cad';
export const BACKGROUND_COLOR = '#ffffff';

export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'POS Rescue · POS 急救',
  short_name: 'POS 急救',
  description: '刷卡机故障一步一步排除，离线可用。Fix card-terminal errors step by step, offline.',
  lang: 'zh-CN',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  categories: ['business', 'utilities'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: '/icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
  // One per fault of the registry, filled in at build time by registryShortcuts() below.
  shortcuts: [],
};

/** The manifest's shortcuts: one per fault, the guide's address, named as the home card. */
export function faultShortcuts(faults: readonly Pick<FaultEntry, 'id' | 'title'>[]) {
  return faults.map((f) => ({
    name: `${f.title.zh} · ${f.title.en}`,
    short_name: f.title.zh,
    url: `/guide/${f.id}`,
    icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
  }));
}

/**
 * `vite build`: the manifest's shortcuts from the registry (src/faults/registry.ts, the one list
 * of faults), loaded from the sources by a throwaway SSR loader before the PWA plugin reads the
 * manifest. Not imported here directly: the config bundler would follow every guide's lazy
 * import into the config.
 */
export function registryShortcuts(): Plugin {
  return {
    name: 'pos-rescue:registry-shortcuts',
    apply: 'build',
    enforce: 'pre',
    async config(config) {
      const { faults } = (await withSourceLoader(config.root ?? process.cwd(), (load) =>
        load('/src/faults/registry.ts'),
      )) as { faults: readonly FaultEntry[] };
      manifest.shortcuts = faultShortcuts(faults);
    },
  };
}

/**
 * The QR reader of the scan screen (src/practice/QrScanner.tsx) for browsers without their own
 * BarcodeDetector: the barcode-detector ponyfill and ZXing's WebAssembly, ≈ 470 KB gzip, which
 * only a trainer (or a trainee scanning a session plan) ever runs. Left out of the precache
 * (paths in dist/, globs), and cached by the runtime route below on first use.
 */
export const QR_READER_FILES = ['assets/ponyfill-*.js', 'assets/zxing_reader-*.wasm'] as const;
/** The runtime cache that holds the QR reader once fetched. */
export const QR_READER_CACHE = 'pos-rescue-qr-reader';

export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'prompt',
  // src/pwa/registerSW.ts registers with workbox-window; nothing is injected into index.html
  // except the manifest link (an injected script would also be inline or extra).
  injectRegister: false,
  manifest,
  // Icons are precached through globPatterns below; listing them twice makes duplicate entries.
  includeManifestIcons: false,
  workbox: {
    // Everything the build writes (the manifest is added by the plugin itself) but the QR
    // reader: that is what a merchant downloads on a first visit (≤ 400 KB gzip, a test holds it).
    globPatterns: ['**/*.{js,css,html,svg,png,ico,webp,woff2,json,txt}'],
    globIgnores: [...QR_READER_FILES],
    runtimeCaching: [
      {
        // The QR reader (see QR_READER_FILES), from our origin only: fetched on the first use of
        // the scan screen, then always served from its own cache, so it works offline from then
        // on. The pattern is written out here because Workbox copies this function's source into
        // sw.js (no imports there); src/pwa/pwa.config.test.ts checks it against QR_READER_FILES.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin &&
          /^\/assets\/(?:ponyfill-[\w-]+\.js|zxing_reader-[\w-]+\.wasm)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: QR_READER_CACHE,
          // One version's two files: a new version's reader replaces the old one's.
          expiration: { maxEntries: QR_READER_FILES.length },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
    // Larger files would be skipped; vite-plugin-pwa turns that into a build error.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    navigateFallback: '/index.html',
    clientsClaim: true,
    // The new version waits until the user taps "Update" (skipWaiting on message).
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    sourcemap: false,
  },
  devOptions: { enabled: false },
};

/** Inline code the policy would block, as found in an HTML string (empty when clean). */
export function inlineCodeIn(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (!/\bsrc\s*=/.test(attrs) || (m[2] ?? '').trim() !== '')
      found.push(`inline <script${attrs}>`);
  }
  for (const m of html.matchAll(/<style\b[^>]*>/gi)) found.push(`inline ${m[0]}`);
  for (const m of html.matchAll(/<[a-z][^>]*\sstyle\s*=\s*["'][^"']*["'][^>]*>/gi)) {
    found.push(`style attribute in ${m[0]}`);
  }
  for (const m of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)) {
    found.push(`event handler attribute in ${m[0]}`);
  }
  return found;
}

/**
 * `vite build` only (the dev server needs inline scripts for HMR): puts the CSP <meta> right
 * after <meta charset>, before anything it governs, and fails the build when index.html has
 * inline code (e.g. if vite-plugin-pwa's register script were switched on).
 */
export function cspMeta(): Plugin {
  return {
    name: 'pos-rescue:csp-meta',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_META_CONTENT}" />`;
        const charset = /<meta\s+charset=["']?utf-8["']?\s*\/?>/i;
        if (!charset.test(html)) throw new Error('csp-meta: index.html has no <meta charset>');
        const out = html.replace(charset, (m) => `${m}\n    ${meta}`);
        const inline = inlineCodeIn(out);
        if (inline.length > 0) {
          throw new Error(
            `csp-meta: the built index.html has inline code that the CSP blocks:\n${inline.join('\n')}`,
          );
        }
        return out;
      },
    },
  };
}
