// One small driver interface over the three engines a merchant's phone may run, so the core
// browser scenarios are written once (tests/browser/engines.test.ts):
//  - chromium          playwright-core + Debian's chromium (Android's Chrome, most WebViews)
//  - firefox           puppeteer-core over WebDriver BiDi + Debian's firefox-esr (Gecko)
//  - webkit            selenium-webdriver + WebKitWebDriver driving tests/engines/webkit-persistent.py,
//                      a WebKitGTK browser with a persistent data store (Safari's normal mode)
//  - webkit-ephemeral  the same driving WebKitGTK's MiniBrowser, whose automation mode always uses
//                      an ephemeral store (Safari's Private Browsing)
// Every launch is a fresh profile. Errors are collected in the page by tests/engines/probe.js
// (classic WebDriver gives no console events), so the driver needs no events of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { freePort, stopChild } from './processes';

export type EngineName = 'chromium' | 'firefox' | 'webkit' | 'webkit-ephemeral';
export const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit', 'webkit-ephemeral'];

export type Locale = 'en-US' | 'zh-CN';

export interface Driver {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /**
   * Runs `fn` in the page with one JSON argument and returns its JSON result. `fn` must be
   * self-contained (it is sent as source text).
   */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** A real click (the driver's own input) on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Types into a text field, as a keyboard does. */
  type(selector: string, text: string): Promise<void>;
  /** Chooses a file in an <input type="file">. */
  upload(selector: string, filePath: string): Promise<void>;
  close(): Promise<void>;
}

export const PHONE = { width: 360, height: 740 } as const;

const here = path.dirname(fileURLToPath(import.meta.url));
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_PATH = '/usr/bin/Xvfb';
const PERSISTENT_WEBKIT = path.join(here, 'webkit-persistent.py');

/** What an engine needs on this machine (scripts/ensure-deps.sh installs it). */
export function missingFor(engine: EngineName): string[] {
  const need: Record<EngineName, string[]> = {
    chromium: [CHROMIUM_PATH],
    firefox: [FIREFOX_PATH],
    webkit: [WEBKIT_DRIVER_PATH, XVFB_PATH, '/usr/bin/python3'],
    'webkit-ephemeral': [WEBKIT_DRIVER_PATH, XVFB_PATH, MINIBROWSER_PATH],
  };
  return need[engine].filter((p) => !existsSync(p));
}

// ---- chromium (playwright-core) ---------------------------------------------------------------

async function launchChromium(locale: Locale): Promise<Driver> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const context = await browser.newContext({ locale, viewport: PHONE });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  return {
    engine: 'chromium',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.locator(selector).first().click(),
    type: (selector, text) => page.locator(selector).first().pressSequentially(text),
    upload: (selector, file) => page.locator(selector).first().setInputFiles(file),
    close: () => browser.close(),
  };
}

// ---- firefox (puppeteer-core, WebDriver BiDi) -------------------------------------------------

async function launchFirefox(locale: Locale): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      'intl.accept_languages': locale === 'zh-CN' ? 'zh-CN, zh' : 'en-US, en',
      'intl.locale.requested': locale,
    },
  });
  const page = await browser.newPage();
  await page.setViewport(PHONE);
  page.setDefaultTimeout(20_000);
  return {
    engine: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    async upload(selector, file) {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(file);
    },
    close: () => browser.close(),
  };
}

// ---- webkit (selenium-webdriver + WebKitWebDriver, under an Xvfb of our own) ------------------

/** The page side of `evaluate` under classic WebDriver: async script, JSON both ways. */
function asyncScript(fn: (arg: never) => unknown): string {
  return `const done = arguments[arguments.length - 1];
    const fn = (${fn.toString()});
    Promise.resolve()
      .then(() => fn(JSON.parse(arguments[0])))
      .then((v) => done(JSON.stringify({ ok: v === undefined ? null : v })),
            (e) => done(JSON.stringify({ error: String((e && e.stack) || e) })));`;
}

