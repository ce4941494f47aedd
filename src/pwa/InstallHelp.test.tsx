import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../faults/types';
import { format } from '../i18n/i18n';
import { InstallHelp, installText } from './InstallHelp';
import { resetInstallForTests } from './installPrompt';
import {
  fireBeforeInstallPrompt,
  mockStandalone,
  renderWithLang,
  setUserAgent,
  UA,
} from './testUtils';

beforeEach(() => {
  mockStandalone(false);
  resetInstallForTests();
});
afterEach(() => {
  resetInstallForTests();
});

function primary() {
  return document.querySelector<HTMLElement>('.install-primary')!;
}

describe.each<Lang>(['en', 'zh'])('install help (%s)', (lang) => {
  it('WeChat: says it cannot install, may lose data, and how to open the system browser', async () => {
    setUserAgent(UA.wechat);
    const { ui } = await renderWithLang(lang, <InstallHelp />);
    const t = installText[lang].inApp;
    const app = ui.pwa.appNames.wechat;
    const box = within(primary());
    box.getByRole('heading', { level: 2, name: format(t.heading, { app }) });
    for (const line of t.body) box.getByText(format(line, { app }));
    for (const step of t.steps) box.getByText(step);
    box.getByRole('button', { name: t.copy });
    expect(primary().textContent).toContain('···');
    expect(screen.queryByRole('button', { name: installText[lang].button })).toBeNull();
  });

  it('QQ: the same help, naming QQ', async () => {
    setUserAgent(UA.qq);
    const { ui } = await renderWithLang(lang, <InstallHelp />);
    within(primary()).getByRole('heading', {
      name: format(installText[lang].inApp.heading, { app: ui.pwa.appNames.qq }),
    });
  });

  it('iPhone Safari: Share → Add to Home Screen, with icons', async () => {
    setUserAgent(UA.iosSafari);
    await renderWithLang(lang, <InstallHelp />);
    const box = within(primary());
    box.getByRole('heading', { level: 2, name: installText[lang].ios.heading });
    for (const step of installText[lang].ios.steps) box.getByText(step);
    expect(primary().querySelectorAll('svg').length).toBeGreaterThanOrEqual(2);
  });

  it('Chrome that offered installation: the Install button opens the browser dialog', async () => {
    setUserAgent(UA.chrome);
    await renderWithLang(lang, <InstallHelp />);
    // Without the browser's offer: the menu steps.
    within(primary()).getByText(installText[lang].menu.steps[1]);
    let fired: ReturnType<typeof fireBeforeInstallPrompt> | undefined;
    act(() => {
      fired = fireBeforeInstallPrompt('accepted');
    });
    expect(fired!.event.defaultPrevented).toBe(true);
    const button = screen.getByRole('button', { name: installText[lang].button });
    await userEvent.setup().click(button);
    expect(fired!.prompt).toHaveBeenCalledOnce();
    await screen.findByText(installText[lang].accepted);
  });

  it('Chrome, dialog dismissed: falls back to the menu steps', async () => {
    setUserAgent(UA.chrome);
    act(() => void fireBeforeInstallPrompt('dismissed'));
    await renderWithLang(lang, <InstallHelp />);
    await userEvent.setup().click(screen.getByRole('button', { name: installText[lang].button }));
    await screen.findByText(installText[lang].dismissed);
    within(primary()).getByText(installText[lang].menu.steps[1]);
  });

  it('Xiaomi browser: its add-to-home-screen steps and the shortcut permission hint', async () => {
    setUserAgent(UA.xiaomi);
    await renderWithLang(lang, <InstallHelp />);
    const a = installText[lang].android;
    const box = within(primary());
    box.getByRole('heading', { level: 2, name: a.xiaomi.heading });
    for (const step of a.xiaomi.steps) box.getByText(step);
    box.getByText(a.permission);
  });

  it('lists every other browser under "Other phones and browsers"', async () => {
    setUserAgent(UA.iosSafari);
    const { ui } = await renderWithLang(lang, <InstallHelp />);
    const t = installText[lang];
    const more = within(document.querySelector<HTMLElement>('.install-more')!);
    const headings = more.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      t.menu.heading,
      t.android.huawei.heading,
      t.android.xiaomi.heading,
      t.android.oppo.heading,
      t.android.vivo.heading,
      t.android.qqBrowser.heading,
      t.android.uc.heading,
      t.samsung.heading,
      t.firefox.heading,
      format(t.inApp.heading, { app: ui.pwa.appNames.inApp }),
      t.other.heading,
    ]);
  });

  it('already installed: says so, no steps', async () => {
    setUserAgent(UA.chrome);
    mockStandalone(true);
    resetInstallForTests();
    await renderWithLang(lang, <InstallHelp />);
    screen.getByText(installText[lang].installed);
    expect(document.querySelector('.install-primary')).toBeNull();
  });
});
