/**
 * Shows a text as a QR code: an SVG drawn from the module matrix of the `qrcode` library (loaded
 * with this component, inside the practice chunk). React SVG elements only: no data URL, no
 * markup string, no inline style, so the strict CSP holds. Dark on white in both themes, with the
 * quiet zone of four modules that scanners need.
 */
import { useEffect, useState } from 'react';

const QUIET = 4;

export function QrCode(props: { text: string; label: string; making: string; failed: string }) {
  const [drawn, setDrawn] = useState<{ text: string; size: number; d: string } | 'failed' | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((mod) => {
        const qr = (mod as unknown as { default?: typeof mod }).default ?? mod;
        const { size, data } = qr.create(props.text, { errorCorrectionLevel: 'M' }).modules;
        let d = '';
        for (let y = 0; y < size; y++) {
          for (let x = 0; x < size; x++) {
            if (data[y * size + x]) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
          }
        }
        if (live) setDrawn({ text: props.text, size: size + 2 * QUIET, d });
      })
      .catch(() => live && setDrawn('failed'));
    return () => {
      live = false;
    };
  }, [props.text]);
  if (drawn === 'failed') return <p className="field-error">{props.failed}</p>;
  if (!drawn || drawn.text !== props.text) return <p role="status">{props.making}</p>;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${drawn.size} ${drawn.size}`}
      role="img"
      aria-label={props.label}
      data-code={props.text}
      shapeRendering="crispEdges"
    >
      <rect className="qr-bg" width={drawn.size} height={drawn.size} />
      <path className="qr-fg" d={drawn.d} />
    </svg>
  );
}
