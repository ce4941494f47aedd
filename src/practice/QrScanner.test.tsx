// Which decoder the scan screen uses: the browser's own BarcodeDetector only when it exists and
// lists qr_code (Chrome on desktop Linux has none; some builds have it without QR support).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { format, LangProvider } from '../i18n/i18n';
import { uiEn } from '../i18n/ui.en';
import { practiceTextEn } from './practice.text.en';
import { askBeforeDownload, QR_READER_KB } from './qrReader';
import QrScanner, { loadQrDetector, nativeDetector, NeedsConnection } from './QrScanner';

function fakeDetector(formats: string[] | Error) {
  return class {
    static made = 0;
    static getSupportedFormats() {
      return formats instanceof Error ? Promise.reject(formats) : Promise.resolve(formats);
    }
    options: unknown;
    constructor(options: unknown) {
      this.options = options;
    }
    detect() {
      return Promise.resolve([{ rawValue: 'x' }]);
    }
  };
}

describe('nativeDetector', () => {
  it('uses the browser’s BarcodeDetector when it reads QR codes, asking for QR only', async () => {
    const d = await nativeDetector({ BarcodeDetector: fakeDetector(['ean_13', 'qr_code']) });
    expect(d).not.toBeNull();
    expect((d as unknown as { options: unknown }).options).toEqual({ formats: ['qr_code'] });
    await expect(d!.detect({} as HTMLVideoElement)).resolves.toEqual([{ rawValue: 'x' }]);
  });

  it('falls back when there is none, it reads no QR codes, or asking fails', async () => {
    await expect(nativeDetector({})).resolves.toBeNull();
    await expect(nativeDetector({ BarcodeDetector: fakeDetector(['ean_13']) })).resolves.toBeNull();
    await expect(
      nativeDetector({ BarcodeDetector: fakeDetector(new Error('no')) }),
    ).resolves.toBeNull();
  });
});

// The ZXing reader is not in the precache: it is fetched on the first scan (and cached by the
// service worker), asked for first on a metered connection, and missed honestly when offline.
const zxing = vi.hoisted(() => ({
  prepare: vi.fn<(options: unknown) => Promise<unknown>>(),
  purge: vi.fn(),
}));
vi.mock('barcode-detector/ponyfill', () => ({
  BarcodeDetector: class {
    detect() {
      return Promise.resolve([]);
    }
  },
  prepareZXingModule: zxing.prepare,
  purgeZXingModule: zxing.purge,
}));
// The build's address of the .wasm (Vite `?url`), as in dist/.
vi.mock('./zxingWasm', () => ({ ZXING_WASM_URL: '/assets/zxing_reader-Test1234.wasm' }));

/** Cache Storage holding the reader's .wasm (or not). */
function stubCaches(holdsReader: boolean) {
  const match = vi.fn((url: string) =>
    Promise.resolve(holdsReader && url.endsWith('.wasm') ? new Response('') : undefined),
  );
  vi.stubGlobal('caches', { match });
  return match;
}

afterEach(() => {
  vi.unstubAllGlobals();
  zxing.prepare.mockReset();
  zxing.purge.mockReset();
  delete (navigator as { connection?: unknown }).connection;
});

describe('askBeforeDownload', () => {
  it('asks when the user saves data or the connection is 3G or slower', () => {
    expect(askBeforeDownload({ saveData: true, effectiveType: '4g' })).toBe(true);
    for (const effectiveType of ['slow-2g', '2g', '3g'])
      expect(askBeforeDownload({ effectiveType }), effectiveType).toBe(true);
  });
  it('does not ask on a fast connection, or when the browser says nothing', () => {
    expect(askBeforeDownload({ saveData: false, effectiveType: '4g' })).toBe(false);
    expect(askBeforeDownload({})).toBe(false);
    expect(askBeforeDownload(undefined)).toBe(false);
  });
});

