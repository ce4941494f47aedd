// The core of the browser suite in every engine a merchant's phone runs, written once over the
// engine-neutral driver (tests/engines/drivers.ts): Chromium, Firefox ESR (Gecko), and WebKitGTK
// both with a persistent store (Safari) and with the ephemeral store (Safari Private Browsing).
//  - each guide from home to a resolved and an escalated end, in both languages, walked along
//    paths taken from the machines (so new states need no test change);
//  - resume after a reload; a note with a photo kept across a reload; backup export, and its
//    restore into a fresh profile;
//  - offline with the server stopped;
//  - a clean page throughout: no uncaught error, rejection, failed load, CSP violation or
//    console.error (recorded in the page by tests/engines/probe.js, in a test copy of the build)
//    and no failed response at the server;
//  - the ephemeral store is told plainly, and only there.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { metaOf, stateId, type Snapshot } from '../../src/faults/engine';
import { faults } from '../../src/faults/registry';
import type { ChoiceEvent, Guide, Lang, StepMeta } from '../../src/faults/types';
import { choiceLabel } from '../../src/i18n/runText';
import { uiEn } from '../../src/i18n/ui.en';
import { uiZh } from '../../src/i18n/ui.zh';
import type { RunningServer } from '../../scripts/serve.mjs';
import {
  clickText,
  clickWhenReady,
  dumpDb,
  guidePrefetched,
  homeReady,
  issues,
  nextScreen,
  openDetails,
  screen,
  uploadWhenReady,
  waitFor,
} from '../engines/actions';
import { ENGINES, launch, missingFor, type Driver, type Locale } from '../engines/drivers';
import { makePng } from '../engines/png';
import { makeTestBuild, serveTestBuild, type TestBuild } from '../engines/testBuild';
import { backupTextEn } from '../../src/backup/backup.text.en';

const ui = { en: uiEn, zh: uiZh };
const LOCALES: { lang: Lang; locale: Locale }[] = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'zh', locale: 'zh-CN' },
];

function allEvents(guide: Guide) {
  const types = new Set<ChoiceEvent>();
  for (const node of Object.values(guide.machine.root.states)) {
    const meta = (node as { meta?: StepMeta }).meta;
    if (meta && meta.kind !== 'end') meta.choices.forEach((c) => types.add(c));
  }
  return [...types].map((type) => ({ type }));
}

/** The longest of the shortest paths to an end of this outcome: it visits the most screens. */
function pathTo(guide: Guide, outcome: 'resolved' | 'escalated') {
  const paths = getShortestPaths(guide.machine, { events: allEvents(guide) }).filter((p) => {
    const s = p.state as Snapshot;
    const meta = s.status === 'done' ? metaOf(guide, s) : undefined;
    return meta?.kind === 'end' && meta.outcome === outcome;
  });
  const best = paths.sort((a, b) => b.steps.length - a.steps.length)[0]!;
  return best.steps.slice(1).map((s, i) => ({
    from: stateId(best.steps[i]!.state as Snapshot),
    event: (s.event as { type: ChoiceEvent }).type,
  }));
}

const choiceSelector = (event: ChoiceEvent) => `main .choices .choice-${event.replace('.', '-')}`;

/** Answers one step: checks the heading and the button's label, taps it, waits for the next. */
async function answer(d: Driver, guide: Guide, lang: Lang, from: string, event: ChoiceEvent) {
  const before = await waitFor(
    d,
    `step ${from}`,
    (id) =>
      document.querySelector(`main[data-state="${id}"] .choices button:not([disabled])`) !== null,
    from,
  ).then(() => screen(d));
  expect(before.heading).toBe(guide.content[lang].states[from]!.heading);
  const label = await d.evaluate(
    (sel) => document.querySelector(sel)?.textContent?.trim() ?? '',
    choiceSelector(event),
  );
  expect(label).toContain(choiceLabel(guide.content[lang], ui[lang], from, event));
  await clickWhenReady(d, choiceSelector(event));
  await nextScreen(d, before);
}

let build: TestBuild;
let tmp: string;
const guides = new Map<string, Guide>();

beforeAll(async () => {
  build = await makeTestBuild(inject('distDir'));
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-engine-files-'));
  for (const f of faults) guides.set(f.id, await f.load());
});
afterAll(async () => {
  await build?.remove();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

let drivers: Driver[] = [];
let servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.allSettled(drivers.map((d) => d.close()));
  await Promise.allSettled(servers.map((s) => s.close()));
  drivers = [];
  servers = [];
});

async function start(engine: (typeof ENGINES)[number], locale: Locale, port = 0) {
  const failures: string[] = [];
  const server = await serveTestBuild(build.root, failures, port);
  servers.push(server);
  const d = await launch(engine, locale);
  drivers.push(d);
  return { d, server, failures, url: (p: string) => server.url + p };
}

