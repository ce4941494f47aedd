/**
 * Renders a flowchart layout (flowchart.ts) as React SVG elements: no markup strings, no inline
 * styles (colours come from practice.css classes), so the strict CSP holds. The drawing keeps its
 * natural width and scrolls sideways inside its own box; the page itself never scrolls sideways.
 */
import { useEffect, useRef } from 'react';
import type { FlowchartLayout } from './flowchart';

export function Flowchart(props: { layout: FlowchartLayout; regionLabel: string; label: string }) {
  const { layout } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  // The first question sits in the middle of a wide drawing: start scrolled to it.
  const first = layout.nodes[0];
  const firstCentre = first ? first.x + first.w / 2 : 0;
  useEffect(() => {
    const box = boxRef.current;
    if (box) box.scrollLeft = Math.max(0, firstCentre - box.clientWidth / 2);
  }, [firstCentre]);
  return (
    // A scrollable region must be reachable by keyboard (tabIndex) and named.
    <div
      ref={boxRef}
      className="flowchart-box"
      role="region"
      aria-label={props.regionLabel}
      tabIndex={0}
    >
      <svg
        className="flowchart"
        width={layout.width}
        height={layout.height}
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
              <text x={n.x + n.w / 2} y={n.y + (n.lines.length > 1 ? 21 : 30)} textAnchor="middle">
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
  );
}
