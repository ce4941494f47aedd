// The support packet printed (or saved as PDF) in the real built app, issue 11: a terminal with
// hotline, S/N, merchant and terminal numbers; the guide walked to an escalated end on its longest
// answer path (the most steps in the packet) with a note and a photo; then chromium's page.pdf()
// of the end screen and of the incident's history page. Each must be one or two A4 pages, show
// the packet (terminal numbers, note) and none of the app around it (bars, buttons, the notes
// editor). No request leaves the app's origin (expectClean).
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { faults } from '../../src/faults/registry';
import { everyPath } from '../../src/faults/shared/guidePaths.testkit';
import type { ChoiceEvent, Guide, Lang } from '../../src/faults/types';
import { uiEn, type UiText } from '../../src/i18n/ui.en';
import { uiZh } from '../../src/i18n/ui.zh';
import { choiceLabel } from '../../src/i18n/runText';
import { terminalsTextEn, type TerminalsText } from '../../src/terminals/terminals.text.en';
import { terminalsTextZh } from '../../src/terminals/terminals.text.zh';
import { makePng } from '../engines/png';
import { launchBrowser, type LaunchedBrowser } from './harness';

const languages: { lang: Lang; locale: 'en-US' | 'zh-CN'; ui: UiText; t: TerminalsText }[] = [
  { lang: 'en', locale: 'en-US', ui: uiEn, t: terminalsTextEn },
  { lang: 'zh', locale: 'zh-CN', ui: uiZh, t: terminalsTextZh },
];
const TERMINAL = {
  name: 'front counter',
  model: 'N86',
  serial: 'N7NL123456',
  merchantNo: '898310048161234',
  terminalNo: '12345678',
  phone: '400 123 4567',
};
const NOTE = 'Provider asked for a photo of the screen; ticket 5521 opened';

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** The longest answer path to an escalated end over every guide: the longest packet. */
async function longestEscalated() {
  let best:
    | {
        entry: (typeof faults)[number];
        guide: Guide;
        steps: { from: string; event: ChoiceEvent }[];
      }
    | undefined;
  for (const entry of faults) {
    const guide = await entry.load();
    for (const path of everyPath(guide)) {
      const end = path[path.length - 1]!.meta;
      if (end.kind !== 'end' || end.outcome !== 'escalated') continue;
      if (best && best.steps.length >= path.length - 1) continue;
      best = {
        entry,
        guide,
        steps: path.slice(0, -1).map((p) => ({ from: p.state, event: p.event! })),
      };
    }
  }
  return best!;
}

/** Prints the page to an A4 PDF and reads what print media shows. */
async function print(page: Page) {
  // Every photo in the packet has loaded before printing.
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLImageElement>('.packet img')].every(
      (img) => img.complete && img.naturalWidth > 0,
    ),
  );
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const shown = await page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0;
    return {
      text: document.body.innerText,
      packet: [...document.querySelectorAll('.packet')].filter(visible).length,
      photos: [...document.querySelectorAll('.packet img')].filter(visible).length,
      chrome: [
        ...document.querySelectorAll('header, nav, button, textarea, input, summary, a[href]'),
      ]
        .filter(visible)
        .map((el) => el.outerHTML.slice(0, 120)),
    };
  });
  await page.emulateMedia({ media: 'screen' });
  return { pages: pdfPageCount(pdf), ...shown };
}

function expectPrintedPacket(printed: Awaited<ReturnType<typeof print>>, ui: UiText) {
  expect(printed.pages).toBeGreaterThanOrEqual(1);
  expect(printed.pages).toBeLessThanOrEqual(2);
  expect(printed.packet).toBe(1);
  expect(printed.photos).toBe(1);
  expect(printed.chrome).toEqual([]);
  for (const value of [TERMINAL.serial, TERMINAL.merchantNo, TERMINAL.terminalNo, NOTE]) {
    expect(printed.text).toContain(value);
  }
  expect(printed.text).toContain(ui.report.title);
  expect(printed.text).not.toContain(ui.report.print);
}

let browser: LaunchedBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe.each(languages)(
  'support packet in print, $locale (built app, chromium page.pdf)',
  ({ lang, locale, ui, t }) => {
    it('prints the end screen and the history page of an escalated incident on 1–2 A4 pages', async () => {
      const { entry, guide, steps } = await longestEscalated();
      browser = await launchBrowser({ locale });
      const { page } = browser;

      // One terminal with every field: a new incident is tied to it.
      await page.goto(browser.url('/terminals'));
      await page.getByRole('button', { name: t.add }).click();
      const fields = [
        [t.name, TERMINAL.name],
        [t.model, TERMINAL.model],
        [t.serial, TERMINAL.serial],
        [ui.terminals.merchantNo, TERMINAL.merchantNo],
        [ui.terminals.terminalNo, TERMINAL.terminalNo],
        [ui.terminals.hotline, TERMINAL.phone],
      ] as const;
      for (const [label, value] of fields) {
        await page.getByRole('textbox', { name: label, exact: true }).fill(value);
      }
      await page.getByRole('button', { name: t.save, exact: true }).click();
      await page.getByRole('link', { name: '400-123-4567' }).waitFor();

      // The guide, with a note and a photo at its first step, walked to the escalated end.
      await page.goto(browser.url('/'));
      await page.locator('.fault-card', { hasText: entry.terminalMessage }).first().click();
      await page.locator(`main[data-state="${steps[0]!.from}"]`).waitFor();
      await page.locator('summary', { hasText: ui.notes.add }).click();
      await page.getByRole('textbox', { name: ui.notes.label }).fill(NOTE);
      // setInputFiles does not wait for enabled, and a file set on a disabled input is dropped.
      await page.waitForSelector('input[type="file"][accept="image/*"]:not([disabled])', {
        state: 'attached',
      });
      await page
        .locator('input[type="file"][accept="image/*"]')
        .setInputFiles({ name: 'screen.png', mimeType: 'image/png', buffer: makePng(1600, 1200) });
      await page.locator('.notes-body > .notes-photo img').waitFor();
      await page.getByRole('button', { name: ui.notes.save }).click();
      await page.getByText(ui.notes.saved).waitFor();
      for (const step of steps) {
        await page.locator(`main[data-state="${step.from}"]`).waitFor();
        const label = choiceLabel(guide.content[lang], ui, step.from, step.event);
        await page.locator('.choices').getByRole('button', { name: label, exact: true }).click();
      }
      await page.locator('main.end-escalated .packet').waitFor();
      await page.locator('.packet-text', { hasText: NOTE }).waitFor();
      const incidentId = new URL(page.url()).pathname.split('/')[2]!;

      const end = await print(page);
      console.log(
        `print ${lang}: ${steps.length} steps of ${guide.id}; end screen ${end.pages} page(s)`,
      );
      expectPrintedPacket(end, ui);

      await page.goto(browser.url(`/history/${incidentId}`));
      await page.locator('main.history-item-page .packet-text', { hasText: NOTE }).waitFor();
      const history = await print(page);
      console.log(`print ${lang}: history page ${history.pages} page(s)`);
      expectPrintedPacket(history, ui);

      await browser.expectClean();
    });
  },
);
