// The installable, offline app in a real browser (Debian's chromium, fresh profile per test).
//
// Offline means offline here: each test serves its own copy of the build and STOPS that server
// for the offline part (context.setOffline does not cover the service worker's own fetches, so
// a test could otherwise pass while the server still answers). The copies also keep these tests
// independent of anyone rebuilding dist/ meanwhile.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { uiEn } from '../../src/i18n/ui.en';
import { uiZh } from '../../src/i18n/ui.zh';
import { installTextZh } from '../../src/pwa/install.text.zh';
import { installability, launchBrowser, waitForController, type LaunchedBrowser } from './harness';

const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230303 MMWEBID/6973 MicroMessenger/8.0.34.2340(0x2800225B) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** Copy of dist/ as built (version A) and a copy with a changed service worker (version B). */
let versionA: string;
let versionB: string;
let tmpRoot: string;

beforeAll(async () => {
  tmpRoot = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-pwa-'));
  versionA = path.join(tmpRoot, 'a');
  versionB = path.join(tmpRoot, 'b');
  await cp(inject('distDir'), versionA, { recursive: true });
  await cp(versionA, versionB, { recursive: true });
  // Version B: a different index.html (marked) with its new revision in the precache list, so
  // sw.js changes byte-wise and the browser installs it as an update.
  const html = await readFile(path.join(versionB, 'index.html'), 'utf8');
  await writeFile(
    path.join(versionB, 'index.html'),
    html.replace('<title>', '<meta name="pos-rescue-build" content="B" />\n    <title>'),
  );
  const sw = await readFile(path.join(versionB, 'sw.js'), 'utf8');
  const changed = sw.replace(
    /(url:\s*"index\.html",\s*revision:\s*")[0-9a-f]+"/,
    '$1b0000000000000000000000000000b"',
  );
  expect(changed, 'index.html revision found in sw.js').not.toBe(sw);
  await writeFile(path.join(versionB, 'sw.js'), changed);
});

afterAll(async () => {
  if (tmpRoot) await rm(tmpRoot, { recursive: true, force: true });
});

let browser: LaunchedBrowser | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await browser?.close();
  await server?.close();
  browser = undefined;
  server = undefined;
});

async function serve(root: string, port = 0): Promise<RunningServer> {
  server = await startServer({ root, port, host: '127.0.0.1' });
  return server;
}

/** What changes with every answer: the route, the step's state and its number. */
function stepKey(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    return [
      location.pathname,
      main?.className,
      main?.getAttribute('data-state'),
      document.querySelector('.progress-row span')?.textContent,
    ].join('|');
  });
}

async function answerFirstChoice(page: Page): Promise<void> {
  const before = await stepKey(page);
  await page.locator('.choices button').first().click();
  await page.waitForFunction((b) => {
    const main = document.querySelector('main');
    const key = [
      location.pathname,
      main?.className,
      main?.getAttribute('data-state'),
      document.querySelector('.progress-row span')?.textContent,
    ].join('|');
    return (
      key !== b &&
      (main?.classList.contains('end') || document.querySelector('.choices button:not([disabled])'))
    );
  }, before);
}

/** Home → first fault card → first choice each time until an end screen. Returns the answers. */
async function walkFirstGuideToEnd(page: Page): Promise<number> {
  await page.locator('a.fault-card').first().click();
  await page.locator('.choices button').first().waitFor();
  for (let answers = 0; answers < 40; answers++) {
    if (await page.locator('main.end').count()) return answers;
    await answerFirstChoice(page);
  }
  throw new Error('no end screen after 40 answers');
}

async function goOffline(b: LaunchedBrowser): Promise<void> {
  const url = server!.url;
  await server!.close();
  // Really gone: nothing answers on the app's origin any more.
  await expect(fetch(`${url}/index.html`)).rejects.toThrow();
  // Also tells the page (navigator.onLine → the offline status line).
  await b.context.setOffline(true);
}

describe('offline app', () => {
  it('after one online visit, works with the server gone: reload, a whole guide, a cold start', async () => {
    const s = await serve(versionA);
    browser = await launchBrowser({ baseUrl: s.url, locale: 'zh-CN' });
    const { page } = browser;
    await page.goto(browser.url('/'));
    await page.locator('h1').waitFor();
    await waitForController(page);
    // First install: the "ready to work offline" bar.
    await page.getByText(uiZh.pwa.offlineReady).waitFor();

    await goOffline(browser);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: uiZh.home.heading }).waitFor();
    await page.getByRole('status').filter({ hasText: uiZh.pwa.offline }).waitFor();
    // The guide's lazy chunk was never loaded online: it comes from the precache.
    const answers = await walkFirstGuideToEnd(page);
    expect(answers).toBeGreaterThan(0);
    await page.locator('main.end h1').waitFor();

    // Cold start: no running service worker, a new tab, still no server.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.close();
    const cold = await browser.newPage();
    await cold.goto(browser.url('/guide/pinEntry'));
    await cold.locator('main.step h1').waitFor();
    expect(new URL(cold.url()).pathname).toMatch(/^\/incident\/[\w-]+$/);

    await browser.expectClean();
  });

  it('a started incident survives an offline reload on the same question', async () => {
    const s = await serve(versionA);
    browser = await launchBrowser({ baseUrl: s.url, locale: 'en-US' });
    const { page } = browser;
    await page.goto(browser.url('/'));
    await waitForController(page);
    await page.locator('a.fault-card').first().click();
    await page.locator('.choices button').first().waitFor();
    await answerFirstChoice(page);
    await answerFirstChoice(page);
    await page.locator('main.step h1').waitFor();
    const url = page.url();
    const heading = await page.locator('main h1').textContent();
    expect(new URL(url).pathname).toMatch(/^\/incident\/[\w-]+$/);

    await goOffline(browser);
    await page.reload();
    await page.locator('main.step h1').waitFor();
    expect(page.url()).toBe(url);
    expect(await page.locator('main h1').textContent()).toBe(heading);
    await page.getByRole('status').filter({ hasText: uiEn.pwa.offline }).waitFor();

    await browser.expectClean();
  });
});

