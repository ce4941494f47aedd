// The harness's own rule for aborted loads: a same-origin load cut off by the test's own
// navigation is not a failure (CI was flaky on idle prefetches cut off by page.goto); a load
// that fails while the page stays — aborted or not — is one, because the user would see it.
import { afterEach, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './harness';

let browser: LaunchedBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('the harness and aborted loads', () => {
  it('ignores a load the test aborted by navigating away', async () => {
    browser = await launchBrowser({ locale: 'en-US' });
    const { page } = browser;
    await page.goto(browser.url('/'));
    // A chunk that never arrives, like an idle prefetch on a busy machine.
    await page.route('**/assets/never-arrives.js', () => undefined);
    const started = page.waitForEvent('request', (r) => r.url().endsWith('/never-arrives.js'));
    const aborted = page.waitForEvent('requestfailed');
    await page.evaluate(() => void fetch('/assets/never-arrives.js').catch(() => undefined));
    await started;
    await page.goto(browser.url('/history'));
    expect((await aborted).failure()?.errorText).toBe('net::ERR_ABORTED');
    await browser.expectClean();
  });

  it("ignores a load the old page started while the test's navigation was on its way", async () => {
    // No service worker, so the navigation goes through page.route and can be held.
    browser = await launchBrowser({ locale: 'en-US', contextOptions: { serviceWorkers: 'block' } });
    const { page } = browser;
    await page.goto(browser.url('/'));
    await page.route('**/assets/never-arrives.js', () => undefined);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/history', async (route) => {
      await held;
      await route.continue();
    });
    const navigationSent = page.waitForEvent('request', (r) => r.url().endsWith('/history'));
    const started = page.waitForEvent('request', (r) => r.url().endsWith('/never-arrives.js'));
    const aborted = page.waitForEvent('requestfailed', (r) =>
      r.url().endsWith('/never-arrives.js'),
    );
    // The test navigates; the old page lives on until the new one commits, and its prefetch
    // starts in between. The commit cuts it off.
    await page.evaluate(() => {
      location.assign('/history');
      setTimeout(() => void fetch('/assets/never-arrives.js').catch(() => undefined), 50);
    });
    await navigationSent;
    await started;
    release();
    await page.waitForURL('**/history');
    expect((await aborted).failure()?.errorText).toBe('net::ERR_ABORTED');
    await browser.expectClean();
  });

  it('reports a load that fails while the page stays, aborted or not', async () => {
    browser = await launchBrowser({ locale: 'en-US' });
    const { page } = browser;
    await page.goto(browser.url('/'));
    await page.route('**/assets/aborted.js', (route) => route.abort('aborted'));
    await page.route('**/assets/failed.js', (route) => route.abort('failed'));
    await page.evaluate(async () => {
      await fetch('/assets/aborted.js').catch(() => undefined);
      await fetch('/assets/failed.js').catch(() => undefined);
    });
    const clean = browser.expectClean();
    await expect(clean).rejects.toThrow(/aborted\.js: net::ERR_ABORTED/);
    await expect(browser.expectClean()).rejects.toThrow(/failed\.js: net::ERR_FAILED/);
  });
});