async function launchWebKit(locale: Locale, ephemeral: boolean): Promise<Driver> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-webkit-'));
  let xvfb: ChildProcess | undefined;
  let wkdriver: ChildProcess | undefined;
  let driver: WebDriver | undefined;
  const cleanup = async () => {
    await driver?.quit().catch(() => undefined);
    await stopChild(wkdriver);
    await stopChild(xvfb);
    await rm(tmp, { recursive: true, force: true });
  };
  try {
    // A display number of our own (Xvfb refuses one in use: try a few).
    let display = '';
    for (let attempt = 0; attempt < 20 && !display; attempt++) {
      const n = 100 + Math.floor(Math.random() * 800);
      const child = spawn(XVFB_PATH, [`:${n}`, '-screen', '0', '1024x900x24', '-nolisten', 'tcp'], {
        stdio: 'ignore',
      });
      const ok = await new Promise<boolean>((resolve) => {
        const t = setTimeout(() => resolve(existsSync(`/tmp/.X11-unix/X${n}`)), 700);
        child.once('exit', () => {
          clearTimeout(t);
          resolve(false);
        });
      });
      if (ok) {
        xvfb = child;
        display = `:${n}`;
      } else await stopChild(child);
    }
    if (!display) throw new Error('could not start Xvfb');

    // GTK's toolbar keeps MiniBrowser's window wider than a phone unless it is shrunk.
    const gtkDir = path.join(tmp, 'config', 'gtk-3.0');
    await mkdir(gtkDir, { recursive: true });
    await writeFile(
      path.join(gtkDir, 'gtk.css'),
      '* { min-width: 0; padding: 0; margin: 0; font-size: 1px; }\n',
    );
    const port = await freePort();
    const lang = locale === 'zh-CN' ? 'zh_CN.UTF-8' : 'en_US.UTF-8';
    wkdriver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
      stdio: 'ignore',
      env: {
        ...process.env,
        DISPLAY: display,
        LANG: lang,
        LC_ALL: lang,
        LANGUAGE: locale === 'zh-CN' ? 'zh_CN:zh' : 'en_US:en',
        XDG_CONFIG_HOME: path.join(tmp, 'config'),
        XDG_DATA_HOME: path.join(tmp, 'data'),
        XDG_CACHE_HOME: path.join(tmp, 'cache'),
        HOME: tmp,
        WEBKIT_DISABLE_COMPOSITING_MODE: '1',
        LIBGL_ALWAYS_SOFTWARE: '1',
      },
    });
    const browserOptions = ephemeral
      ? { binary: MINIBROWSER_PATH, args: ['--automation'] }
      : {
          binary: '/usr/bin/python3',
          args: [PERSISTENT_WEBKIT, '--automation', `--data-dir=${path.join(tmp, 'profile')}`],
        };
    const server = `http://127.0.0.1:${port}`;
    // WebKitWebDriver takes a moment to listen.
    for (let i = 0; i < 50; i++) {
      const up = await fetch(`${server}/status`).then(
        () => true,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    driver = await new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: ephemeral ? 'MiniBrowser' : 'PosRescueWebKit',
        'webkitgtk:browserOptions': browserOptions,
      })
      .build();
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000, implicit: 0 });
    await driver
      .manage()
      .window()
      .setRect({ width: PHONE.width, height: PHONE.height })
      .catch(() => undefined);
  } catch (e) {
    await cleanup();
    throw e;
  }
  const d = driver;
  const element = async (selector: string) => d.findElement(By.css(selector));
  return {
    engine: ephemeral ? 'webkit-ephemeral' : 'webkit',
    goto: (url) => d.get(url),
    reload: () => d.navigate().refresh(),
    async evaluate(fn, arg) {
      const raw = await d.executeAsyncScript<string>(asyncScript(fn), JSON.stringify(arg ?? null));
      const result = JSON.parse(raw) as { ok?: unknown; error?: string };
      if (result.error !== undefined) throw new Error(`in the page: ${result.error}`);
      return result.ok as never;
    },
    click: async (selector) => (await element(selector)).click(),
    type: async (selector, text) => (await element(selector)).sendKeys(text),
    upload: async (selector, file) => (await element(selector)).sendKeys(file),
    close: cleanup,
  };
}

export function launch(engine: EngineName, locale: Locale): Promise<Driver> {
  switch (engine) {
    case 'chromium':
      return launchChromium(locale);
    case 'firefox':
      return launchFirefox(locale);
    case 'webkit':
      return launchWebKit(locale, false);
    case 'webkit-ephemeral':
      return launchWebKit(locale, true);
  }
}
