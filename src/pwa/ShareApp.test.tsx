import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import QRCode from 'qrcode';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../faults/types';
import { format } from '../i18n/i18n';
import { QUIET_ZONE } from '../ui/QrCode';
import { installTextEn } from './install.text.en';
import { installTextZh } from './install.text.zh';
import { ShareApp } from './ShareApp';
import { shareTextEn } from './share.text.en';
import { shareTextZh } from './share.text.zh';
import { renderWithLang } from './testUtils';

const shareText = { en: shareTextEn, zh: shareTextZh };
const installText = { en: installTextEn, zh: installTextZh };
const address = `${location.origin}/`;

/** Gives navigator a share sheet and a clipboard (jsdom has neither), for one test. */
function stubNavigator(parts: {
  share?: (data: ShareData) => Promise<void>;
  writeText?: () => Promise<void>;
}) {
  const share = parts.share ? vi.fn(parts.share) : undefined;
  const writeText = vi.fn(parts.writeText ?? (() => Promise.resolve()));
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return { share, writeText };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe.each<Lang>(['en', 'zh'])('put it on every staff phone (%s)', (lang) => {
  const t = shareText[lang];
  const install = installText[lang];

  it('draws the app’s own address as a QR code: every dark module of its matrix, and the quiet zone', async () => {
    stubNavigator({});
    await renderWithLang(lang, <ShareApp />);
    screen.getByRole('heading', { level: 2, name: t.heading });
    const code = await screen.findByRole('img', { name: format(t.qrLabel, { url: address }) });
    expect(code.getAttribute('data-code')).toBe(address);
    // No decoder in jsdom: the drawing is checked against the encoder's own matrix instead (the
    // browser test decodes the code on screen).
    const { size, data } = QRCode.create(address, { errorCorrectionLevel: 'M' }).modules;
    const side = size + 2 * QUIET_ZONE;
    expect(code.getAttribute('viewBox')).toBe(`0 0 ${side} ${side}`);
    const squares = [
      ...code
        .querySelector('path')!
        .getAttribute('d')!
        .matchAll(/M(\d+) (\d+)/g),
    ];
    const dark = new Set(
      squares.map((m) => `${Number(m[1]) - QUIET_ZONE},${Number(m[2]) - QUIET_ZONE}`),
    );
    expect(squares).toHaveLength(dark.size);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        expect(dark.has(`${x},${y}`), `module ${x},${y}`).toBe(Boolean(data[y * size + x]));
      }
    }
    screen.getByText(address);
  });

  it('says how to put it on the home screen on Android and iPhone, and what WeChat does, in install help’s words', async () => {
    stubNavigator({});
    const { ui } = await renderWithLang(lang, <ShareApp />);
    const section = within(screen.getByRole('region', { name: t.heading }));
    section.getByText(t.android);
    section.getByText(
      format(t.iphone, { share: install.ios.shareLabel, add: install.ios.addLabel }),
    );
    const app = ui.pwa.appNames.wechat;
    section.getByText(format(t.wechat, { app }));
    for (const line of install.inApp.body) section.getByText(format(line, { app }));
    for (const step of install.inApp.steps) section.getByText(step);
    expect(section.getByRole('link', { name: t.moreHelp }).getAttribute('href')).toBe('/install');
  });

  it('with a share sheet: shares the address with the app’s name', async () => {
    const { share, writeText } = stubNavigator({ share: () => Promise.resolve() });
    const { ui } = await renderWithLang(lang, <ShareApp />);
    await userEvent.click(screen.getByRole('button', { name: t.share }));
    expect(share).toHaveBeenCalledWith({ url: address, title: ui.appName });
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('a share sheet closed without sharing: nothing copied, nothing said', async () => {
    const { share, writeText } = stubNavigator({
      share: () => Promise.reject(new DOMException('Share canceled', 'AbortError')),
    });
    await renderWithLang(lang, <ShareApp />);
    await userEvent.click(screen.getByRole('button', { name: t.share }));
    await waitFor(() => expect(share).toHaveBeenCalled());
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('a share sheet that refuses: the address is copied instead', async () => {
    const { writeText } = stubNavigator({
      share: () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')),
    });
    await renderWithLang(lang, <ShareApp />);
    await userEvent.click(screen.getByRole('button', { name: t.share }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(t.copied));
    expect(writeText).toHaveBeenCalledWith(address);
  });

  it('without a share sheet: copies the address and says so', async () => {
    const { writeText } = stubNavigator({});
    await renderWithLang(lang, <ShareApp />);
    expect(screen.queryByRole('button', { name: t.share })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: t.copy }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(t.copied));
    expect(writeText).toHaveBeenCalledWith(address);
  });

  it('a copy that fails says to copy the address by hand', async () => {
    stubNavigator({ writeText: () => Promise.reject(new Error('no clipboard')) });
    await renderWithLang(lang, <ShareApp />);
    await userEvent.click(screen.getByRole('button', { name: t.copy }));
    expect((await screen.findByRole('alert')).textContent).toBe(install.inApp.copyFailed);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
