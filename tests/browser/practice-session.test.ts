// A training session as the issue describes it, in the built app at 360×740, on three browsers
// standing for three phones: the trainer's and two trainees'. No file changes hands and nothing
// but the app's own origin is contacted; every code goes through a fake camera fed from a Y4M
// file drawn from the QR code another "phone" shows on its screen (fakeCamera.ts).
//
//  1. The trainer picks two scenarios and shows the session code.
//  2. Trainee Li scans it, runs both scenarios in order — acting out a manual sign-in on the
//     simulated terminal in the A0 scenario — and each debrief shows a hand-in code; the
//     flowchart fits a 360 px screen. Trainee Wang scans the plan and runs the first scenario.
//  3. The trainer scans the three codes; the overview grid shows both trainees with best and
//     latest scores, first versus latest for Li; the per-step CSV has one row per answer.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { initialSnapshot, next, stateId } from '../../src/faults/engine';
import { faultById } from '../../src/faults/registry';
import type { Scenario } from '../../src/faults/scenario';
import type { ChoiceEvent, Guide } from '../../src/faults/types';
import { format } from '../../src/i18n/i18n';
import { choiceLabel } from '../../src/i18n/runText';
import { uiZh } from '../../src/i18n/ui.zh';
import { practiceTextZh } from '../../src/practice/practice.text.zh';
import { scenarioById } from '../../src/practice/scenarios';
import { resultOf, scoreRun } from '../../src/practice/scoring';
import { fakeCameraArgs, qrOnScreen, writeCameraFile, type QrPicture } from './fakeCamera';
import { launchBrowser, PHONE_VIEWPORT, type LaunchedBrowser } from './harness';

const ui = uiZh;
const p = practiceTextZh;
const A0 = scenarioById('keyError-a0-signIn')!;
const LOCK = scenarioById('securityLock-tamper')!;

