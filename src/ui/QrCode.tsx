/**
 * Shows a text as a QR code: an SVG drawn from the module matrix of the `qrcode` library, which
 * loads with the first code shown (its own chunk, off the first path). React SVG elements only:
 * no data URL, no markup string, no inline style, so the strict CSP holds. Dark on white in both
 * themes, with the quiet zone of four modules that scanners need (`qrCode.css`). Used by practice
 * (a run or a session plan) and by settings (the app's own address).
 */
import { useEffect, useState } from 'react';
import './qrCode.css';

/** Light modules around the code: scanners need four. */
export const QUIET_ZONE = 4;

/** One SVG path of the dark modules (a row-major `size`×`size` matrix), the quiet zone added. */
export function qrPath(size: number, dark: ArrayLike<number | boolean>): string {
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (dark[y * size + x]) d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return d;
}

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
        if (live)
          setDrawn({ text: props.text, size: size + 2 * QUIET_ZONE, d: qrPath(size, data) });
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
