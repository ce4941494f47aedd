import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replace } from '../infra/router';
import { closeTestStorages, openTestServices } from '../infra/services.testkit';
import { LangProvider, loadUi } from '../i18n/i18n';
import { InstallEntry } from './InstallEntry';
import { resetInstallForTests } from './installPrompt';
import { OnlineStatus } from './OnlineStatus';
import { PwaShell, ReadyNote } from './PwaShell';
import { resetSwForTests, setApplyHandler, setSwStatus } from './swState';
import { mockStandalone, renderWithLang, setUserAgent, UA } from './testUtils';

beforeEach(() => {
  mockStandalone(false);
  resetInstallForTests();
  resetSwForTests();
  replace({ name: 'home' });
});
afterEach(() => {
  closeTestStorages();
  resetSwForTests();
});

describe('update bar', () => {
  it('waits for the tap: the new version is applied only then', async () => {
    const { services } = await openTestServices();
    const apply = vi.fn();
    setApplyHandler(apply);
    const { ui } = await renderWithLang('zh', <PwaShell />, services);
    expect(screen.queryByRole('button', { name: ui.pwa.update.button })).toBeNull();

    act(() => setSwStatus({ updateReady: true }));
    const button = screen.getByRole('button', { name: ui.pwa.update.button });
    screen.getByText(ui.pwa.update.note);
    await new Promise((r) => setTimeout(r, 50));
    expect(apply).not.toHaveBeenCalled();

    await userEvent.setup().click(button);
    await waitFor(() => expect(apply).toHaveBeenCalledOnce());
    await screen.findByRole('button', { name: ui.pwa.update.applying });
  });

  it('"Later" puts the bar away without applying anything', async () => {
    const apply = vi.fn();
    setApplyHandler(apply);
    const { ui } = await renderWithLang('en', <PwaShell />);
    act(() => setSwStatus({ updateReady: true }));
    await userEvent.setup().click(screen.getByRole('button', { name: ui.pwa.update.later }));
    expect(screen.queryByRole('button', { name: ui.pwa.update.button })).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });

  const stuck = {
    flush: () => Promise.resolve({ ok: false as const, error: 'quota' as const, pending: 1 }),
  };

  it('does not switch while the last answer is unsaved, and says so', async () => {
    const { services: real } = await openTestServices();
    const apply = vi.fn();
    setApplyHandler(apply);
    const { ui } = await renderWithLang('en', <PwaShell />, {
      ...real,
      incidents: { ...real.incidents, ...stuck },
    });
    act(() => setSwStatus({ updateReady: true }));
    await userEvent.setup().click(screen.getByRole('button', { name: ui.pwa.update.button }));
    const { answer, tryAgain } = ui.pwa.update.notSaved;
    await screen.findByText(`${answer} ${tryAgain}`);
    expect(apply).not.toHaveBeenCalled();
  });

  // The wording names what is pending: a stuck note is not "your last answer" (both languages),
  // and every store is flushed and named: terminals and settings too.
  it.each(['en', 'zh'] as const)(
    'names a note, a terminal, a setting or a practice run that is not saved (%s)',
    async (lang) => {
      const { services: real } = await openTestServices();
      const apply = vi.fn();
      setApplyHandler(apply);
      const { ui } = await renderWithLang(lang, <PwaShell />, {
        ...real,
        notes: { ...real.notes, ...stuck },
        terminals: { ...real.terminals, ...stuck },
        settings: { ...real.settings, ...stuck },
        practiceRuns: { ...real.practiceRuns, ...stuck },
      });
      act(() => setSwStatus({ updateReady: true }));
      await userEvent.setup().click(screen.getByRole('button', { name: ui.pwa.update.button }));
      const { answer, note, terminal, setting, practiceRun, tryAgain } = ui.pwa.update.notSaved;
      // Chinese sentences run on without a space.
      const gap = lang === 'zh' ? '' : ' ';
      await screen.findByText([note, terminal, setting, practiceRun, tryAgain].join(gap));
      expect(screen.queryByText(answer, { exact: false })).toBeNull();
      expect(apply).not.toHaveBeenCalled();
    },
  );
});

describe('ready to work offline', () => {
  it('shows once after the first install, with OK and the install link', async () => {
    const { ui } = await renderWithLang(
      'en',
      <>
        <PwaShell />
        <main>content</main>
        <ReadyNote />
      </>,
    );
    act(() => setSwStatus({ offlineReady: true }));
    const note = screen.getByText(ui.pwa.offlineReady);
    // In the page after the content, not in the fixed bars that lie over it.
    expect(note.closest('.pwa-bars')).toBeNull();
    expect(
      screen.getByRole('main').compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    screen.getByRole('link', { name: ui.pwa.addToHome });
    await userEvent.setup().click(screen.getByRole('button', { name: ui.pwa.ok }));
    expect(screen.queryByText(ui.pwa.offlineReady)).toBeNull();
  });

  it('goes by itself after a while', async () => {
    vi.useFakeTimers();
    try {
      const ui = await loadUi('zh');
      render(
        <LangProvider initial={{ lang: 'zh', ui }}>
          <ReadyNote />
        </LangProvider>,
      );
      act(() => setSwStatus({ offlineReady: true }));
      screen.getByText(ui.pwa.offlineReady);
      act(() => void vi.advanceTimersByTime(13_000));
      expect(screen.queryByText(ui.pwa.offlineReady)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('online status', () => {
  it('says online or offline, in a status line', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const { ui } = await renderWithLang('zh', <OnlineStatus />);
    expect(screen.getByRole('status').textContent).toBe(ui.pwa.online);
    online.mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByRole('status').textContent).toBe(ui.pwa.offline);
    online.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.getByRole('status').textContent).toBe(ui.pwa.online);
  });
});

describe('in-app browser banner', () => {
  it('WeChat: a banner on the home screen that leads to the help', async () => {
    setUserAgent(UA.wechat);
    const { ui } = await renderWithLang('zh', <PwaShell />);
    screen.getByText(ui.pwa.inAppBanner.heading);
    const link = screen.getByRole('link', { name: ui.pwa.inAppBanner.link });
    expect(link.getAttribute('href')).toBe('/install');
  });

  it('not on other screens, not in ordinary browsers', async () => {
    setUserAgent(UA.wechat);
    replace({ name: 'incident', id: 'x' });
    const { ui } = await renderWithLang('en', <PwaShell />);
    expect(screen.queryByText(ui.pwa.inAppBanner.heading)).toBeNull();
    replace({ name: 'home' });
    setUserAgent(UA.chrome);
    await renderWithLang('en', <PwaShell />);
    expect(screen.queryByText(ui.pwa.inAppBanner.heading)).toBeNull();
  });
});

describe('install entry on home', () => {
  it('links to /install when not installed', async () => {
    const { ui } = await renderWithLang('en', <InstallEntry />);
    expect(screen.getByRole('link', { name: ui.pwa.entry }).getAttribute('href')).toBe('/install');
  });

  it('is hidden when running installed', async () => {
    mockStandalone(true);
    resetInstallForTests();
    const { ui } = await renderWithLang('en', <InstallEntry />);
    expect(screen.queryByRole('link', { name: ui.pwa.entry })).toBeNull();
  });
});
