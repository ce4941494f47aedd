// Smoke test of the production build: the app starts on a phone-sized screen
// in both languages without errors, foreign requests or CSP violations.
import { afterEach, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE_VIEWPORT, type LaunchedBrowser } from './harness';

describe.each([
  { locale: 'en-US', lang: 'en' },
  { locale: 'zh-CN', lang: 'zh-CN' },
] as const)('smoke, $locale', ({ locale, lang }) => {
  let browser: LaunchedBrowser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it(`shows <main> in lang="${lang}" with a clean console and network`, async () => {
    browser = await launchBrowser({ locale, viewport: PHONE_VIEWPORT });
    const { page } = browser;

    await page.goto(browser.url('/'));
    await page.locator('main').first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');

    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await browser.expectClean();
  });
});
