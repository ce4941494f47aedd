/**
 * Renders a flowchart layout (flowchart.ts) as React SVG elements: no markup strings, no inline
 * styles (colours come from practice.css classes), so the strict CSP holds. On a phone the
 * drawing is wider than the screen: it pans inside its own box (scrolling, by touch or keyboard;
 * the page itself never scrolls sideways), opens at readable size centred on the first question,
 * and zooms with − / + and "fit to screen" (the SVG's width and height attributes scale; text
 * stays vector-sharp).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FlowchartLayout } from './flowchart';

const ZOOM_MIN = 0.2;
const ZOOM_MAX = 2;
const ZOOM_STEP = 1.25;

export function Flowchart(props: {
  layout: FlowchartLayout;
  regionLabel: string;
  label: string;
  zoomText: { zoomLabel: string; fit: string; zoomIn: string; zoomOut: string; zoom: string };
}) {
  const { layout } = props;
  const z = props.zoomText;
  const boxRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  // The first question sits in the middle of a wide drawing: start scrolled to it.
  const first = layout.nodes[0];
  const firstCentre = first ? first.x + first.w / 2 : 0;
  useEffect(() => {
    const box = boxRef.current;
    if (box) box.scrollLeft = Math.max(0, firstCentre - box.clientWidth / 2);
  }, [firstCentre]);
  // Zooming keeps the point in the middle of the box where it was.
  const centre = useRef<{ x: number; y: number } | null>(null);
  const zoomTo = (next: number) => {
    const box = boxRef.current;
    if (box) {
      centre.current = {
        x: (box.scrollLeft + box.clientWidth / 2) / zoom,
        y: (box.scrollTop + box.clientHeight / 2) / zoom,
      };
    }
    setZoom(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, next)));
  };
  useLayoutEffect(() => {
    const box = boxRef.current;
    const c = centre.current;
    if (!box || !c) return;
    box.scrollLeft = Math.max(0, c.x * zoom - box.clientWidth / 2);
    box.scrollTop = Math.max(0, c.y * zoom - box.clientHeight / 2);
    centre.current = null;
  }, [zoom]);
  const fit = () => {
    const box = boxRef.current;
    if (box) zoomTo(Math.min(1, (box.clientWidth - 4) / layout.width));
  };
  const w = Math.round(layout.width * zoom);
  const h = Math.round(layout.height * zoom);
  return (
    <>
      <div className="fc-zoom" role="group" aria-label={z.zoomLabel}>
        <button type="button" onClick={() => zoomTo(zoom / ZOOM_STEP)} disabled={zoom <= ZOOM_MIN}>
          − <span className="visually-hidden">{z.zoomOut}</span>
        </button>
        <output className="fc-zoom-level" aria-live="polite">
          {z.zoom.replace('{pct}', String(Math.round(zoom * 100)))}
        </output>
        <button type="button" onClick={() => zoomTo(zoom * ZOOM_STEP)} disabled={zoom >= ZOOM_MAX}>
          + <span className="visually-hidden">{z.zoomIn}</span>
        </button>
        <button type="button" onClick={fit}>
          {z.fit}
        </button>
      </div>
      {/* A scrollable region must be reachable by keyboard (tabIndex) and named. */}
      <div
        ref={boxRef}
        className="flowchart-box"
        role="region"
        aria-label={props.regionLabel}
        tabIndex={0}
        data-zoom={zoom}
      >
        <svg
          className="flowchart"
          width={w}
          height={h}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={props.label}
        >
          <g>
            {layout.edges.map((e) => (
              <g
                key={e.id}
                className={`fc-edge${e.onExpected ? ' fc-edge-expected' : ''}${e.onPath ? ' fc-edge-path' : ''}`}
              >
                <title>{e.title}</title>
                <path className="fc-edge-line" d={e.d} />
                <polygon className="fc-arrow" points={e.arrow} />
              </g>
            ))}
          </g>
          <g>
            {layout.nodes.map((n) => (
              <g
                key={n.id}
                data-state={n.id}
                className={[
                  'fc-node',
                  `fc-${n.kind}`,
                  n.outcome ? `fc-end-${n.outcome}` : '',
                  n.safety ? 'fc-safety' : '',
                  n.onPath ? 'fc-path' : '',
                  n.current ? 'fc-current' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              >
                <title>{n.title}</title>
                <rect x={n.x} y={n.y} width={n.w} height={n.h} rx={8} />
                <text
                  x={n.x + n.w / 2}
                  y={n.y + (n.lines.length > 1 ? 21 : 30)}
                  textAnchor="middle"
                >
                  {n.lines.map((line, i) => (
                    <tspan key={i} x={n.x + n.w / 2} dy={i === 0 ? 0 : 16}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            ))}
          </g>
          <g>
            {layout.edges.map((e) => (
              <text
                key={e.id}
                className={`fc-edge-label${e.onPath ? ' fc-edge-label-path' : ''}`}
                x={e.lx}
                y={e.ly}
                textAnchor="middle"
              >
                {e.label}
              </text>
            ))}
          </g>
        </svg>
      </div>
    </>
  );
}