describe('loadQrDetector', () => {
  const native = { BarcodeDetector: fakeDetector(['qr_code']) };

  it('uses the browser’s own reader without downloading anything', async () => {
    const before = vi.fn(() => Promise.resolve());
    const d = await loadQrDetector(before, { scope: native, connection: { saveData: true } });
    expect(d.kind).toBe('native');
    expect(before).not.toHaveBeenCalled();
    expect(zxing.prepare).not.toHaveBeenCalled();
  });

  it('downloads the ZXing reader on first use, compiling it at once from our origin', async () => {
    stubCaches(false);
    zxing.prepare.mockResolvedValue({});
    const before = vi.fn(() => Promise.resolve());
    const d = await loadQrDetector(before, { scope: {}, connection: { effectiveType: '4g' } });
    expect(d.kind).toBe('zxing');
    expect(before).toHaveBeenCalledWith(false);
    const options = zxing.prepare.mock.calls[0]![0] as {
      fireImmediately: boolean;
      overrides: { locateFile: (path: string, prefix: string) => string };
    };
    expect(options.fireImmediately).toBe(true);
    const wasm = options.overrides.locateFile('zxing_reader.wasm', 'https://cdn.example/');
    expect(wasm).toBe('/assets/zxing_reader-Test1234.wasm');
  });

  it('asks first on a metered connection, and waits for the yes', async () => {
    stubCaches(false);
    zxing.prepare.mockResolvedValue({});
    let yes = () => {};
    const before = vi.fn((ask: boolean) => {
      expect(ask).toBe(true);
      return new Promise<void>((resolve) => (yes = resolve));
    });
    const loading = loadQrDetector(before, { scope: {}, connection: { saveData: true } });
    await vi.waitFor(() => expect(before).toHaveBeenCalled());
    expect(zxing.prepare).not.toHaveBeenCalled();
    yes();
    await expect(loading).resolves.toMatchObject({ kind: 'zxing' });
  });

  it('does not ask again once the reader is cached (it works offline then)', async () => {
    stubCaches(true);
    zxing.prepare.mockResolvedValue({});
    const before = vi.fn(() => Promise.resolve());
    const d = await loadQrDetector(before, { scope: {}, connection: { saveData: true } });
    expect(d.kind).toBe('zxing');
    expect(before).not.toHaveBeenCalled();
  });

  it('says a connection is needed when the reader is not cached and cannot be fetched', async () => {
    stubCaches(false);
    zxing.prepare.mockRejectedValue(new Error('Failed to fetch'));
    await expect(loadQrDetector(undefined, { scope: {} })).rejects.toBeInstanceOf(NeedsConnection);
    // The failed instance is dropped, so the next try downloads again.
    expect(zxing.purge).toHaveBeenCalled();
  });

  it('reports another failure of a cached reader as it is', async () => {
    stubCaches(true);
    zxing.prepare.mockRejectedValue(new Error('out of memory'));
    const e = await loadQrDetector(undefined, { scope: {} }).catch((x: unknown) => x);
    expect(e).not.toBeInstanceOf(NeedsConnection);
    expect(String(e)).toContain('out of memory');
  });
});

describe('the scan screen before the reader is downloaded (en)', () => {
  const size = `${QR_READER_KB} KB`;
  const renderScanner = () =>
    render(
      <LangProvider initial={{ lang: 'en', ui: uiEn }}>
        <QrScanner onText={() => Promise.resolve(false)} onClose={() => {}} />
      </LangProvider>,
    );

  it('on a metered connection asks first, with the size, then downloads on the yes', async () => {
    stubCaches(false);
    Object.defineProperty(navigator, 'connection', {
      value: { saveData: true },
      configurable: true,
    });
    zxing.prepare.mockResolvedValue({});
    const user = userEvent.setup();
    renderScanner();
    const question = await screen.findByText(format(practiceTextEn.qr.askDownload, { size }));
    await waitFor(() => expect(question).toHaveFocus());
    expect(zxing.prepare).not.toHaveBeenCalled();
    await user.click(
      screen.getByRole('button', { name: format(practiceTextEn.qr.download, { size }) }),
    );
    // jsdom has no camera: the reader is in, and the screen says the camera is missing.
    expect(await screen.findByRole('alert')).toHaveTextContent(practiceTextEn.qr.noCamera);
    expect(zxing.prepare).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.qr-scanner')).toHaveAttribute('data-decoder', 'zxing');
  });

  it('offline before the first download: says it needs a connection once', async () => {
    stubCaches(false);
    zxing.prepare.mockRejectedValue(new TypeError('Failed to fetch'));
    renderScanner();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      format(practiceTextEn.qr.needsConnection, { size }),
    );
    expect(screen.queryByRole('button', { name: /Download/ })).toBeNull();
  });
});
