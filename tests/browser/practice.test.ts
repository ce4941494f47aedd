// Practice mode in the real built app at 360×740 in zh-CN: the trainee "Li" runs the scenario
// "possible key exposure" with one wrong and one unsafe answer, the debrief marks both with the
// right answer and shows the flowchart (scrolling inside its own box, never the page), the
// trainer view lists the run and downloads the CSV, the incidents store stays empty, and the
// console, network and CSP stay clean.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { keyErrorZh } from '../../src/faults/keyError/keyError.content';
import type { ChoiceEvent } from '../../src/faults/types';
import { format } from '../../src/i18n/i18n';
import { uiZh } from '../../src/i18n/ui.zh';
import { scenarioById } from '../../src/practice/scenarios';
import { choiceLabel } from '../../src/i18n/runText';
import { launchBrowser, PHONE_VIEWPORT, type LaunchedBrowser } from './harness';

const ui = uiZh;
const p = ui.practice;
const scenario = scenarioById('keyError-exposure')!;

async function answer(page: Page, from: string, event: ChoiceEvent) {
  await page.locator(`main[data-state="${from}"]`).waitFor();
  const label = choiceLabel(keyErrorZh, ui, from, event);
  await page.locator('.choices').getByRole('button', { name: label, exact: true }).click();
}

function countStore(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('pos-rescue');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(new Error(String(req.error)));
        };
      }),
    store,
  );
}

/** True when the page itself scrolls sideways. */
function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

let browser: LaunchedBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('practice mode (zh-CN, 360×740)', () => {
  it('a trainee run, its debrief, the trainer view and the CSV', async () => {
    browser = await launchBrowser({ locale: 'zh-CN', viewport: PHONE_VIEWPORT });
    const { page } = browser;
    await page.goto(browser.url('/'));
    await page.locator('.home-nav').getByRole('link', { name: ui.home.practice }).click();
    await page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
    await expect(
      page.getByRole('region', { name: p.bannerLabel }).textContent(),
    ).resolves.toContain(p.banner);

    await page.getByRole('textbox', { name: p.traineeLabel }).fill('Li');
    await page.getByRole('button', { name: scenario.title.zh, exact: true }).click();

    // The step beside the simulated terminal.
    await page.locator('main[data-state="screen"]').waitFor();
    const terminal = page.getByRole('complementary', { name: p.terminal.label });
    await expect(terminal.locator('.terminal-screen').textContent()).resolves.toContain(
      '密钥错误，请重新启动客户端',
    );
    await terminal.getByRole('button', { name: p.terminal.pressKey }).click();
    await expect(terminal.textContent()).resolves.toContain(p.terminal.noChange);
    expect(await pageScrollsSideways(page)).toBe(false);

    await answer(page, 'screen', 'screen.a0'); // wrong (not a safety check)
    await terminal.getByText(/划痕/).waitFor(); // the scene of the exposure check
    await answer(page, 'exposure', 'answer.no'); // unsafe: keeps taking cards
    await answer(page, 'scamCall', 'answer.no');
    await answer(page, 'wasCharged', 'answer.no');
    await answer(page, 'signIn', 'fixed.no');
    await answer(page, 'restart', 'fixed.no');
    await answer(page, 'network', 'answer.yes');
    await answer(page, 'environment', 'answer.no');
    await answer(page, 'update', 'fixed.no');

    // Debrief.
    await page
      .getByRole('heading', {
        level: 1,
        name: format(p.debrief.headingFor, { title: scenario.title.zh }),
      })
      .waitFor();
    const steps = page.locator('.debrief-steps > li');
    await expect(steps.count()).resolves.toBe(10);
    const wrong = steps.nth(0);
    await expect(wrong.getAttribute('class')).resolves.toBe('is-wrong');
    await expect(wrong.textContent()).resolves.toContain(
      choiceLabel(keyErrorZh, ui, 'screen', 'screen.keyError'),
    );
    const unsafe = steps.nth(1);
    await expect(unsafe.getAttribute('class')).resolves.toBe('is-unsafe');
    await expect(unsafe.textContent()).resolves.toContain(p.unsafeKinds.keyExposure);
    await expect(unsafe.locator('.recommended dd').textContent()).resolves.toBe(
      ui.step.choices['answer.yes'],
    );

    // The flowchart scrolls inside its own box; the page does not scroll sideways.
    const box = page.getByRole('region', { name: p.debrief.flowchartHeading });
    await box.scrollIntoViewIfNeeded();
    const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(await pageScrollsSideways(page)).toBe(false);
    // It opens scrolled to the first question, and scrolls sideways by itself.
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await box.evaluate((el) => {
      el.scrollLeft = 0;
      el.scrollBy({ left: 300 });
    });
    expect(await box.evaluate((el) => el.scrollLeft)).toBe(300);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    await expect(box.locator('.fc-node.fc-path').count()).resolves.toBe(10);

    // Trainer view: the run is listed; the CSV downloads.
    await page.getByRole('button', { name: p.trainerView }).click();
    await page.getByRole('heading', { level: 1, name: p.trainer.heading }).waitFor();
    const card = page.locator('.run-card').first();
    await expect(card.textContent()).resolves.toContain('Li');
    await expect(card.textContent()).resolves.toContain(scenario.title.zh);
    expect(await pageScrollsSideways(page)).toBe(false);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: p.trainer.csv }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^practice-runs-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual([p.csv.date, p.csv.trainee, p.csv.scenario]);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',Li,密钥可能泄露,keyError-exposure,');

    // Practice never touches the incidents store.
    expect(await countStore(page, 'incidents')).toBe(0);
    expect(await countStore(page, 'practiceRuns')).toBe(1);

    await browser.expectClean();
  });
});
