// The app as a real host serves it: the shipped nginx configuration (deploy/nginx.conf, run by
// Debian's nginx on loopback) and the local server (scripts/serve.mjs) answer with the headers,
// cache rules, types and compression of deploy/headers.mjs, the one list both are written from;
// with nginx, Chromium then installs the app, its service worker takes control, and it reloads
// offline once nginx is stopped.
import { chmod, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  CACHE_CONTROL,
  CONTENT_TYPES,
  COMPRESSIBLE,
  SECURITY_HEADERS,
} from '../../deploy/headers.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { uiZh } from '../../src/i18n/ui.zh';
import { installability, launchBrowser, waitForController, type LaunchedBrowser } from './harness';
import { startNginx } from './nginx';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these request headers (fetch would add its own Accept-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The body as sent, decompressed when it was gzipped. */
function bodyOf(answer: Answer): Buffer {
  return answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body;
}

function expectSecurityHeaders(answer: Answer, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(answer.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
  }
}

let site: string;
let tmp: string;
const files: { hashedJs: string; wasm: string } = { hashedJs: '', wasm: '' };

beforeAll(async () => {
  // A copy: the servers here outlive nothing else, and a rebuild of dist/ cannot reach them.
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-web-'));
  await chmod(tmp, 0o755); // nginx's workers (`nobody` under root) read the site
  site = path.join(tmp, 'site');
  await cp(inject('distDir'), site, { recursive: true });
  const assets = await readdir(path.join(site, 'assets'));
  files.hashedJs = `/assets/${assets.find((f) => /^index-[\w-]+\.js$/.test(f))!}`;
  files.wasm = `/assets/${assets.find((f) => f.endsWith('.wasm'))!}`;
  expect(files.hashedJs).toMatch(/\.js$/);
  expect(files.wasm).toMatch(/\.wasm$/);
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const servers = [
  ['nginx (deploy/nginx.conf)', startNginx],
  ['scripts/serve.mjs', (root: string) => startServer({ root, port: 0, host: '127.0.0.1' })],
] as const;

describe.each(servers)('%s', (_name, start) => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await start(site);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends the security headers, cache rule and type of each kind of file', async () => {
    const cases = [
      ['/', 'index.html', CACHE_CONTROL.revalidate],
      ['/index.html', 'index.html', CACHE_CONTROL.revalidate],
      ['/sw.js', 'sw.js', CACHE_CONTROL.revalidate],
      ['/manifest.webmanifest', 'manifest.webmanifest', CACHE_CONTROL.revalidate],
      ['/icons/icon-192.png', 'icons/icon-192.png', CACHE_CONTROL.revalidate],
      [files.hashedJs, files.hashedJs.slice(1), CACHE_CONTROL.hashed],
      [files.wasm, files.wasm.slice(1), CACHE_CONTROL.hashed],
    ] as const;
    for (const [url, file, cache] of cases) {
      const answer = await get(server.url + url);
      expect(answer.status, url).toBe(200);
      expectSecurityHeaders(answer, url);
      expect(answer.headers['cache-control'], url).toBe(cache);
      expect(answer.headers['content-type'], url).toBe(CONTENT_TYPES[path.extname(file)]);
      expect(bodyOf(answer).equals(await readFile(path.join(site, file))), url).toBe(true);
    }
  });

  it('answers an app route with index.html, and a missing file with a 404 in plain text', async () => {
    const index = await readFile(path.join(site, 'index.html'));
    for (const route of [
      '/history',
      '/guide/keyError',
      '/incident/0b7c1c6e',
      '/practice/trainer',
    ]) {
      const answer = await get(server.url + route);
      expect(answer.status, route).toBe(200);
      expect(answer.headers['content-type'], route).toBe(CONTENT_TYPES['.html']);
      expect(answer.headers['cache-control'], route).toBe(CACHE_CONTROL.revalidate);
      expect(bodyOf(answer).equals(index), route).toBe(true);
    }
    // A script of an older release, a hashed name without extension, any other missing file.
    const missing = ['/assets/index-0ld0ld0l.js', '/assets/gone', '/workbox-0ld.js', '/x/y.png'];
    for (const url of missing) {
      const answer = await get(server.url + url);
      expect(answer.status, url).toBe(404);
      expectSecurityHeaders(answer, url);
      expect(answer.headers['content-type'], url).toBe(CONTENT_TYPES['.txt']);
      expect(answer.headers['cache-control'], url).toBe(CACHE_CONTROL.error);
      expect(bodyOf(answer).toString(), url).not.toContain('<');
    }
  });

  it('compresses text, WebAssembly included, for a client that accepts gzip only', async () => {
    for (const url of ['/', files.hashedJs, files.wasm, '/manifest.webmanifest']) {
      expect(COMPRESSIBLE).toContain(path.extname(url) || '.html');
      const plain = await get(server.url + url);
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      const gz = await get(server.url + url, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding'], url).toBe('gzip');
      expect(gz.headers.vary, url).toMatch(/Accept-Encoding/i);
      expect(gz.body.length, url).toBeLessThan(plain.body.length);
      expect(gunzipSync(gz.body).equals(plain.body), url).toBe(true);
    }
    const png = await get(server.url + '/icons/icon-192.png', { 'Accept-Encoding': 'gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
  });

  it('revalidates sw.js: the same bytes are a 304', async () => {
    const first = await get(server.url + '/sw.js', { 'Accept-Encoding': 'gzip' });
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get(server.url + '/sw.js', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe(CACHE_CONTROL.revalidate);
  });
});

describe('the app served by nginx', () => {
  let browser: LaunchedBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('installs, its service worker takes control, and it reloads offline with nginx stopped', async () => {
    const nginx = await startNginx(site);
    try {
      browser = await launchBrowser({ baseUrl: nginx.url, persistent: true, locale: 'zh-CN' });
      const { page } = browser;
      const first = await page.goto(browser.url('/'));
      // The page got the header policy (with frame-ancestors, which only a header can carry).
      expect(first?.headers()['content-security-policy']).toBe(
        SECURITY_HEADERS['Content-Security-Policy'],
      );
      await waitForController(page);
      const install = await installability(browser);
      expect(install.manifestUrl).toBe(browser.url('/manifest.webmanifest'));
      expect(install.manifestErrors).toEqual([]);
      expect(install.installabilityErrors).toEqual([]);

      await nginx.close();
      await expect(get(`${nginx.url}/`)).rejects.toThrow();
      await browser.context.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: uiZh.home.heading }).waitFor();
      await page.getByRole('status').filter({ hasText: uiZh.pwa.offline }).waitFor();
      // An app route offline: the service worker's navigation fallback, then the guide's chunk.
      await page.goto(browser.url('/guide/securityLock'));
      await page.locator('main.step h1').waitFor();
      await page.locator('.choices button').first().waitFor();
      await browser.expectClean();
    } finally {
      await nginx.close();
    }
  });
});
