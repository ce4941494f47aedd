// The home screen is painted from HTML (prerendered at build time in both languages, see
// scripts/prerender-plugin.ts), in the language the app will use, and the app takes it over
// without rebuilding it: no hydration error, the same DOM nodes, no layout shift. Other
// addresses never show the prerendered home.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { uiEn } from '../../src/i18n/ui.en';
import { uiZh } from '../../src/i18n/ui.zh';
import { launchBrowser, PHONE_VIEWPORT, type LaunchedBrowser } from './harness';
import { responseCodes } from '../../src/lookup/responseCodes';

let browser: LaunchedBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** The home's <h1>s that are displayed (not display:none). */
function shownHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1')]
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => h.textContent ?? ''),
  );
}

/** Blocks the app's module scripts: what shows then is the HTML alone. */
async function withoutApp(page: Page): Promise<void> {
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
}

describe('prerendered home screen', () => {
  it.each([
    { locale: 'zh-CN', stored: null, heading: uiZh.home.heading, lang: 'zh-CN' },
    { locale: 'en-US', stored: null, heading: uiEn.home.heading, lang: 'en' },
    { locale: 'en-US', stored: 'zh', heading: uiZh.home.heading, lang: 'zh-CN' },
  ] as const)(
    '$locale (stored choice: $stored) shows one copy, in $lang, before any app script runs',
    async ({ locale, stored, heading, lang }) => {
      browser = await launchBrowser({ locale, viewport: PHONE_VIEWPORT });
      const { page } = browser;
      if (stored) {
        await page.addInitScript((l) => localStorage.setItem('pos-rescue.lang', l), stored);
      }
      await withoutApp(page);
      await page.goto(browser.url('/'));
      expect(await shownHeadings(page)).toEqual([heading]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // Links work without the app (a tap before it arrives loads the guide's address).
      expect(await page.locator('main .fault-card').first().getAttribute('href')).toBe(
        '/guide/keyError',
      );
      await browser.expectClean({ allow: [/\/assets\/index-.*\.js/] });
    },
  );

  it.each(['zh-CN', 'en-US'] as const)(
    '%s: the app hydrates the painted home: same nodes, no layout shift, no error',
    async (locale) => {
      browser = await launchBrowser({ locale, viewport: PHONE_VIEWPORT });
      const { page } = browser;
      await page.addInitScript(() => {
        const w = window as unknown as { __shift: number; __h1: Element | null };
        w.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        document.addEventListener('DOMContentLoaded', () => {
          w.__h1 = document.querySelector('main h1');
        });
      });
      await page.goto(browser.url('/'));
      await page.waitForFunction(() => {
        const card = document.querySelector('main .fault-card');
        return !!card && Object.keys(card).some((k) => k.startsWith('__reactProps$'));
      });
      await page.waitForTimeout(300);
      const result = await page.evaluate(() => {
        const w = window as unknown as { __shift: number; __h1: Element | null };
        return {
          sameHeading: w.__h1 !== null && w.__h1 === document.querySelector('main h1'),
          copies: document.querySelectorAll('[data-prerender]').length,
          shift: w.__shift,
        };
      });
      expect(result).toEqual({ sameHeading: true, copies: 0, shift: 0 });
      // And it is the app now: a card opens its guide in place.
      await page.locator('main .fault-card').first().click();
      await page.locator('main[data-state]').waitFor();
      await browser.expectClean();
    },
  );

  it('a tap before the app has taken over is held and replayed in place, not a page load', async () => {
    browser = await launchBrowser({ locale: 'zh-CN', viewport: PHONE_VIEWPORT });
    const { page } = browser;
    // The app arrives late (weak signal): the painted home is all there is for a moment.
    await page.route(/\/assets\/start-[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto(browser.url('/'));
    await page.evaluate(() => {
      (window as unknown as { __samePage: boolean }).__samePage = true;
    });
    await page.locator('main .fault-card[href="/guide/pinEntry"]').click();
    await page.locator('main[data-state="screen"]').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/incident\//);
    expect(
      await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage),
    ).toBe(true);
    await browser.expectClean();
  });

  it('other addresses never show the prerendered home', async () => {
    browser = await launchBrowser({ locale: 'en-US', viewport: PHONE_VIEWPORT });
    const { page } = browser;
    await withoutApp(page);
    for (const path of ['/guide/keyError', '/lookup?q=75', '/history']) {
      await page.goto(browser.url(path));
      expect(await shownHeadings(page), path).toEqual([]);
    }
    await page.unrouteAll();
    await page.goto(browser.url('/lookup?q=75'));
    await page.locator('main h1').waitFor();
    const pinTries = responseCodes.find((r) => r.code === '75')!;
    expect(await shownHeadings(page)).toEqual([`75: ${pinTries.meaning.en}`]);
    // Leaving a page quickly aborts what it was still fetching (its icon, say).
    await browser.expectClean({ allow: [/\/assets\/index-.*\.js/, /net::ERR_ABORTED/] });
  });
});
