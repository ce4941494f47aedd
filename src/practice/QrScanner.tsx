/**
 * The scan screen (a lazy chunk of its own; its decoder loads from here only, see below):
 * the rear camera in a <video>, read a few times a second until the caller says it has what it
 * needs. Each distinct text is handed over once. The camera stops when the screen closes.
 */
import { useEffect, useRef, useState } from 'react';
import { format, useText } from '../i18n/i18n';
import { useFocusHeading } from '../ui/useFocusHeading';
import { practiceText } from './practice.text';
import { askBeforeDownload, QR_READER_KB, type ConnectionHints } from './qrReader';
import { ZXING_WASM_URL } from './zxingWasm';

/*
 * The decoder, loaded with this screen only: the browser's own BarcodeDetector when
 * it reads QR codes (Chrome on Android, Safari 17+…), else the barcode-detector ponyfill (ZXing
 * C++ as WebAssembly). The .wasm is part of our build (Vite `?url`) and fetched from our own
 * origin: the ponyfill's default of a CDN is overridden, so no request leaves the origin. Needs
 * `'wasm-unsafe-eval'` in the CSP's script-src (WebAssembly compilation only; no eval of script
 * text). The ponyfill and its .wasm (QR_READER_KB) are not in the service worker's precache,
 * which every merchant downloads: the first scan fetches them and the service worker keeps them
 * in a cache of their own (src/pwa/pwa.config.ts, QR_READER_FILES), so they work offline from
 * then on. On a connection the browser calls metered, the screen asks first.
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

/** True when the ZXing reader was fetched before and is in a cache (so it works offline). */
export async function zxingCached(): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  try {
    return (await caches.match(ZXING_WASM_URL)) !== undefined;
  } catch {
    return false;
  }
}

/** The ZXing reader, compiled now (so a failed download shows here, not as a silent scan). */
export async function loadZxingDetector(): Promise<QrDetector> {
  const { BarcodeDetector, prepareZXingModule, purgeZXingModule } =
    await import('barcode-detector/ponyfill');
  try {
    await prepareZXingModule({
      overrides: {
        locateFile: (path: string, prefix: string) =>
          path.endsWith('.wasm') ? ZXING_WASM_URL : prefix + path,
      },
      fireImmediately: true,
    });
  } catch (e) {
    purgeZXingModule(); // else the failed instance is kept, and a later try fails the same way
    throw e;
  }
  const detector = new BarcodeDetector({ formats: ['qr_code'] });
  return { kind: 'zxing', detect: async (s) => (await detector.detect(s)).map((b) => b.rawValue) };
}

/**
 * The decoder for this browser. `beforeDownload` is awaited when the ZXing reader is not cached
 * yet, with `ask` true when the connection is metered (the screen then waits for the user's
 * yes). Rejects with NeedsConnection when the reader was not cached and could not be fetched.
 */
export async function loadQrDetector(
  beforeDownload: (ask: boolean) => Promise<void> = () => Promise.resolve(),
  env: { connection?: ConnectionHints | undefined; scope?: { BarcodeDetector?: unknown } } = {},
): Promise<QrDetector> {
  const native = await nativeDetector(env.scope);
  if (native) {
    return { kind: 'native', detect: async (s) => (await native.detect(s)).map((b) => b.rawValue) };
  }
  const cached = await zxingCached();
  if (!cached) {
    const connection =
      'connection' in env
        ? env.connection
        : (navigator as Navigator & { connection?: ConnectionHints }).connection;
    await beforeDownload(askBeforeDownload(connection));
  }
  try {
    return await loadZxingDetector();
  } catch (e) {
    throw cached ? e : new NeedsConnection();
  }
}

/** The reader was not cached and could not be downloaded (offline, most likely). */
export class NeedsConnection extends Error {
  constructor() {
    super('the QR reader could not be downloaded');
  }
}

type Phase =
  | 'starting'
  | 'asking'
  | 'downloading'
  | 'scanning'
  | 'noCamera'
  | 'denied'
  | 'needsConnection'
  | 'decoderFailed';

