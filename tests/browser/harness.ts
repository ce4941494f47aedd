// Browser harness for the 'browser' Vitest project: Debian's chromium driven
// by playwright-core, one fresh profile per launch (so no service worker,
// IndexedDB or cache leaks from one test into the next), and collectors for
// everything a clean page must not produce.
//
//   const b = await launchBrowser({ locale: 'zh-CN' });
//   await b.page.goto(b.url('/'));
//   ...
//   await b.expectClean();
//   await b.close();
//
// Tests that need to stop the server (offline checks) start their own with
// `serveDist()` instead of using the shared one at `inject('baseUrl')`.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Request,
} from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';

export { CHROMIUM_FLAGS, CHROMIUM_PATH };

export const PHONE_VIEWPORT = { width: 360, height: 740 } as const;

export interface LaunchOptions {
  /**
   * A persistent profile (launchPersistentContext on a fresh temp dir): needed
   * for installability checks, which an incognito context always fails.
   */
  persistent?: boolean;
  locale?: 'zh-CN' | 'en-US';
  /** Defaults to a 360×740 phone. */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark' | 'no-preference';
  /** The app's origin; requests elsewhere are reported. Defaults to `inject('baseUrl')`. */
  baseUrl?: string;
  /** Anything else for the context (reducedMotion, timezoneId, …). */
  contextOptions?: BrowserContextOptions;
  /** Extra chromium flags after CHROMIUM_FLAGS (e.g. a fake camera fed from a file). */
  extraArgs?: readonly string[];
}

export interface CspViolation {
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
  documentURI: string;
}

export interface Issues {
  consoleErrors: string[];
  pageErrors: string[];
  /** Network failures and HTTP responses with status >= 400. */
  failedRequests: string[];
  /** Any http(s)/ws(s) request to an origin other than the app's. */
  crossOriginRequests: string[];
  cspViolations: string[];
}

export interface ExpectCleanOptions {
  /** Issues matching one of these are not reported (e.g. expected failures while offline). */
  allow?: RegExp[];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The first page, already open. */
  page: Page;
  /** The app's origin, no trailing slash. */
  baseUrl: string;
  /** Absolute URL of a path in the app. */
  url(pathname?: string): string;
  /** Everything collected so far, for tests that assert on it themselves. */
  issues: Issues;
  newPage(): Promise<Page>;
  /** Throws with the list of console errors, page errors, failed/cross-origin requests and CSP violations. */
  expectClean(options?: ExpectCleanOptions): Promise<void>;
  /** Forgets what was collected so far (e.g. after an expected offline phase). */
  clearIssues(): void;
  /** Closes the browser and removes the temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
    __reportCspViolation?: (violation: CspViolation) => Promise<void>;
  }
}

/** Runs in every frame before any page script: records CSP violations. */
function cspCollector(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation = {
      violatedDirective: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
      sample: event.sample,
      documentURI: event.documentURI,
    };
    window.__cspViolations?.push(violation);
    // The binding survives navigations, so nothing is lost on a reload.
    void window.__reportCspViolation?.(violation);
  });
}

const open = new Set<LaunchedBrowser>();