describe('installable', () => {
  it('has no installability errors; every manifest shortcut opens its guide', async () => {
    const s = await serve(versionA);
    browser = await launchBrowser({ baseUrl: s.url, persistent: true, locale: 'zh-CN' });
    const { page } = browser;
    await page.goto(browser.url('/'));
    await waitForController(page);

    const install = await installability(browser);
    expect(install.manifestUrl).toBe(browser.url('/manifest.webmanifest'));
    expect(install.manifestErrors).toEqual([]);
    expect(install.installabilityErrors).toEqual([]);

    // Chromium offers installation (beforeinstallprompt, kept by installPrompt.ts before React
    // mounted): the install help shows the one-tap button.
    await page.getByRole('link', { name: uiZh.pwa.entry }).click();
    await page.getByRole('heading', { level: 1, name: installTextZh.heading }).waitFor();
    await page.getByRole('button', { name: installTextZh.button }).waitFor();

    const webManifest = JSON.parse(
      await readFile(path.join(versionA, 'manifest.webmanifest'), 'utf8'),
    ) as { shortcuts: { url: string }[] };
    expect(webManifest.shortcuts).toHaveLength(4);
    for (const shortcut of webManifest.shortcuts) {
      await page.goto(browser.url(shortcut.url));
      await page.locator('main.step h1').waitFor();
      await page.locator('.choices button').first().waitFor();
    }

    await browser.expectClean();
  });
});

describe('update', () => {
  it('a new version waits for the tap, then reloads on the same question', async () => {
    const s = await serve(versionA);
    browser = await launchBrowser({ baseUrl: s.url, locale: 'zh-CN' });
    const { page } = browser;
    await page.goto(browser.url('/'));
    await waitForController(page);
    await page.locator('a.fault-card').first().click();
    await page.locator('.choices button').first().waitFor();
    await answerFirstChoice(page);
    const url = page.url();
    const heading = await page.locator('main h1').textContent();

    // Version B replaces A on the same origin; the next navigation finds the new worker.
    await s.close();
    await serve(versionB, s.port);
    await page.reload();
    const update = page.getByRole('button', { name: uiZh.pwa.update.button });
    await update.waitFor({ timeout: 20_000 });
    // It waits: still version A, still the same question.
    await page.waitForTimeout(500);
    expect(await page.locator('meta[name="pos-rescue-build"]').count()).toBe(0);
    expect(page.url()).toBe(url);
    expect(await page.locator('main h1').textContent()).toBe(heading);

    await Promise.all([page.waitForEvent('load'), update.click()]);
    await page.locator('meta[name="pos-rescue-build"][content="B"]').waitFor({ state: 'attached' });
    await page.locator('main.step h1').waitFor();
    expect(page.url()).toBe(url);
    expect(await page.locator('main h1').textContent()).toBe(heading);
    expect(await page.getByRole('button', { name: uiZh.pwa.update.button }).count()).toBe(0);

    await browser.expectClean();
  });
});

describe('WeChat', () => {
  it('shows the open-in-browser help instead of install steps', async () => {
    const s = await serve(versionA);
    browser = await launchBrowser({
      baseUrl: s.url,
      locale: 'zh-CN',
      contextOptions: { userAgent: WECHAT_UA },
    });
    const { page } = browser;
    await page.goto(browser.url('/'));
    await page.getByText(uiZh.pwa.inAppBanner.heading).waitFor();
    await page.getByRole('link', { name: uiZh.pwa.inAppBanner.link }).click();
    await page.getByRole('heading', { level: 1, name: installTextZh.heading }).waitFor();
    const primary = page.locator('.install-primary');
    await primary
      .getByRole('heading', { name: installTextZh.inApp.heading.replace('{app}', '微信') })
      .waitFor();
    await primary.getByText(installTextZh.inApp.steps[1]!).waitFor();
    expect(await page.getByRole('button', { name: installTextZh.button }).count()).toBe(0);

    await browser.expectClean();
  });
});