export default function QrScanner(props: {
  /** Called once per distinct text read; resolve true to stop scanning. */
  onText: (text: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const pt = useText(practiceText);
  const videoRef = useRef<HTMLVideoElement>(null);
  const [phase, setPhase] = useState<Phase>('starting');
  const [kind, setKind] = useState<QrDetector['kind'] | null>(null);
  /** While asking before the download: the user's yes. */
  const [approve, setApprove] = useState<(() => void) | null>(null);
  const askRef = useFocusHeading<HTMLParagraphElement>(phase === 'asking');
  const onText = useRef(props.onText);
  const onClose = useRef(props.onClose);
  useEffect(() => {
    onText.current = props.onText;
    onClose.current = props.onClose;
  });

  useEffect(() => {
    let live = true;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const seen = new Set<string>();
    const beforeDownload = (ask: boolean) =>
      new Promise<void>((resolve) => {
        const go = () => {
          setApprove(null);
          setPhase('downloading');
          resolve();
        };
        if (!ask) return go();
        setPhase('asking');
        setApprove(() => go);
      });
    void (async () => {
      let detector: QrDetector;
      try {
        detector = await loadQrDetector(beforeDownload);
      } catch (e) {
        if (live) setPhase(e instanceof NeedsConnection ? 'needsConnection' : 'decoderFailed');
        return;
      }
      if (!live) return;
      setKind(detector.kind);
      setPhase('starting');
      if (!navigator.mediaDevices?.getUserMedia) return setPhase('noCamera');
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch (e) {
        if (live) setPhase((e as Error)?.name === 'NotAllowedError' ? 'denied' : 'noCamera');
        return;
      }
      const video = videoRef.current;
      if (!live || !video) return stream.getTracks().forEach((t) => t.stop());
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      setPhase('scanning');
      const tick = async () => {
        if (!live) return;
        let stop = false;
        if (video.readyState >= 2) {
          const texts = await detector.detect(video).catch(() => [] as string[]);
          for (const text of texts) {
            if (!live || seen.has(text)) continue;
            seen.add(text);
            if (await onText.current(text)) stop = true;
          }
        }
        if (stop) onClose.current();
        else if (live) timer = setTimeout(() => void tick(), 150);
      };
      void tick();
    })();
    return () => {
      live = false;
      clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  const size = `${QR_READER_KB} KB`;
  const message = {
    starting: pt.qr.starting,
    asking: format(pt.qr.askDownload, { size }),
    downloading: format(pt.qr.downloading, { size }),
    scanning: pt.qr.scanning,
    denied: pt.qr.denied,
    noCamera: pt.qr.noCamera,
    needsConnection: format(pt.qr.needsConnection, { size }),
    decoderFailed: pt.qr.decoderFailed,
  }[phase];
  const failed =
    phase === 'denied' ||
    phase === 'noCamera' ||
    phase === 'needsConnection' ||
    phase === 'decoderFailed';
  return (
    <section className="qr-scanner" aria-labelledby="scan-heading" data-decoder={kind ?? ''}>
      <h3 id="scan-heading">{pt.qr.scanHeading}</h3>
      <p className="small">{pt.qr.scanHint}</p>
      <div className="qr-video-box">
        <video
          ref={videoRef}
          className="qr-video"
          muted
          playsInline
          aria-label={pt.qr.videoLabel}
        />
      </div>
      {phase === 'asking' ? (
        <>
          <p ref={askRef} tabIndex={-1}>
            {message}
          </p>
          <button type="button" className="primary" onClick={() => approve?.()}>
            {format(pt.qr.download, { size })}
          </button>
        </>
      ) : (
        <p className={failed ? 'field-error' : undefined} role={failed ? 'alert' : 'status'}>
          {message}
        </p>
      )}
      <button type="button" onClick={props.onClose}>
        {pt.qr.stop}
      </button>
    </section>
  );
}
