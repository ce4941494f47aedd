/**
 * Screens around the storage traps: another tab's upgrade (answering disabled at once), an
 * upgrade blocked by an older tab (named, no memory fallback), and the "this browser may delete
 * your records" reminder (home screen only, once; settings show the last backup).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../faults/types';
import { htmlLang, loadUi } from '../i18n/i18n';
import { closeTestStorages, openTestServices } from '../infra/services.testkit';
import { DB_NAME } from './db';
import { SETTING_KEYS } from './records';
import { cleanupDbs, incident, openNewerVersion, openOldTabThatHolds } from './testUtils';
import { App } from '../app/App';
import { settingsTextEn } from '../app/settings.text.en';
import { settingsTextZh } from '../app/settings.text.zh';

const settingsText = { en: settingsTextEn, zh: settingsTextZh };

afterEach(async () => {
  closeTestStorages();
  await cleanupDbs();
  localStorage.clear();
  Reflect.deleteProperty(navigator, 'storage');
});

async function setup(lang: Lang, path: string, name = `test-${crypto.randomUUID()}`) {
  history.replaceState(null, '', path);
  localStorage.setItem('pos-rescue.lang', lang);
  document.documentElement.lang = htmlLang(lang);
  const ui = await loadUi(lang);
  const { services, storage } = await openTestServices({}, name);
  return { ui, services, storage, name };
}

describe.each(['en', 'zh'] as const)('storage traps on screen (%s)', (lang) => {
  it('another tab upgrades: the answer buttons are disabled at once, before any tap', async () => {
    const { ui, services: s, name } = await setup(lang, '/guide/keyError');
    render(<App initial={{ lang, ui }} services={s} />);
    await waitFor(() =>
      expect(document.querySelector('main[data-state] .choices button')).not.toBeNull(),
    );
    expect(document.querySelector<HTMLButtonElement>('.choices button')!.disabled).toBe(false);

    // The newer version of the app, in another tab, opens the database at a higher version.
    await act(() => openNewerVersion(name));

    await screen.findByText(ui.banner.otherTab);
    for (const b of document.querySelectorAll<HTMLButtonElement>('.choices button')) {
      expect(b.disabled).toBe(true);
    }
  });

  it('an older tab blocks the upgrade: it is named, and nothing switches to memory', async () => {
    history.replaceState(null, '', '/');
    localStorage.setItem('pos-rescue.lang', lang);
    const ui = await loadUi(lang);
    const old = await openOldTabThatHolds(DB_NAME);

    render(<App initial={{ lang, ui }} />); // opens the real database itself
    await screen.findByText(ui.banner.otherTabOld);
    expect(screen.queryByText(ui.banner.memoryOnly)).toBeNull();

    await act(async () => old.close()); // the merchant closes the other tab
    await screen.findByRole('heading', { level: 2, name: ui.home.unfinishedHeading });
    expect(screen.queryByText(ui.banner.otherTabOld)).toBeNull();
  });

  it('not installed, not persisted: the home screen asks once; never mid-guide; settings show the last backup', async () => {
    // The browser has not promised to keep the data (jsdom has no navigator.storage).
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: () => Promise.resolve(false) },
    });
    const { ui, services: s, storage } = await setup(lang, '/');
    await storage.incidents.put(incident({ id: 'a' }));
    const user = userEvent.setup();
    const view = render(<App initial={{ lang, ui }} services={s} />);
    await screen.findByRole('heading', { level: 2, name: ui.reminder.heading });
    expect(screen.getByRole('button', { name: ui.reminder.install })).toBeTruthy();
    expect(screen.getByRole('button', { name: ui.reminder.backupNow })).toBeTruthy();

    // Not in a guide.
    await user.click(screen.getByRole('button', { name: new RegExp(`^${ui.home.resume}`) }));
    await waitFor(() => expect(document.querySelector('main[data-state]')).not.toBeNull());
    expect(screen.queryByText(ui.reminder.heading)).toBeNull();

    // Answered once ("not now"): never again, also after a reload.
    view.unmount();
    history.replaceState(null, '', '/');
    const again = render(<App initial={{ lang, ui }} services={s} />);
    await user.click(await screen.findByRole('button', { name: ui.reminder.dismiss }));
    // Through the settings store: queued, then written.
    await waitFor(async () =>
      expect(await storage.settings.get(SETTING_KEYS.backupReminderAnsweredAt)).toBeTypeOf(
        'number',
      ),
    );
    again.unmount();
    render(<App initial={{ lang, ui }} services={s} />);
    await screen.findByRole('heading', { level: 2, name: ui.home.unfinishedHeading });
    expect(screen.queryByText(ui.reminder.heading)).toBeNull();
  });

  it('settings: no backup yet, then the time of the last one', async () => {
    const { ui, services: s, storage } = await setup(lang, '/settings');
    const first = render(<App initial={{ lang, ui }} services={s} />);
    await screen.findByText(settingsText[lang].noBackupYet);
    first.unmount();
    await storage.settings.set(SETTING_KEYS.lastBackupAt, Date.UTC(2026, 10, 30, 8, 0));
    render(<App initial={{ lang, ui }} services={s} />);
    await screen.findByText(
      (t) => t.startsWith(settingsText[lang].lastBackup.split('{date}')[0]!) && t.includes('2026'),
    );
  });
});