let dir = '';
const open: LaunchedBrowser[] = [];
afterEach(async () => {
  await Promise.allSettled(open.splice(0).map((b) => b.close()));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function phone(cameraFile: string): Promise<LaunchedBrowser> {
  const b = await launchBrowser({
    locale: 'zh-CN',
    viewport: PHONE_VIEWPORT,
    extraArgs: fakeCameraArgs(cameraFile),
  });
  await b.context.grantPermissions(['camera'], { origin: b.baseUrl });
  open.push(b);
  return b;
}

async function guideOf(s: Scenario): Promise<Guide> {
  return faultById(s.fault)!.load();
}

/**
 * Answers the run on screen to its end: the scenario's own answer at each state, except the
 * first `wrong` states that offer another choice that does not end the run. Returns the answers.
 */
async function runToEnd(page: Page, s: Scenario, wrong = 0): Promise<ChoiceEvent[]> {
  const guide = await guideOf(s);
  const text = guide.content.zh;
  const given: ChoiceEvent[] = [];
  let snap = initialSnapshot(guide);
  for (let n = 1; snap.status !== 'done'; n++) {
    const from = stateId(snap);
    await page.locator(`main[data-state="${from}"]`).waitFor();
    const right = s.observations[from]!.answer;
    const meta = guide.machine.root.states[from]!.meta as { choices: ChoiceEvent[] };
    const other = meta.choices.find((c) => c !== right && next(guide, snap, c).status !== 'done');
    const event = wrong > 0 && other ? other : right;
    if (event !== right) wrong -= 1;
    await page
      .locator('.choices')
      .getByRole('button', { name: choiceLabel(text, ui, from, event), exact: true })
      .click();
    given.push(event);
    snap = next(guide, snap, event);
    // The answer is committed before the next step (or the debrief) shows.
    if (snap.status === 'done') await page.locator('main.debrief').waitFor();
    else await page.locator(`main[data-state="${stateId(snap)}"]`).waitFor();
  }
  return given;
}

/** Opens the chooser, types the name and scans the trainer's session code. */
async function scanPlan(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('textbox', { name: p.traineeLabel }).fill(name);
  await page.getByRole('button', { name: p.qr.scanPlan }).click();
  await page.getByText(format(p.qr.gotPlan, { n: 2 })).waitFor({ timeout: 30_000 });
  await page.getByRole('heading', { name: format(p.plan.yourPlan, { done: 0, n: 2 }) }).waitFor();
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeProblems: string[] = [];
/** axe on the screen as it is, light and dark; at 320 px the page must not scroll sideways. */
async function audit(page: Page, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const v of result.violations) {
      const where = v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ');
      axeProblems.push(`${screen} [${colorScheme}] ${v.id}: ${v.help} — ${where}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 740 });
  if (await pageScrollsSideways(page)) axeProblems.push(`${screen}: scrolls sideways at 320 px`);
  await page.setViewportSize(PHONE_VIEWPORT);
}

/** True when the page itself scrolls sideways. */
const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('a training session with no network (zh-CN, 360×740, fake cameras)', () => {
  it('plan by QR → two trainees run it → results by QR → overview and per-step CSV', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-camera-'));
    const trainerCam = path.join(dir, 'trainer.y4m');
    const planCam = path.join(dir, 'plan.y4m');
    await writeCameraFile(trainerCam, []);

    // 1. The trainer's phone: the session plan.
    const trainer = await phone(trainerCam);
    const tp = trainer.page;
    await tp.goto(trainer.url('/practice/trainer'));
    await tp.getByRole('heading', { level: 1, name: p.trainer.heading }).waitFor();
    await tp.getByRole('checkbox', { name: A0.title.zh }).check();
    await tp.getByRole('checkbox', { name: LOCK.title.zh }).check();
    await tp.getByRole('button', { name: p.plan.show }).click();
    const plan = await qrOnScreen(tp);
    await audit(tp, 'trainer view with the session code');
    expect(plan.text).toBe(JSON.stringify(['PR', 1, 'p', [A0.id, LOCK.id]]));
    await writeCameraFile(planCam, [plan]);

    // 2a. Trainee Li: scans the plan, runs both scenarios in order.
    const li = await phone(planCam);
    const lp = li.page;
    await scanPlan(lp, li.url('/practice'), 'Li');
    await lp.getByRole('button', { name: p.plan.startNext }).click();
    // Acting out a manual sign-in: the A0 terminal shows success, and keeps showing it.
    const terminal = lp.getByRole('complementary', { name: p.terminal.label });
    await expect(terminal.locator('.terminal-screen').textContent()).resolves.toContain('A0');
    await terminal.getByRole('button', { name: p.terminal.actions.signIn }).click();
    await expect(terminal.locator('.terminal-screen').textContent()).resolves.toContain('签到成功');
    await audit(lp, 'run step with the terminal acted on');
    const liA0 = await runToEnd(lp, A0, 1);
    const handIns: QrPicture[] = [await qrOnScreen(lp)];
    await audit(lp, 'debrief with its hand-in code');
    // The flowchart fits a 360 px screen: it pans in its own box, and "fit" shows it whole.
    const box = lp.getByRole('region', { name: p.debrief.flowchartHeading });
    await box.scrollIntoViewIfNeeded();
    expect(await pageScrollsSideways(lp)).toBe(false);
    await expect(box.locator('.fc-node.fc-path').count()).resolves.toBe(liA0.length + 1);
    await lp.getByRole('button', { name: p.flowchart.fit }).click();
    await lp.waitForFunction(() => {
      const b = document.querySelector('.flowchart-box')!;
      const svg = b.querySelector('svg')!;
      return svg.getBoundingClientRect().width <= b.clientWidth;
    });
    expect(await pageScrollsSideways(lp)).toBe(false);

    await lp.getByRole('button', { name: p.debrief.again }).click();
    await lp.getByRole('heading', { name: format(p.plan.yourPlan, { done: 1, n: 2 }) }).waitFor();
    await lp.getByRole('button', { name: p.plan.startNext }).click();
    const liLock = await runToEnd(lp, LOCK);
    handIns.push(await qrOnScreen(lp));

    // 2b. Trainee Wang: scans the plan, runs the first scenario.
    const wang = await phone(planCam);
    await scanPlan(wang.page, wang.url('/practice'), 'Wang');
    await wang.page.getByRole('button', { name: p.plan.startNext }).click();
    const wangA0 = await runToEnd(wang.page, A0);
    handIns.push(await qrOnScreen(wang.page));

    // 3. The trainer scans the three hand-in codes through the camera.
    await writeCameraFile(trainerCam, handIns);
    await tp.getByRole('button', { name: p.qr.scanRuns }).click();
    const log = tp.locator('.scan-log li');
    await tp.waitForFunction((n) => document.querySelectorAll('.scan-log li').length >= n, 3, {
      timeout: 45_000,
    });
    const lines = await log.allTextContents();
    expect(lines.every((l) => !l.startsWith('✗'))).toBe(true);
    // The decoder: the browser's own where it reads QR codes, else the bundled ZXing (Debian's
    // chromium has no BarcodeDetector, so this run proves the fallback, wasm from our origin).
    const native = await tp.evaluate(() => 'BarcodeDetector' in window);
    await expect(tp.locator('.qr-scanner').getAttribute('data-decoder')).resolves.toBe(
      native ? 'native' : 'zxing',
    );
    await audit(tp, 'trainer view scanning');
    await tp.getByRole('button', { name: p.qr.stop }).click();

    // The overview: both trainees, best and latest per scenario, first versus latest.
    const scores = {
      liA0: await scoreOf(A0, liA0),
      liLock: await scoreOf(LOCK, liLock),
      wangA0: await scoreOf(A0, wangA0),
    };
    const cell = (who: string, s: Scenario) =>
      tp.locator(`tr[data-trainee="${who}"] td[data-scenario="${s.id}"]`).textContent();
    await tp.locator('tr[data-trainee="Wang"]').waitFor();
    await expect(cell('Li', A0)).resolves.toBe(
      format(p.overview.cell, { best: scores.liA0, latest: scores.liA0, n: 1 }),
    );
    await expect(cell('Li', LOCK)).resolves.toBe(
      format(p.overview.cell, { best: scores.liLock, latest: scores.liLock, n: 1 }),
    );
    await expect(cell('Wang', A0)).resolves.toBe(
      format(p.overview.cell, { best: scores.wangA0, latest: scores.wangA0, n: 1 }),
    );
    expect(scores.liA0).toBeLessThan(100); // one wrong answer
    const delta = scores.liLock - scores.liA0;
    await expect(tp.locator('.improvement li[data-trainee="Li"]').textContent()).resolves.toBe(
      format(p.overview.improvement, {
        trainee: 'Li',
        first: scores.liA0,
        last: scores.liLock,
        delta: delta > 0 ? `+${delta}` : String(delta),
      }),
    );
    expect(await pageScrollsSideways(tp)).toBe(false);
    // Drill-down: the cell opens Li's run, and its review is the step-by-step debrief.
    await tp.locator(`tr[data-trainee="Li"] td[data-scenario="${A0.id}"] button`).click();
    await tp
      .getByRole('heading', {
        name: format(p.overview.runsOf, { trainee: 'Li', scenario: A0.title.zh }),
      })
      .waitFor();

    await audit(tp, 'trainer overview with a drill-down');

    // The per-step CSV: one row per answer of the three runs, headers in Chinese.
    const [download] = await Promise.all([
      tp.waitForEvent('download'),
      tp.getByRole('button', { name: p.csvSteps }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[0]!.split(',')).toContain(p.stepsCsv.seconds);
    expect(rows).toHaveLength(1 + liA0.length + liLock.length + wangA0.length);
    expect(rows.filter((r) => r.includes(`,${p.stepKind.wasted},`))).toHaveLength(1);

    await tp
      .locator('.drill')
      .getByRole('link', { name: new RegExp(p.overview.review) })
      .click();
    await tp.locator('main.debrief').waitFor();

    await scanPlanAudit(wang.page);
    expect(axeProblems).toEqual([]);
    for (const b of [trainer, li, wang]) await b.expectClean();
  });
});

/** The trainee's chooser with the session plan under way, and the trainer's plan code. */
async function scanPlanAudit(page: Page): Promise<void> {
  await page.getByRole('button', { name: p.debrief.again }).click();
  await page.getByRole('heading', { name: format(p.plan.yourPlan, { done: 1, n: 2 }) }).waitFor();
  await audit(page, 'chooser with a session plan');
}

async function scoreOf(s: Scenario, events: ChoiceEvent[]): Promise<number> {
  const guide = await guideOf(s);
  let snap = initialSnapshot(guide);
  const log = events.map((event, i) => {
    const from = stateId(snap);
    snap = next(guide, snap, event);
    return { from, event, at: i };
  });
  return resultOf(scoreRun(guide, s, log, { startedAt: 0, endedAt: events.length })).score;
}
