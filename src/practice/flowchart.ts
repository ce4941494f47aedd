/**
 * A guide as a flowchart, generated from its machine (never drawn by hand). Pure: machine in,
 * a layout (boxes, paths, labels — plain numbers and strings) out; Flowchart.tsx turns it into
 * React SVG elements, so no markup string and no inline style is ever injected (strict CSP).
 *
 * Layered layout: the depth of each state is its BFS distance from the first question; each
 * depth is a row. Within a row, states are ordered by the mean position of the states that lead
 * to them (one barycentre pass), which removes most crossings on these small guides. Edges run
 * from the bottom of a state to the top of a deeper one; an edge to the same row or back up
 * dips below its ends. Labels are the current language's step headings and choice labels,
 * truncated (the full text is kept for a tooltip).
 */
import type { ChoiceEvent, Guide, Lang, Outcome, StepMeta } from '../faults/types';
import type { UiText } from '../i18n/ui.en';
import { initialSnapshot, stateId } from '../faults/engine';
import { choiceLabel } from '../i18n/runText';

export const NODE_W = 160;
export const NODE_H = 52;
const GAP_X = 28;
const GAP_Y = 76;
const PAD = 16;
/** Display width per node line, in half-width units (a Chinese character counts 2). */
const LINE_UNITS = 24;
const EDGE_LABEL_UNITS = 14;

export interface FlowNode {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The heading, wrapped in at most two lines, truncated with "…". */
  lines: string[];
  /** The full heading. */
  title: string;
  kind: StepMeta['kind'];
  outcome?: Outcome;
  /** Tagged 'safety': outlined red. */
  safety: boolean;
  onPath: boolean;
  onExpected: boolean;
  /** The last state of the highlighted path. */
  current: boolean;
}

export interface FlowEdge {
  id: string;
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
  /** SVG polygon points of the arrowhead. */
  arrow: string;
  /** Choice label(s), truncated; empty when the state has a single way on. */
  label: string;
  /** The full choice label(s). */
  title: string;
  lx: number;
  ly: number;
  onPath: boolean;
  onExpected: boolean;
}

export interface FlowchartLayout {
  width: number;
  height: number;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface Highlight {
  /** State ids in order: the trainee's path (first question … where the run stands). */
  path?: readonly string[];
  /** State ids in order: the right path. */
  expected?: readonly string[];
}

/** Display width: East Asian wide characters count 2. */
function charUnits(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x1100 &&
    (c <= 0x115f ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6))
    ? 2
    : 1;
}

export function textUnits(s: string): number {
  let n = 0;
  for (const ch of s) n += charUnits(ch);
  return n;
}

/** Cuts `s` to at most `units`, ending in "…" when cut. */
export function truncate(s: string, units: number): string {
  if (textUnits(s) <= units) return s;
  let out = '';
  let n = 0;
  for (const ch of s) {
    const u = charUnits(ch);
    if (n + u > units - 1) break;
    out += ch;
    n += u;
  }
  return out.trimEnd() + '…';
}

/** Wraps into at most `maxLines` lines of `units`, the last one truncated. Breaks at spaces when it can. */
export function wrap(s: string, units: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = s.trim();
  while (rest && lines.length < maxLines - 1 && textUnits(rest) > units) {
    let cut = 0;
    let n = 0;
    let lastSpace = -1;
    const chars = [...rest];
    for (let i = 0; i < chars.length; i++) {
      const u = charUnits(chars[i]!);
      if (n + u > units) break;
      n += u;
      cut = i + 1;
      if (chars[i] === ' ') lastSpace = i;
    }
    const at = lastSpace > units / 4 ? lastSpace : cut;
    lines.push(chars.slice(0, at).join('').trimEnd());
    rest = chars.slice(at).join('').trimStart();
  }
  if (rest) lines.push(truncate(rest, units));
  return lines;
}

interface RawEdge {
  from: string;
  to: string;
  events: ChoiceEvent[];
  /** The source offers one choice only ("Next"): the edge needs no label. */
  only: boolean;
}

type NodeLike = {
  meta?: StepMeta;
  tags?: readonly string[];
  on?: Record<string, readonly { target?: readonly { key: string }[] }[]>;
};