describe.each(ENGINES)('%s', (engine) => {
  const missing = missingFor(engine);
  if (missing.length > 0) {
    // ensure-deps.sh installs these (or stops with the command); never skipped silently in CI.
    it(`has what it needs installed (${missing.join(', ')})`, () => {
      expect(missing, 'run scripts/ensure-deps.sh').toEqual([]);
    });
    return;
  }

  it.each(LOCALES)(
    'walks every guide to both ends in $locale, clean',
    async ({ lang, locale }) => {
      const { d, failures, url } = await start(engine, locale);
      await d.goto(url('/'));
      await homeReady(d);
      expect(await d.evaluate(() => document.documentElement.lang)).toBe(
        lang === 'zh' ? 'zh-CN' : 'en',
      );
      // The ephemeral store is told plainly, and only where it is one (checked again after
      // the walk, when storage has long been open).
      const ephemeralText = ui[lang].banner.ephemeral;
      const told = () => d.evaluate((t) => document.body.innerText.includes(t), ephemeralText);
      if (engine === 'webkit-ephemeral') {
        await waitFor(
          d,
          'the ephemeral-store banner',
          (t) => document.body.innerText.includes(t),
          ephemeralText,
        );
      }

      for (const entry of faults) {
        const guide = guides.get(entry.id)!;
        for (const outcome of ['resolved', 'escalated'] as const) {
          await d.goto(url('/'));
          await homeReady(d);
          await clickWhenReady(d, `main .fault-card[href="/guide/${entry.id}"]`);
          for (const step of pathTo(guide, outcome)) {
            await answer(d, guide, lang, step.from, step.event);
          }
          await waitFor(
            d,
            `the ${outcome} end`,
            (cls) => document.querySelector(`main.${cls} h1`) !== null,
            `end-${outcome}`,
          );
          if (outcome === 'escalated') {
            await waitFor(
              d,
              'who to call',
              (t) => [...document.querySelectorAll('main h2')].some((h) => h.textContent === t),
              ui[lang].end.whoToCall,
            );
          }
        }
      }
      expect(await told()).toBe(engine === 'webkit-ephemeral');
      expect(await issues(d, failures)).toEqual([]);
    },
    600_000,
  );

  it('resumes after a reload; keeps a note with a photo; exports a backup that restores in a fresh profile', async () => {
    const lang = 'en';
    const { d, failures, url } = await start(engine, 'en-US');
    const guide = guides.get('keyError')!;
    await d.goto(url('/guide/keyError'));
    const steps = pathTo(guide, 'escalated');
    for (const step of steps.slice(0, 2)) await answer(d, guide, lang, step.from, step.event);
    const at = await screen(d);
    expect(at.path).toMatch(/^\/incident\//);

    await d.reload();
    await waitFor(
      d,
      'the resumed step',
      (s) =>
        document.querySelector(`main[data-state="${s}"] .choices button:not([disabled])`) !== null,
      at.state,
    );
    expect(await screen(d)).toEqual(at);

    // A note with a card number and a photo.
    await openDetails(d, ui.en.notes.add);
    await clickWhenReady(d, 'textarea');
    await d.type('textarea', 'Customer card 4111 1111 1111 1111 declined');
    const png = path.join(tmp, `screen-${engine}.png`);
    await writeFile(png, makePng(1200, 800));
    await uploadWhenReady(d, 'input[type="file"][accept="image/*"]', png);
    await waitFor(d, 'the photo thumbnail', () => {
      const img = document.querySelector('.notes-body .notes-photo img');
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
    });
    await clickText(d, 'button', ui.en.notes.save);
    await waitFor(d, 'saved', (t) => document.body.innerText.includes(t), ui.en.notes.saved);

    await d.reload();
    await openDetails(d, ui.en.notes.add);
    await waitFor(d, 'the note and its photo after a reload', () => {
      const item = document.querySelector('.notes-list .note-item');
      const img = item?.querySelector('img');
      return (
        !!item?.textContent?.includes('Customer card •••• 1111 declined') &&
        img instanceof HTMLImageElement &&
        img.complete &&
        img.naturalWidth === 1200
      );
    });
    const stored = await dumpDb(d);
    expect(stored.notes).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toMatch(/4111[ -]?1111/);
    expect((stored.notes?.[0] as { photo: string }).photo).toMatch(/^image\/jpeg \d+ bytes$/);

    // Export.
    await d.goto(url('/backup'));
    await clickText(d, 'button', backupTextEn.exportButton);
    const file = await waitFor(d, 'the backup file', () => window.__probe?.download() ?? null);
    expect(file.name).toMatch(/^pos-rescue-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.text).not.toMatch(/4111[ -]?1111/);
    expect(await issues(d, failures)).toEqual([]);

    // Restore into a fresh profile of the same engine.
    const fresh = await start(engine, 'en-US');
    const backupPath = path.join(tmp, `backup-${engine}.json`);
    await writeFile(backupPath, file.text);
    await fresh.d.goto(fresh.url('/backup'));
    await uploadWhenReady(
      fresh.d,
      'input[type="file"][accept="application/json,.json"]',
      backupPath,
    );
    await waitFor(
      fresh.d,
      'restored',
      (t) => document.body.innerText.includes(t),
      backupTextEn.imported,
    );
    expect(await dumpDb(fresh.d)).toEqual(stored);
    expect(await issues(fresh.d, fresh.failures)).toEqual([]);
  }, 400_000);

  it('works offline with the server stopped: reload, a whole guide', async () => {
    const { d, server, url } = await start(engine, 'zh-CN');
    await d.goto(url('/'));
    await homeReady(d);
    await waitFor(
      d,
      'the service worker in control',
      () => navigator.serviceWorker?.controller != null,
    );
    await guidePrefetched(d);
    await server.close();
    await expect(fetch(url('/index.html'))).rejects.toThrow();

    await d.reload();
    await homeReady(d);
    await clickWhenReady(d, 'main .fault-card');
    for (let answers = 0; answers < 40; answers++) {
      const now = await waitFor(d, 'a step', () => {
        const main = document.querySelector('main');
        return (
          !!main?.classList.contains('end') ||
          !!document.querySelector('.choices button:not([disabled])')
        );
      }).then(() => screen(d));
      if (await d.evaluate(() => !!document.querySelector('main.end'))) break;
      await d.click('.choices button');
      await nextScreen(d, now);
    }
    expect(await d.evaluate(() => !!document.querySelector('main.end h1'))).toBe(true);
    // With the server gone nothing may fail either: everything came from the precache.
    expect(await issues(d, [])).toEqual([]);
  }, 300_000);
});
