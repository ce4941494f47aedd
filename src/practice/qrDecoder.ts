/**
 * The QR decoder of the scan screen, loaded only there: the browser's own BarcodeDetector when
 * it reads QR codes (Chrome on Android, Safari 17+…), else the barcode-detector ponyfill (ZXing
 * C++ as WebAssembly). The .wasm is part of our build (Vite `?url`), precached by the service
 * worker and fetched from our own origin: the ponyfill's default of a CDN is overridden, so no
 * request leaves the origin. Needs `'wasm-unsafe-eval'` in the CSP's script-src (WebAssembly
 * compilation only; no eval of script text).
 */
export interface QrDetector {
  /** The texts of the QR codes in the picture (empty when none). */
  detect(source: HTMLVideoElement): Promise<string[]>;
  /** 'native' or 'zxing': which decoder reads (shown to tests through a data attribute). */
  kind: 'native' | 'zxing';
}

interface DetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

export async function nativeDetector(
  scope: { BarcodeDetector?: unknown } = globalThis as { BarcodeDetector?: unknown },
): Promise<DetectorLike | null> {
  const Native = scope.BarcodeDetector as DetectorClass | undefined;
  if (typeof Native !== 'function') return null;
  try {
    const formats = (await Native.getSupportedFormats?.()) ?? [];
    return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

export async function loadQrDetector(): Promise<QrDetector> {
  const native = await nativeDetector();
  if (native) {
    return { kind: 'native', detect: async (s) => (await native.detect(s)).map((b) => b.rawValue) };
  }
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
    import('barcode-detector/ponyfill'),
    import('zxing-wasm/reader/zxing_reader.wasm?url'),
  ]);
  prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? wasmUrl : prefix + path,
    },
  });
  const detector = new BarcodeDetector({ formats: ['qr_code'] });
  return { kind: 'zxing', detect: async (s) => (await detector.detect(s)).map((b) => b.rawValue) };
}
