import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../deploy/headers.mjs';
import { parseRoute } from '../infra/router';
import { faults } from '../faults/registry';
import {
  BACKGROUND_COLOR,
  cspMeta,
  faultShortcuts,
  inlineCodeIn,
  manifest,
  pwaOptions,
  QR_READER_CACHE,
  QR_READER_FILES,
  THEME_COLOR,
} from './pwa.config';

/** The repository's root (Vitest runs there). */
const repo = (...parts: string[]) => path.resolve(process.cwd(), ...parts);

describe('web app manifest', () => {
  it('has one shortcut per guide, named in Chinese and English, opening that guide', () => {
    const shortcuts = faultShortcuts(faults);
    expect(shortcuts).toHaveLength(faults.length);
    for (const fault of faults) {
      const shortcut = shortcuts.find((s) => s.url === `/guide/${fault.id}`);
      expect(shortcut, fault.id).toBeDefined();
      expect(shortcut!.name).toContain(fault.title.zh);
      expect(shortcut!.name).toContain(fault.title.en);
      expect(parseRoute(shortcut!.url, '')).toEqual({ name: 'start', fault: fault.id });
    }
  });

  it('has the icons installation needs (192, 512, maskable 512)', () => {
    const icons = manifest.icons!.map((i) => `${i.sizes} ${String(i.purpose ?? 'any')}`);
    expect(icons).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of manifest.icons!) {
      expect(() => readFileSync(repo('public', `.${icon.src}`))).not.toThrow();
    }
  });

  it('uses the colours of app.css (light theme)', () => {
    const css = readFileSync(repo('src/app/app.css'), 'utf8');
    const root = css.slice(css.indexOf(':root'), css.indexOf('}'));
    expect(root).toContain(`--primary: ${THEME_COLOR};`);
    expect(root).toContain(`--bg: ${BACKGROUND_COLOR};`);
    const html = readFileSync(repo('index.html'), 'utf8');
    expect(html).toContain(`name="theme-color" content="${THEME_COLOR}"`);
  });

  it('is standalone, zh-CN, scoped to the whole site', () => {
    expect(manifest).toMatchObject({
      display: 'standalone',
      lang: 'zh-CN',
      start_url: '/',
      scope: '/',
      id: '/',
    });
  });
});

describe('service worker options', () => {
  it('prompts for updates and registers through workbox-window (no injected script)', () => {
    expect(pwaOptions).toMatchObject({ registerType: 'prompt', injectRegister: false });
    expect(pwaOptions.workbox).toMatchObject({
      clientsClaim: true,
      skipWaiting: false,
      navigateFallback: '/index.html',
    });
  });
});

describe('the QR reader: out of the precache, cached on first use', () => {
  const route = pwaOptions.workbox!.runtimeCaching![0]!;
  const matches = (pathname: string, sameOrigin = true) =>
    (route.urlPattern as (o: { url: URL; sameOrigin: boolean }) => boolean)({
      url: new URL(pathname, 'https://pos.example'),
      sameOrigin,
    });

  it('leaves the reader’s files out of the precache', () => {
    expect(pwaOptions.workbox!.globIgnores).toEqual([...QR_READER_FILES]);
  });

  it('routes exactly those files, from our origin only, to a cache-first cache of their own', () => {
    expect(route.handler).toBe('CacheFirst');
    expect(route.options?.cacheName).toBe(QR_READER_CACHE);
    for (const glob of QR_READER_FILES) {
      const built = `/${glob.replace('*', 'B1x_-9Zq')}`;
      expect(matches(built), built).toBe(true);
      expect(matches(built, false), `${built} from another origin`).toBe(false);
    }
    for (const other of [
      '/assets/zxing_reader-B1x_-9Zq.js',
      '/assets/QrScanner-B1x_-9Zq.js',
      '/assets/start-B1x_-9Zq.js',
      '/assets/ponyfill-B1x_-9Zq.css',
      '/ponyfill-B1x_-9Zq.js',
      '/index.html',
    ])
      expect(matches(other), other).toBe(false);
  });
});

/** A policy as directive → value. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

/** The policy the build puts in index.html: cspMeta()'s own transform of a page. */
function builtMeta(): string {
  const hook = cspMeta().transformIndexHtml as { handler: (html: string) => string };
  const html = hook.handler('<html><head><meta charset="utf-8" /><title>t</title></head></html>');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html);
  expect(meta, html).not.toBeNull();
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
  return meta![1]!;
}

describe('CSP meta', () => {
  it('the built page carries every directive of the header policy but frame-ancestors', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    const meta = directives(builtMeta());
    // A browser ignores frame-ancestors in a <meta>: the header alone stops framing.
    expect(header.get('frame-ancestors')).toBe("'none'");
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });

  it('allows nothing from another origin, no inline code and no eval of script text', () => {
    for (const policy of [directives(CONTENT_SECURITY_POLICY), directives(builtMeta())]) {
      expect(policy.get('default-src')).toBe("'self'");
      expect(policy.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
      expect(policy.get('style-src')).toBe("'self'");
      expect(policy.get('connect-src')).toBe("'self'");
      expect(policy.get('object-src')).toBe("'none'");
      for (const [name, value] of policy) {
        expect(value, name).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
      }
    }
  });

  it('finds the inline code the policy would block', () => {
    expect(
      inlineCodeIn(
        '<head><script type="module" crossorigin src="/assets/index.js"></script><link rel="stylesheet" href="/a.css"></head>',
      ),
    ).toEqual([]);
    expect(inlineCodeIn('<script>alert(1)</script>')).toHaveLength(1);
    expect(inlineCodeIn('<script id="vite-plugin-pwa:inline-sw">x()</script>')).toHaveLength(1);
    expect(inlineCodeIn('<style>body{}</style>')).toHaveLength(1);
    expect(inlineCodeIn('<div style="color:red"></div>')).toHaveLength(1);
    expect(inlineCodeIn('<body onload="x()">')).toHaveLength(1);
  });
});
