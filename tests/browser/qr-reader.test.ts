// The trainer's QR reader (the barcode-detector ponyfill and ZXing's WebAssembly, ≈ 470 KB) is
// not in what a first visit installs: it is fetched on the first use of the scan screen and kept
// by the service worker's own runtime cache, so it works offline from then on. Before that, with
// no connection, the screen says so plainly. In the built app, zh-CN, 360×740, a fake camera
// showing a session-plan code, and the server really stopped for the offline parts (a stopped
// server is the only offline the service worker's own fetches see).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import type { RunningServer } from '../../scripts/serve.mjs';
import { format } from '../../src/i18n/i18n';
import { practiceTextZh } from '../../src/practice/practice.text.zh';
import { QR_READER_KB } from '../../src/practice/qrReader';
import { loadScenarios, scenarioById } from '../../src/practice/scenarios';
import { QR_READER_CACHE } from '../../src/pwa/pwa.config';
import { fakeCameraArgs, qrOnScreen, writeCameraFile } from './fakeCamera';
import { launchBrowser, PHONE_VIEWPORT, serveDist, type LaunchedBrowser } from './harness';

const p = practiceTextZh;
await loadScenarios();
const size = `${QR_READER_KB} KB`;

let dir = '';
let browser: LaunchedBrowser | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await Promise.allSettled([browser?.close(), server?.close()]);
  [browser, server] = [undefined, undefined];
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The reader's two files in dist/ (the runtime route's), as the page requests them. */
async function readerFiles(): Promise<string[]> {
  const assets = await readdir(path.join(inject('distDir'), 'assets'));
  const files = assets.filter((f) => /^(ponyfill-[\w-]+\.js|zxing_reader-[\w-]+\.wasm)$/.test(f));
  expect(files).toHaveLength(2);
  return files.map((f) => `/assets/${f}`);
}

/** The paths the page's Cache Storage holds: in the reader's own cache, and in any cache. */
function cached(page: Page, paths: string[]) {
  return page.evaluate(
    async ({ paths, name }) => {
      const own = await caches.open(name);
      const out: Record<string, { own: boolean; any: boolean }> = {};
      for (const p of paths) {
        out[p] = {
          own: (await own.match(p)) !== undefined,
          any: (await caches.match(p)) !== undefined,
        };
      }
      return out;
    },
    { paths, name: QR_READER_CACHE },
  );
}

/** The trainee's chooser: types a name and opens the scan screen. */
async function openScanner(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('textbox', { name: p.traineeLabel }).fill('Li');
  await page.getByRole('button', { name: p.qr.scanPlan }).click();
}

async function stopServer(): Promise<void> {
  const url = server!.url;
  await server!.close();
  await expect(fetch(`${url}/index.html`)).rejects.toThrow();
}

describe('the QR reader, fetched on first use and kept for offline', () => {
  it('is not precached; offline before its first use it says so; then it works offline', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-qr-reader-'));
    const camera = path.join(dir, 'camera.y4m');
    await writeCameraFile(camera, []);
    server = await serveDist();
    const port = server.port;
    browser = await launchBrowser({
      baseUrl: server.url,
      locale: 'zh-CN',
      viewport: PHONE_VIEWPORT,
      extraArgs: fakeCameraArgs(camera),
    });
    await browser.context.grantPermissions(['camera'], { origin: browser.baseUrl });
    const { page } = browser;
    const files = await readerFiles();

    // The trainer's session code, for the camera (this phone plays the trainer first).
    await page.goto(browser.url('/practice/trainer'));
    await page.getByRole('heading', { level: 1, name: p.trainer.heading }).waitFor();
    for (const id of ['keyError-a0-signIn', 'securityLock-tamper'])
      await page.getByRole('checkbox', { name: scenarioById(id)!.title.zh }).check();
    await page.getByRole('button', { name: p.plan.show }).click();
    await writeCameraFile(camera, [await qrOnScreen(page)]);

    // Installed: the service worker controls the page, its precache is complete — without the
    // reader, which nothing has asked for yet.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
      timeout: 30_000,
    });
    for (const [file, where] of Object.entries(await cached(page, files)))
      expect(where, file).toEqual({ own: false, any: false });

    // Offline before the first scan: an honest message, and no reader.
    await stopServer();
    await openScanner(page, browser.url('/practice'));
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      format(p.qr.needsConnection, { size }),
    );
    await expect(page.locator('.qr-scanner').getAttribute('data-decoder')).resolves.toBe('');
    await page.getByRole('button', { name: p.qr.stop }).click();

    // Back online, the same screen: the reader downloads, reads the code, and is kept.
    server = await serveDist(port);
    await page.getByRole('button', { name: p.qr.scanPlan }).click();
    await page.getByText(format(p.qr.gotPlan, { n: 2 })).waitFor({ timeout: 30_000 });
    for (const [file, where] of Object.entries(await cached(page, files)))
      expect(where, file).toEqual({ own: true, any: true });

    // Offline again, a new page load: the scan screen reads the code from the cached reader.
    await stopServer();
    await openScanner(page, browser.url('/practice'));
    await page.getByText(format(p.qr.gotPlan, { n: 2 })).waitFor({ timeout: 30_000 });
    // Debian's chromium has no BarcodeDetector: this was ZXing, from the cache.
    const native = await page.evaluate(() => 'BarcodeDetector' in window);
    expect(native).toBe(false);

    await browser.expectClean({
      // The reader's files (and the page's own requests) while the server was stopped.
      allow: [/ponyfill-|zxing_reader-|Failed to fetch|ERR_CONNECTION_REFUSED|net::ERR_FAILED/],
    });
  }, 120_000);
});
