// Accessibility of the built app in the real browser, at phone size, in both languages:
//  - axe-core (WCAG 2.0/2.1/2.2 A and AA rules, contrast included) on every screen, in the light
//    and the dark theme: zero violations;
//  - reflow: at 320 px wide, and at 320 px with the text at 200 %, nothing scrolls sideways;
//  - reduced motion: with prefers-reduced-motion, nothing animates or transitions;
//  - a keyboard-only walk of a guide from home to its end (Tab, Enter, Space), with the focus on
//    each new step's heading.
// Each screen is reached the way a merchant reaches it (taps in a guide, or its address). All
// problems of a language are collected and reported together, by screen.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE_VIEWPORT, type LaunchedBrowser } from './harness';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NARROW = { width: 320, height: 740 };

let browser: LaunchedBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** The home screen is hydrated: a fault card's click handler is live. */
async function waitForHome(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const card = document.querySelector('main .fault-card');
    return !!card && Object.keys(card).some((k) => k.startsWith('__reactProps$'));
  });
}

/** A screen is ready: its heading is there and nothing says it is still loading. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  // Lazy parts of the screen (notes panel, pages) and fonts.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(50);
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, page.url()).href);
  if (path === '/') await waitForHome(page);
  await settle(page);
}

async function choose(page: Page, event: string): Promise<void> {
  const before = await page.locator('main').first().getAttribute('data-state');
  const progress = await page.locator('.progress-row span').first().textContent();
  await page.locator(`main .choices .choice-${event.replace('.', '-')}`).click();
  await page.waitForFunction(
    ([state, step]) => {
      const main = document.querySelector('main');
      return (
        main?.getAttribute('data-state') !== state ||
        document.querySelector('.progress-row span')?.textContent !== step
      );
    },
    [before, progress] as const,
  );
  await settle(page);
}

async function startGuide(page: Page, fault: string): Promise<void> {
  await open(page, '/');
  await page.locator(`main .fault-card[href="/guide/${fault}"]`).click();
  await page.locator('main[data-state="screen"]').waitFor();
  await settle(page);
}

/** Elements that stick out to the right of the viewport (the cause of a sideways scroll). */
function overflowInPage(): string[] {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const out: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 0.5) {
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      out.push(`${el.tagName.toLowerCase()}${cls} (right edge ${Math.round(r.right)} px)`);
    }
  }
  return [`page is ${document.documentElement.scrollWidth} px wide`, ...out.slice(0, 4)];
}

/** Elements with a CSS animation or transition that would run. */
function motionInPage(): string[] {
  const running = document.getAnimations().map((a) => {
    const target = (a.effect as KeyframeEffect | null)?.target;
    return `running: ${a.constructor.name} on ${target ? target.tagName.toLowerCase() + '.' + target.className : '?'}`;
  });
  const styled: string[] = [];
  const seconds = (v: string) => Math.max(...v.split(',').map((x) => parseFloat(x) || 0));
  for (const el of document.querySelectorAll<HTMLElement>('body, body *')) {
    const cs = getComputedStyle(el);
    if (
      (cs.animationName !== 'none' && seconds(cs.animationDuration) > 0) ||
      seconds(cs.transitionDuration) > 0
    ) {
      styled.push(`styled: ${el.tagName.toLowerCase()}.${String(el.className)}`);
    }
  }
  return [...running, ...styled.slice(0, 4)];
}