/** Transitions as drawn: one edge per (from, to), with every choice that takes it. */
export function edgesOf(guide: Guide): RawEdge[] {
  const out: RawEdge[] = [];
  for (const [id, raw] of Object.entries(guide.machine.root.states)) {
    const node = raw as unknown as NodeLike;
    const meta = node.meta;
    if (!meta || meta.kind === 'end') continue;
    const byTarget = new Map<string, RawEdge>();
    for (const event of meta.choices) {
      for (const t of node.on?.[event] ?? []) {
        for (const target of t.target ?? []) {
          let e = byTarget.get(target.key);
          if (!e) {
            e = { from: id, to: target.key, events: [], only: meta.choices.length === 1 };
            byTarget.set(target.key, e);
            out.push(e);
          }
          if (!e.events.includes(event)) e.events.push(event);
        }
      }
    }
  }
  return out;
}

/** BFS depth of every state from the first question (unreachable states go below the rest). */
export function depthsOf(guide: Guide, edges: readonly RawEdge[]): Map<string, number> {
  const initial = stateId(initialSnapshot(guide));
  const depth = new Map<string, number>([[initial, 0]]);
  const queue = [initial];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const e of edges) {
      if (e.from === id && !depth.has(e.to)) {
        depth.set(e.to, depth.get(id)! + 1);
        queue.push(e.to);
      }
    }
  }
  const bottom = Math.max(...depth.values()) + 1;
  for (const id of Object.keys(guide.machine.root.states))
    if (!depth.has(id)) depth.set(id, bottom);
  return depth;
}

function pairs(ids: readonly string[] | undefined): Set<string> {
  const s = new Set<string>();
  for (let i = 1; i < (ids?.length ?? 0); i++) s.add(`${ids![i - 1]}>${ids![i]}`);
  return s;
}

