// Which decoder the scan screen uses: the browser's own BarcodeDetector only when it exists and
// lists qr_code (Chrome on desktop Linux has none; some builds have it without QR support).
import { describe, expect, it } from 'vitest';
import { nativeDetector } from './QrScanner';

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
