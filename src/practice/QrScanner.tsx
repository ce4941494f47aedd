/**
 * The scan screen (a lazy chunk of its own; its decoder loads from here only, see qrDecoder.ts):
 * the rear camera in a <video>, read a few times a second until the caller says it has what it
 * needs. Each distinct text is handed over once. The camera stops when the screen closes.
 */
import { useEffect, useRef, useState } from 'react';
import { useText } from '../i18n/i18n';
import { practiceText } from './practice.text';
import { loadQrDetector, type QrDetector } from './qrDecoder';

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