function cubic(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

const r = (n: number) => Math.round(n * 10) / 10;

export function flowchartLayout(
  guide: Guide,
  lang: Lang,
  ui: UiText,
  highlight: Highlight = {},
): FlowchartLayout {
  const text = guide.content[lang];
  const raw = edgesOf(guide);
  const depth = depthsOf(guide, raw);

  // Rows in BFS discovery order, then one barycentre pass.
  const rows: string[][] = [];
  for (const [id, d] of depth) (rows[d] ??= []).push(id);
  const xIndex = new Map<string, number>();
  rows.forEach((row, d) => {
    if (d > 0) {
      const key = (id: string) => {
        const parents = raw
          .filter((e) => e.to === id && (depth.get(e.from) ?? 0) < d)
          .map((e) => xIndex.get(e.from) ?? 0);
        return parents.length ? parents.reduce((a, b) => a + b, 0) / parents.length : Infinity;
      };
      const keys = new Map(row.map((id) => [id, key(id)]));
      row.sort((a, b) => keys.get(a)! - keys.get(b)!);
    }
    const offset = (Math.max(...rows.map((rw) => rw?.length ?? 0)) - row.length) / 2;
    row.forEach((id, i) => xIndex.set(id, i + offset));
  });

  const maxCols = Math.max(...rows.map((row) => row?.length ?? 0));
  const width = PAD * 2 + maxCols * NODE_W + (maxCols - 1) * GAP_X;
  const height = PAD * 2 + rows.length * NODE_H + (rows.length - 1) * GAP_Y + 24;

  const pathPairs = pairs(highlight.path);
  const expectedPairs = pairs(highlight.expected);
  const onPath = new Set(highlight.path ?? []);
  const onExpected = new Set(highlight.expected ?? []);
  const current = highlight.path?.at(-1);

  const nodes: FlowNode[] = [];
  const pos = new Map<string, FlowNode>();
  for (const [id, d] of depth) {
    const node = guide.machine.root.states[id] as unknown as NodeLike;
    const meta = node.meta;
    const heading = text.states[id]?.heading ?? id;
    const n: FlowNode = {
      id,
      x: r(PAD + xIndex.get(id)! * (NODE_W + GAP_X)),
      y: PAD + d * (NODE_H + GAP_Y),
      w: NODE_W,
      h: NODE_H,
      lines: wrap(heading, LINE_UNITS, 2),
      title: heading,
      kind: meta?.kind ?? 'info',
      ...(meta?.kind === 'end' ? { outcome: meta.outcome } : {}),
      safety: Boolean(node.tags?.includes('safety')),
      onPath: onPath.has(id),
      onExpected: onExpected.has(id),
      current: id === current,
    };
    nodes.push(n);
    pos.set(id, n);
  }

  // Spread the ends of edges along the sides they leave and enter, in target / source order.
  const outgoing = new Map<string, RawEdge[]>();
  const incoming = new Map<string, RawEdge[]>();
  for (const e of raw) {
    const forward = depth.get(e.to)! > depth.get(e.from)!;
    (outgoing.get(e.from) ?? outgoing.set(e.from, []).get(e.from)!).push(e);
    if (forward) (incoming.get(e.to) ?? incoming.set(e.to, []).get(e.to)!).push(e);
  }
  const cx = (id: string) => pos.get(id)!.x + NODE_W / 2;
  for (const list of outgoing.values()) list.sort((a, b) => cx(a.to) - cx(b.to));
  for (const list of incoming.values()) list.sort((a, b) => cx(a.from) - cx(b.from));
  const along = (node: FlowNode, i: number, n: number) => node.x + (NODE_W * (i + 1)) / (n + 1);

  const edges: FlowEdge[] = raw.map((e) => {
    const a = pos.get(e.from)!;
    const b = pos.get(e.to)!;
    const outs = outgoing.get(e.from)!;
    const sx = along(a, outs.indexOf(e), outs.length);
    const sy = a.y + NODE_H;
    const labels = e.events.map((ev) => choiceLabel(text, ui, e.from, ev));
    const title = labels.join(' / ');
    const label = e.only
      ? ''
      : labels.length > 2
        ? `${truncate(labels[0]!, EDGE_LABEL_UNITS - 4)} +${labels.length - 1}`
        : truncate(title, EDGE_LABEL_UNITS);
    let d: string;
    let arrow: string;
    let lx: number;
    let ly: number;
    if (depth.get(e.to)! > depth.get(e.from)!) {
      const ins = incoming.get(e.to)!;
      const tx = along(b, ins.indexOf(e), ins.length);
      const ty = b.y;
      const bend = Math.min(GAP_Y, (ty - sy) / 2);
      d = `M${r(sx)} ${sy} C${r(sx)} ${sy + bend} ${r(tx)} ${r(ty - bend)} ${r(tx)} ${ty}`;
      arrow = `${r(tx - 4)},${ty - 7} ${r(tx + 4)},${ty - 7} ${r(tx)},${ty}`;
      // The label sits in the first gap below the source, where sibling edges are spread out.
      const rowsSpanned = depth.get(e.to)! - depth.get(e.from)!;
      const t = 0.5 / rowsSpanned;
      lx = cubic(sx, sx, tx, tx, t);
      ly = cubic(sy, sy + bend, ty - bend, ty, t) + 4;
    } else {
      // Same row or back up: leave from the bottom, dip below both, enter from the bottom.
      const tx = b.x + NODE_W / 2 + (b.x > a.x ? -12 : 12);
      const ty = b.y + NODE_H;
      const dip = Math.max(sy, ty) + 30;
      d = `M${r(sx)} ${sy} C${r(sx)} ${dip} ${r(tx)} ${dip} ${r(tx)} ${ty}`;
      arrow = `${r(tx - 4)},${ty + 7} ${r(tx + 4)},${ty + 7} ${r(tx)},${ty}`;
      // The label near the source, so it reads as that state's answer.
      lx = cubic(sx, sx, tx, tx, 0.2);
      ly = cubic(sy, dip, dip, ty, 0.2) + 4;
    }
    return {
      id: `${e.from}>${e.to}`,
      from: e.from,
      to: e.to,
      d,
      arrow,
      label,
      title,
      lx: r(lx),
      ly: r(ly),
      onPath: pathPairs.has(`${e.from}>${e.to}`),
      onExpected: expectedPairs.has(`${e.from}>${e.to}`),
    };
  });

  return { width, height, nodes, edges };
}
