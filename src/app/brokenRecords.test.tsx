/**
 * No screen ever breaks on a record that got into the database before the import rules existed
 * (or by any other way): broken records are written straight into IndexedDB, past every check,
 * and Home, History and the incident screen skip them with a notice, showing everything else.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { format, htmlLang, loadUi } from '../i18n/i18n';
import type { Lang } from '../faults/types';
import { resetSkipped } from '../storage/skipped';
import { incident } from '../storage/testUtils';
import { App } from './App';
import { closeTestStorages, openTestServices } from '../infra/services.testkit';

const T0 = Date.UTC(2026, 10, 20, 9, 30);

/** Records an older version, another tool or a hostile file could have left behind. */
const BROKEN: Record<string, unknown>[] = [
  incident({ id: 'far-future', startedAt: 1e16, updatedAt: 1e16 }),
  incident({ id: 'log-time', log: [{ from: 'screen', event: 'screen.keyError', at: 1e300 }] }),
  incident({ id: 'proto-event', log: [{ from: 'screen', event: '__proto__' as 'next', at: T0 }] }),
  incident({ id: 'ctor-state', log: [{ from: 'constructor', event: 'next', at: T0 }] }),
  {
    ...incident({ id: 'huge-log' }),
    log: Array.from({ length: 100_000 }, () => ({ from: 'screen', event: 'next', at: T0 })),
  },
  { ...incident({ id: 'no-fault' }), fault: 'paperJam' },
  { ...incident({ id: 'no-log' }), log: 'x' },
  { ...incident({ id: 'bad-status' }), status: { toString: null } },
];

afterEach(() => {
  closeTestStorages();
  localStorage.clear();
  resetSkipped();
});

async function setup(lang: Lang, path: string) {
  history.replaceState(null, '', path);
  localStorage.setItem('pos-rescue.lang', lang);
  document.documentElement.lang = htmlLang(lang);
  const ui = await loadUi(lang);
  const { services, storage } = await openTestServices();
  const db = storage.db!;
  // Straight into IndexedDB: no repo, no check.
  await db.incidents.bulkPut(BROKEN as never[]);
  await db.incidents.put(incident({ id: 'good', startedAt: T0, updatedAt: T0 }));
  await db.notes.put({
    id: 'bad-note',
    incidentId: 'good',
    stepId: 'screen',
    createdAt: 9e15,
    updatedAt: 9e15,
    text: 'x',
  });
  render(<App initial={{ lang, ui }} services={services} />);
  return ui;
}

describe.each(['en', 'zh'] as const)('broken records in the database (%s)', (lang) => {
  it('Home shows the good incident and a notice, never "could not be loaded"', async () => {
    const ui = await setup(lang, '/');
    await screen.findByRole('heading', { level: 2, name: ui.home.unfinishedHeading });
    expect(screen.getAllByRole('button', { name: new RegExp(`^${ui.home.resume}`) })).toHaveLength(
      1,
    );
    await screen.findByText(format(ui.banner.skipped, { n: BROKEN.length }));
    expect(screen.queryByText(ui.step.loadFailed)).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: ui.home.heading })).toBeTruthy();
  });

  it('History lists the good one (deletable), with the notice', async () => {
    const ui = await setup(lang, '/history');
    await waitFor(() => expect(document.querySelectorAll('.history-list li')).toHaveLength(1));
    await screen.findByText(format(ui.banner.skipped, { n: BROKEN.length }));
  });

  it.each(BROKEN.map((r) => r.id as string))(
    'the incident screen for %s says so instead of breaking',
    async (id) => {
      const ui = await setup(lang, `/incident/${id}`);
      await screen.findByRole('heading', { level: 1, name: ui.step.notFound });
      await screen.findByText(format(ui.banner.skipped, { n: 1 }));
    },
  );

  it('a broken note is skipped; the incident still opens', async () => {
    const ui = await setup(lang, '/incident/good');
    await waitFor(() => expect(document.querySelector('main[data-state]')).not.toBeNull());
    expect(screen.queryByText(ui.step.loadFailed)).toBeNull();
  });
});