// Safety net: a test that threw before close() must not leave chromium running.
afterAll(async () => {
  await Promise.allSettled([...open].map((b) => b.close()));
});

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const baseUrl = (options.baseUrl ?? inject('baseUrl')).replace(/\/+$/, '');
  const appOrigin = new URL(baseUrl).origin;
  const contextOptions: BrowserContextOptions = {
    viewport: options.viewport ?? PHONE_VIEWPORT,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...options.contextOptions,
  };
  const launchOptions = {
    executablePath: CHROMIUM_PATH,
    // headless: true also makes Playwright hide scrollbars (a 360 px viewport
    // stays 360 px wide) and emulate a touch pointer; `--headless` is in the
    // flags as well.
    headless: true,
    args: [...CHROMIUM_FLAGS, ...(options.extraArgs ?? [])],
  };

  let browser: Browser | undefined;
  let context: BrowserContext;
  let profileDir: string | undefined;
  if (options.persistent) {
    profileDir = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-profile-'));
    try {
      context = await chromium.launchPersistentContext(profileDir, {
        ...launchOptions,
        ...contextOptions,
      });
    } catch (err) {
      await rm(profileDir, { recursive: true, force: true });
      throw err;
    }
  } else {
    // launch() runs chromium on a temp profile of Playwright's own, removed on close.
    browser = await chromium.launch(launchOptions);
    context = await browser.newContext(contextOptions);
  }
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);

  const issues: Issues = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    crossOriginRequests: [],
    cspViolations: [],
  };

  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url;
    issues.consoleErrors.push(where ? `${msg.text()} (${where})` : msg.text());
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    issues.pageErrors.push(error.stack ?? `${error.name}: ${error.message}`);
  });
  // A same-origin load aborted because the test itself navigated away (an idle prefetch of a
  // lazy chunk, cut off by page.goto or a reload) is no failure: the user who navigates does
  // not see it either. That is a load that started before the navigation, or while it was on its
  // way (the old page lives until the new one commits, and its prefetch may start then). Any
  // other failed load is, aborted or not.
  const navigations = new WeakMap<Page, number>();
  const navigating = new WeakSet<Page>();
  const startedAt = new WeakMap<Request, { navigations: number; whileNavigating: boolean }>();
  const pageOf = (request: Request): Page | undefined => {
    try {
      return request.frame().page();
    } catch {
      return undefined; // a service worker's own request
    }
  };
  const isMainNavigation = (request: Request, p: Page) =>
    request.isNavigationRequest() && request.frame() === p.mainFrame();
  const watchCommits = (p: Page) =>
    p.on('framenavigated', (frame) => {
      if (frame === p.mainFrame()) navigating.delete(p);
    });
  context.pages().forEach(watchCommits);
  context.on('page', watchCommits);
  context.on('request', (request) => {
    const p = pageOf(request);
    if (!p) return;
    if (isMainNavigation(request, p)) {
      navigations.set(p, (navigations.get(p) ?? 0) + 1);
      navigating.add(p);
      return;
    }
    startedAt.set(request, {
      navigations: navigations.get(p) ?? 0,
      whileNavigating: navigating.has(p),
    });
  });
  const abortedByOwnNavigation = (request: Request, reason: string): boolean => {
    if (reason !== 'net::ERR_ABORTED' || request.method() !== 'GET') return false;
    if (new URL(request.url()).origin !== appOrigin || request.isNavigationRequest()) return false;
    const p = pageOf(request);
    const started = startedAt.get(request);
    if (!p || !started) return false;
    return (
      p.isClosed() || started.whileNavigating || (navigations.get(p) ?? 0) > started.navigations
    );
  };
  // A navigation that never commits (a 204, a download) ends with its request.
  context.on('requestfinished', (request) => {
    const p = pageOf(request);
    if (p && isMainNavigation(request, p)) navigating.delete(p);
  });
  context.on('requestfailed', (request) => {
    const p = pageOf(request);
    if (p && isMainNavigation(request, p)) navigating.delete(p); // it never commits
    const reason = request.failure()?.errorText ?? 'failed';
    if (abortedByOwnNavigation(request, reason)) return;
    issues.failedRequests.push(`${request.method()} ${request.url()}: ${reason}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) {
      const request = response.request();
      issues.failedRequests.push(
        `${request.method()} ${response.url()}: HTTP ${response.status()}`,
      );
    }
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!/^(https?|wss?):$/.test(url.protocol)) return; // data:, blob:, chrome-extension:, …
    if (url.origin !== appOrigin) {
      issues.crossOriginRequests.push(`${request.method()} ${request.url()}`);
    }
  });
  await context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
    issues.cspViolations.push(
      `${violation.violatedDirective} blocked ${violation.blockedURI || '(inline)'}` +
        ` in ${violation.sourceFile || violation.documentURI}` +
        (violation.lineNumber ? `:${violation.lineNumber}` : '') +
        (violation.sample ? ` «${violation.sample}»` : ''),
    );
  });
  await context.addInitScript(cspCollector);

  const page = context.pages()[0] ?? (await context.newPage());

  let closing: Promise<void> | undefined;
  const launched: LaunchedBrowser = {
    context,
    page,
    baseUrl,
    url: (pathname = '/') => new URL(pathname, baseUrl + '/').href,
    issues,
    newPage: () => context.newPage(),
    async expectClean({ allow = [] }: ExpectCleanOptions = {}) {
      // A round trip through each page lets pending violation reports arrive.
      await Promise.allSettled(context.pages().map((p) => p.evaluate(() => 0)));
      const sections: [string, string[]][] = [
        ['console errors', issues.consoleErrors],
        ['page errors', issues.pageErrors],
        ['failed requests', issues.failedRequests],
        ['cross-origin requests', issues.crossOriginRequests],
        ['CSP violations', issues.cspViolations],
      ];
      const report = sections
        .map(
          ([title, list]) => [title, list.filter((x) => !allow.some((re) => re.test(x)))] as const,
        )
        .filter(([, list]) => list.length > 0)
        .map(
          ([title, list]) =>
            `${title} (${list.length}):\n${list.map((x) => `  - ${x}`).join('\n')}`,
        );
      if (report.length > 0) {
        throw new Error(`The page was not clean:\n${report.join('\n')}`);
      }
    },
    clearIssues() {
      for (const list of Object.values(issues) as string[][]) list.length = 0;
    },
    close() {
      closing ??= (async () => {
        open.delete(launched);
        try {
          await context.close();
          await browser?.close();
        } finally {
          if (profileDir) await rm(profileDir, { recursive: true, force: true });
        }
      })();
      return closing;
    },
  };
  open.add(launched);
  return launched;
}

/** With clientsClaim the page is controlled once the worker activated, i.e. precaching is done. */
export async function waitForController(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 20_000,
  });
}

/**
 * What Chromium says about installing the page (a `persistent` launch: an incognito context
 * always answers "in-incognito"): the manifest it found, the manifest's errors, and the
 * installability errors.
 */
export async function installability(b: LaunchedBrowser, page: Page = b.page) {
  const cdp = await b.context.newCDPSession(page);
  try {
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: { message: string; critical: number }[];
    };
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    return { manifestUrl: manifest.url, manifestErrors: manifest.errors, installabilityErrors };
  } finally {
    await cdp.detach();
  }
}

/**
 * Serves dist/ on its own server, which the test may stop and restart (on the
 * same port, so the service worker's origin stays the same). Call `close()`.
 */
export function serveDist(port = 0): Promise<RunningServer> {
  return startServer({ root: inject('distDir'), port, host: '127.0.0.1' });
}
