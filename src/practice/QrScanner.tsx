/**
 * The scan screen (a lazy chunk of its own; its decoder loads from here only, see below):
 * the rear camera in a <video>, read a few times a second until the caller says it has what it
 * needs. Each distinct text is handed over once. The camera stops when the screen closes.
 */
import { useEffect, useRef, useState } from 'react';
import { useText } from '../i18n/i18n';
import { practiceText } from './practice.text';

/*
 * The decoder, loaded with this screen only: the browser's own BarcodeDetector when
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

type Phase = 'starting' | 'scanning' | 'noCamera' | 'denied' | 'decoderFailed';

export default function QrScanner(props: {
  /** Called once per distinct text read; resolve true to stop scanning. */
  onText: (text: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const pt = useText(practiceText);
  const q = pt.qr;
  const videoRef = useRef<HTMLVideoElement>(null);
  const [phase, setPhase] = useState<Phase>('starting');
  const [kind, setKind] = useState<QrDetector['kind'] | null>(null);
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
    void (async () => {
      let detector: QrDetector;
      try {
        detector = await loadQrDetector();
      } catch {
        if (live) setPhase('decoderFailed');
        return;
      }
      if (!live) return;
      setKind(detector.kind);
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

  const message =
    phase === 'starting'
      ? q.starting
      : phase === 'scanning'
        ? q.scanning
        : phase === 'denied'
          ? q.denied
          : phase === 'noCamera'
            ? q.noCamera
            : q.decoderFailed;
  const failed = phase === 'denied' || phase === 'noCamera' || phase === 'decoderFailed';
  return (
    <section className="qr-scanner" aria-labelledby="scan-heading" data-decoder={kind ?? ''}>
      <h3 id="scan-heading">{q.scanHeading}</h3>
      <p className="small">{q.scanHint}</p>
      <div className="qr-video-box">
        <video ref={videoRef} className="qr-video" muted playsInline aria-label={q.videoLabel} />
      </div>
      <p className={failed ? 'field-error' : undefined} role={failed ? 'alert' : 'status'}>
        {message}
      </p>
      <button type="button" onClick={props.onClose}>
        {q.stop}
      </button>
    </section>
  );
}
