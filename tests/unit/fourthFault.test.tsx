/**
 * "A fourth fault is one folder and one registry entry", proved. The fixture fault
 * tests/fixtures/paperOut/ (machine, content, guide, scenarios, prevention and its entry) is
 * appended to the registry's own list with the registry's own `createRegistry`, and that registry
 * takes the place of src/faults/registry.ts for the whole app — the only seam; no product file
 * knows the fixture. Then, through the real App on real storage (fake-indexeddb): the address
 * routes to it, search finds it, it walks to both ends, it is stored and resumed, backed up and
 * restored into another database, its prevention tips show, and it can be practised.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setup, walk } from '../../src/app/screen.testkit';
import { buildBackup, readBackupFile, restoreRecords } from '../../src/backup/backupFile';
import { faultById, faults, isFaultId } from '../../src/faults/registry';
import type * as Registry from '../../src/faults/registry';
import type { Lang } from '../../src/faults/types';
import { choiceLabel } from '../../src/i18n/runText';
import {
  closeTestStorages,
  openTestServices,
  type TestServices,
} from '../../src/infra/services.testkit';
import { importBackup } from '../../src/storage/backup.repo';
import { paperOutEntry } from '../fixtures/paperOut/paperOut.entry';
import { practiceText } from '../../src/practice/practice.text';

vi.mock('../../src/faults/registry', async (importOriginal) => {
  const actual = await importOriginal<typeof Registry>();
  const { paperOutEntry: entry } = await import('../fixtures/paperOut/paperOut.entry');
  return { ...actual, ...actual.createRegistry([...actual.faults, entry]) };
});

afterEach(() => {
  cleanup();
  closeTestStorages();
  localStorage.clear();
});

/** The app at `path`, on a fresh database or on the one given (a reload). */
function open(lang: Lang, path = '/', given?: TestServices) {
  return setup(lang, path, given);
}

const guide = await paperOutEntry.load();
const id = paperOutEntry.id;

it('is in the registry the app sees, after the real faults', () => {
  expect(faults.map((f) => f.id)).toEqual([
    'keyError',
    'securityLock',
    'pinEntry',
    'commFailure',
    id,
  ]);
  expect(isFaultId(id)).toBe(true);
  expect(faultById(id)).toBe(paperOutEntry);
});

describe.each<Lang>(['en', 'zh'])('in %s', (lang) => {
  const text = guide.content[lang].states;

  it('its address opens its first question, and home lists it', async () => {
    await open(lang, `/guide/${id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: text.rollEmpty!.heading }),
    ).toBeVisible();
    cleanup();
    const { ui } = await open(lang, '/');
    const list = screen.getByRole('list', { name: ui.home.faultsLabel });
    expect(within(list).getByText(`「${paperOutEntry.terminalMessage}」`)).toBeVisible();
  });

  it('search finds it from a word of its message', async () => {
    const { ui, user } = await open(lang);
    await user.type(screen.getByRole('searchbox', { name: ui.home.searchLabel }), '缺纸');
    await user.click(screen.getByRole('button', { name: ui.home.searchButton }));
    // The fixture's own words find it: its card is among the answers (its message, 「打印机缺纸」,
    // is also one of the lookup's own answers, shown beside it).
    const card = await waitFor(() => {
      const found = screen.getAllByRole('link').find((l) => l.className === 'fault-card');
      expect(found).toBeDefined();
      return found;
    });
    expect(card).toHaveAttribute('href', `/guide/${id}`);
    await user.click(card!);
    expect(
      await screen.findByRole('heading', { level: 1, name: text.rollEmpty!.heading }),
    ).toBeVisible();
  });

  it.each(['resolved', 'escalated'] as const)(
    'walks from home to %s, stored with that outcome',
    async (outcome) => {
      const { ui, user, storage } = await open(lang);
      await user.click(screen.getByRole('link', { name: new RegExp(paperOutEntry.title[lang]) }));
      await walk(user, guide, lang, ui, outcome);
      await waitFor(() => expect(screen.getByRole('main')).toHaveClass(`end-${outcome}`));
      const incidentId = decodeURIComponent(location.pathname.split('/').pop()!);
      const stored = await storage.incidents.get(incidentId);
      expect(stored).toMatchObject({ fault: id, status: outcome });
    },
  );
});

it('is stored after an answer and resumed from home at the same question', async () => {
  const lang: Lang = 'en';
  const text = guide.content[lang].states;
  const first = await open(lang, `/guide/${id}`);
  const group = await screen.findByRole('group', { name: text.rollEmpty!.heading });
  await first.user.click(
    within(group).getByRole('button', {
      name: choiceLabel(guide.content[lang], first.ui, 'rollEmpty', 'answer.yes'),
    }),
  );
  await screen.findByRole('heading', { level: 1, name: text.loadPaper!.heading });
  await first.services.incidents.flush();
  cleanup();

  // The app again, on the same database: home offers to continue it.
  const again = await open(lang, '/', first);
  const resume = await screen.findByRole('button', {
    name: `${again.ui.home.resume}: ${paperOutEntry.title[lang]}`,
  });
  await again.user.click(resume);
  expect(
    await screen.findByRole('heading', { level: 1, name: text.loadPaper!.heading }),
  ).toBeVisible();
});

it('is backed up and restored into another database', async () => {
  const lang: Lang = 'en';
  const { ui, user, services, storage } = await open(lang);
  await user.click(screen.getByRole('link', { name: new RegExp(paperOutEntry.title[lang]) }));
  await walk(user, guide, lang, ui, 'resolved');
  await waitFor(() => expect(screen.getByRole('main')).toHaveClass('end-resolved'));
  await services.incidents.flush();
  const [stored] = await storage.incidents.listAll();
  expect(stored?.fault).toBe(id);

  const built = await buildBackup(await services.backup.exportAll(), Date.now());
  const parsed = await readBackupFile(new Blob([built.json]));
  if (!parsed.ok) throw new Error(`backup refused: ${JSON.stringify(parsed.error)}`);
  const other = await openTestServices();
  const report = await importBackup(other.storage, restoreRecords(parsed.data));
  expect(report.incidents.added).toBe(1);
  expect(await other.storage.incidents.get(stored!.id)).toEqual(stored);
});

it('shows its prevention tips', async () => {
  const advice = await paperOutEntry.loadPrevention();
  await open('en', '/prevention');
  expect(await screen.findByText(advice.en.items[0]!)).toBeVisible();
});

it('can be practised: its scenario is listed and runs to the debrief', async () => {
  const lang: Lang = 'en';
  const [scenario] = await paperOutEntry.loadScenarios();
  const { ui, user } = await open(lang, '/practice');
  const p = practiceText[lang];
  await screen.findByRole('heading', { level: 1, name: p.heading });
  await user.type(screen.getByRole('textbox', { name: p.traineeLabel }), 'Li');
  await user.click(screen.getByRole('button', { name: scenario!.title.en }));
  for (const [from, event] of [
    ['rollEmpty', 'answer.yes'],
    ['loadPaper', 'fixed.yes'],
  ] as const) {
    await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-state', from));
    const group = await screen.findByRole('group', {
      name: guide.content.en.states[from]!.heading,
    });
    await user.click(
      within(group).getByRole('button', { name: choiceLabel(guide.content.en, ui, from, event) }),
    );
  }
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: p.debrief.headingFor.replace('{title}', scenario!.title.en),
    }),
  ).toBeVisible();
  expect(screen.getByText(scenario!.rootCause.en)).toBeVisible();
});
