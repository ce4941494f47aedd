import { beforeAll, describe, expect, it } from 'vitest';
import { getAdjacencyMap } from 'xstate/graph';
import { faults } from '../faults/registry';
import { allEvents } from '../faults/shared/guidePaths.testkit';
import type { ChoiceEvent, FaultId, Guide, Lang, StepMeta } from '../faults/types';
import { loadUi } from '../i18n/i18n';
import { choiceLabel } from '../i18n/runText';
import type { UiText } from '../i18n/ui.en';
import { stateIds, type Snapshot } from '../faults/engine';
import { flowchartLayout, NODE_H, NODE_W, textUnits, truncate, wrap } from './flowchart';

const guides = new Map<FaultId, Guide>();
const uis = new Map<Lang, UiText>();
beforeAll(async () => {
  for (const f of faults) guides.set(f.id, await f.load());
  for (const lang of ['zh', 'en'] as const) uis.set(lang, await loadUi(lang));
});

describe('text fitting', () => {
  it('counts Chinese characters double and truncates with an ellipsis', () => {
    expect(textUnits('密钥 ok')).toBe(7);
    expect(truncate('密钥错误，请重新启动客户端', 10)).toBe('密钥错误…');
    expect(truncate('short', 10)).toBe('short');
    expect(wrap('Which line does the terminal screen show?', 24, 2)).toEqual([
      'Which line does the',
      'terminal screen show?',
    ]);
    expect(wrap('终端最近摔过、被打开过、进过水、卡槽里有异物，或被陌生人动过吗？', 24, 2)).toEqual(
      ['终端最近摔过、被打开过、', '进过水、卡槽里有异物，…'],
    );
  });
});

/**
 * What the machine does, not what the flowchart read from its config: xstate/graph's adjacency
 * map walks every reachable snapshot with every event, and each move to another state is an
 * edge `from>to` with the events that take it.
 */
function machineEdges(guide: Guide): Map<string, Set<ChoiceEvent>> {
  const adjacency = getAdjacencyMap(guide.machine, {
    events: allEvents(guide),
    serializeState: (s) => JSON.stringify([(s as Snapshot).value, (s as Snapshot).context]),
  }) as unknown as Record<
    string,
    {
      state: Snapshot;
      transitions: Record<string, { event: { type: ChoiceEvent }; state: Snapshot }>;
    }
  >;
  const edges = new Map<string, Set<ChoiceEvent>>();
  for (const node of Object.values(adjacency)) {
    for (const t of Object.values(node.transitions)) {
      const from = String(node.state.value);
      const to = String(t.state.value);
      if (from === to) continue; // an event this state does not take
      const key = `${from}>${to}`;
      (edges.get(key) ?? edges.set(key, new Set()).get(key)!).add(t.event.type);
    }
  }
  return edges;
}

describe.each(faults.map((f) => [f.id] as const))('flowchart of %s', (id) => {
  it.each(['zh', 'en'] as const)('has every state and transition of the machine (%s)', (lang) => {
    const guide = guides.get(id)!;
    const chart = flowchartLayout(guide, lang, uis.get(lang)!);
    expect(chart.nodes.map((n) => n.id).sort()).toEqual(stateIds(guide).sort());
    // One edge per move the machine makes, labelled with every answer that makes it.
    const expected = machineEdges(guide);
    expect(expected.size).toBeGreaterThan(stateIds(guide).length / 2);
    expect(chart.edges.map((e) => e.id).sort()).toEqual([...expected.keys()].sort());
    for (const e of chart.edges) {
      // In the order the state lists its answers (a label may itself contain " / ").
      const events = expected.get(e.id)!;
      const meta = guide.machine.root.states[e.from]!.meta as StepMeta;
      const listed = meta.kind === 'end' ? [] : meta.choices;
      const inOrder = listed.filter((ev) => events.has(ev));
      expect(inOrder, e.id).toHaveLength(events.size);
      const labels = inOrder.map((ev) =>
        choiceLabel(guide.content[lang], uis.get(lang)!, e.from, ev),
      );
      expect(e.title, e.id).toBe(labels.join(' / '));
    }
    // Labels come from the current language; no raw ids.
    const first = chart.nodes.find((n) => n.id === 'screen')!;
    expect(first.title).toBe(guide.content[lang].states.screen!.heading);
    expect(first.y).toBeLessThan(
      Math.min(...chart.nodes.filter((n) => n.id !== 'screen').map((n) => n.y)),
    );
    // No two boxes overlap, and all lie inside the drawing.
    for (const a of chart.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + NODE_W).toBeLessThanOrEqual(chart.width);
      expect(a.y + NODE_H).toBeLessThanOrEqual(chart.height);
      for (const b of chart.nodes) {
        if (a === b) continue;
        const apart =
          a.x + NODE_W <= b.x || b.x + NODE_W <= a.x || a.y + NODE_H <= b.y || b.y + NODE_H <= a.y;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
    }
    // Safety states are marked from their tag.
    const safety = chart.nodes.filter((n) => n.safety).map((n) => n.id);
    for (const sid of safety) {
      expect((guide.machine.root.states[sid] as { tags?: string[] }).tags).toContain('safety');
    }
    expect(safety.length).toBeGreaterThan(0);
  });
});

describe('highlighting', () => {
  it('marks the trainee’s path, the right path and where the run ended', () => {
    const guide = guides.get('keyError')!;
    const chart = flowchartLayout(guide, 'en', uis.get('en')!, {
      path: ['screen', 'exposure', 'wasCharged'],
      expected: ['screen', 'exposure', 'stopCards', 'escalatedKeyExposed'],
    });
    const node = (id: string) => chart.nodes.find((n) => n.id === id)!;
    expect(node('wasCharged')).toMatchObject({ onPath: true, onExpected: false, current: true });
    expect(node('stopCards')).toMatchObject({ onPath: false, onExpected: true, current: false });
    expect(chart.edges.filter((e) => e.onPath).map((e) => e.id)).toEqual([
      'screen>exposure',
      'exposure>wasCharged',
    ]);
    expect(
      chart.edges
        .filter((e) => e.onExpected)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['exposure>stopCards', 'screen>exposure', 'stopCards>escalatedKeyExposed']);
    // Five screen choices lead to the same check: one edge, labelled with the first and a count.
    const merged = chart.edges.find((e) => e.id === 'screen>exposure')!;
    expect(merged.label).toMatch(/\+4$/);
    expect(merged.title.split(' / ')).toHaveLength(5);
  });
});