/** Runs every check on the current screen; returns the problems found. */
async function audit(page: Page, screen: string): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const v of result.violations) {
      const where = v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ');
      problems.push(`${screen} [${colorScheme}] axe ${v.id}: ${v.help} — ${where}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  for (const text of ['100%', '200%']) {
    await page.setViewportSize(NARROW);
    // Through CSSOM, which the CSP allows (a style attribute in markup it would block).
    await page.evaluate((size) => {
      document.documentElement.style.fontSize = size === '100%' ? '' : size;
    }, text);
    const overflow = await page.evaluate(overflowInPage);
    if (overflow.length) problems.push(`${screen} [320 px, text ${text}] ${overflow.join('; ')}`);
  }
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  await page.setViewportSize(PHONE_VIEWPORT);
  const motion = await page.evaluate(motionInPage);
  if (motion.length) problems.push(`${screen} [reduced motion] ${motion.join('; ')}`);
  return problems;
}

function report(problems: string[]): string {
  return `\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`;
}

describe.each([
  { locale: 'zh-CN', lang: 'zh' },
  { locale: 'en-US', lang: 'en' },
] as const)('accessibility, $locale', ({ locale }) => {
  it('every screen: no axe violations in light and dark, reflows at 320 px and 200 % text, no motion', async () => {
    browser = await launchBrowser({
      locale,
      viewport: PHONE_VIEWPORT,
      contextOptions: { reducedMotion: 'reduce' },
    });
    const { page } = browser;
    const problems: string[] = [];
    const checked: string[] = [];
    const check = async (screen: string) => {
      checked.push(screen);
      problems.push(...(await audit(page, screen)));
    };

    await page.goto(browser.url('/'));
    await waitForHome(page);
    await settle(page);
    await check('home');

    // Key error: the question kinds, a safety stop, an escalation end.
    await startGuide(page, 'keyError');
    await check('step: question (keyError/screen)');
    await choose(page, 'screen.keyError');
    await check('step: safety question (keyError/exposure)');
    await choose(page, 'answer.yes');
    await check('step: safety remedy, stop card payments (keyError/stopCards)');
    await choose(page, 'next');
    await page.locator('main.end-escalated').waitFor();
    await check('end: escalated (keyError/escalatedKeyExposed)');

    // Key error again: a safety info step, a first-aid remedy with its notes panel, resolved.
    await startGuide(page, 'keyError');
    await choose(page, 'screen.keyError');
    await choose(page, 'answer.no');
    await choose(page, 'answer.unsure');
    await check('step: safety info (keyError/checkCharge)');
    await choose(page, 'next');
    await check('step: remedy (keyError/restart)');
    // The rest of the step behind "more", open.
    await page.locator('main details.more > summary').click();
    await page.locator('main details.more[open]').waitFor();
    await check('"more" open (keyError/restart)');
    // The notes panel loads after the step (its own chunk): wait for it, never skip it.
    await page.locator('main details.notes-collapsible > summary').first().click();
    await page.locator('main details.notes-collapsible[open]').waitFor();
    await check('notes panel (open, on keyError/restart)');
    await choose(page, 'fixed.yes');
    await page.locator('main.end-resolved').waitFor();
    await check('end: resolved (keyError/resolved)');

    // Security lock: an information step that is not a safety step.
    await startGuide(page, 'securityLock');
    await choose(page, 'screen.pinTries');
    await check('step: info (securityLock/customerPinTries)');

    await open(page, '/lookup?q=zzqx');
    await check('lookup: no match');
    await open(page, '/lookup?q=75');
    await check('lookup: 75 (customer PIN tries)');
    await open(page, `/lookup?q=${encodeURIComponent('重复交易')}`);
    await page.locator('main .also').waitFor();
    await check('lookup: two close answers (94, duplicate)');
    await open(page, '/lookup?q=zzqx');
    await page.locator('main .ask button').nth(1).click();
    await page.locator('main .ask button[aria-pressed="true"]').waitFor();
    await check('lookup: no match, then "the terminal itself"');

    await open(page, '/history');
    // The lookups above are in the history: this month's counts per answer and the list.
    await page.locator('#lookup-stats-heading').waitFor();
    await page.locator('#lookups-heading').waitFor();
    await check('history list, with what was looked up');
    await page.locator('main a[href^="/history/"]').first().click();
    await settle(page);
    await check('history item');

    await open(page, '/settings');
    await check('settings');
    await open(page, '/prevention');
    await check('prevention');
    for (const [path, screen] of [
      ['/terminals', 'terminals'],
      ['/backup', 'backup'],
      ['/practice', 'practice'],
      ['/practice/trainer', 'practice: trainer view'],
      ['/install', 'install help'],
    ] as const) {
      await open(page, path);
      expect(new URL(page.url()).pathname, screen).toBe(path);
      await check(screen);
    }
    // Practice: a step of a run too (beside the simulated terminal).
    await open(page, '/practice');
    await page.locator('#trainee-name').fill('Li');
    await page.locator('main .scenario-button').first().click();
    await page.locator('main[data-state]').waitFor();
    await settle(page);
    await check('practice: a run step');
    console.info(`accessibility, ${locale}: ${checked.length} screens: ${checked.join(' · ')}`);

    expect(problems, report(problems)).toEqual([]);
    await browser.expectClean();
  }, 150_000);
});

describe('keyboard only', () => {
  it('walks a guide from home to its end with Tab, Enter and Space; focus lands on each new heading', async () => {
    browser = await launchBrowser({ locale: 'en-US', viewport: PHONE_VIEWPORT });
    const { page } = browser;
    await page.goto(browser.url('/'));
    await waitForHome(page);

    /** Tabs forward until `selector` has the focus; fails after `max` presses. */
    const tabTo = async (selector: string, max = 40) => {
      for (let i = 0; i < max; i++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
          return;
        }
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    const focusIsHeading = () =>
      page.waitForFunction(() => {
        const el = document.activeElement;
        return el?.tagName === 'H1' && el.closest('main') !== null;
      });

    await tabTo('main .fault-card[href="/guide/keyError"]');
    await page.keyboard.press('Enter');
    await page.locator('main[data-state="screen"]').waitFor();
    await focusIsHeading();

    const path: [string, string, 'Enter' | 'Space'][] = [
      ['screen', 'screen-keyError', 'Enter'],
      ['exposure', 'answer-no', 'Space'],
      ['wasCharged', 'answer-no', 'Enter'],
      ['restart', 'fixed-yes', 'Enter'],
    ];
    for (const [state, choice, key] of path) {
      await page.locator(`main[data-state="${state}"]`).waitFor();
      await focusIsHeading();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        await page.locator('main h1').textContent(),
      );
      await tabTo(`main .choices .choice-${choice}`);
      await page.keyboard.press(key);
    }
    await page.locator('main.end-resolved').waitFor();
    await focusIsHeading();
    await browser.expectClean();
  });
});
