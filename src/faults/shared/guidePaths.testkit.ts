/**
 * Every answer path of a guide, from the first question to an end, walked on xstate/graph's
 * adjacency map (test and bench code only; the file name keeps Vitest from collecting it).
 * Answers that lead to the same snapshot ("still wrong" and "I already tried this", "no" and
 * "not sure" where they share a target) are one path: the figures below cannot tell them apart.
 *
 * The counter-path figures of issue 10 are computed here, once, for the machine tests and for
 * `npm run bench`: questions before the first instruction, provider calls per path, and the
 * progress indicator's totals along a path; and issue 19's: questions to each remedy of the most
 * common cause (`causeRemedies`).
 */
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import type { ChoiceEvent, Guide, GuideEvent, StepMeta } from '../types';
import { initialSnapshot, longestToEnd, next, stateId, type Snapshot } from '../engine';

/** Every event any state of the guide lists as a choice. */
export function allEvents(guide: Guide): GuideEvent[] {
  const types = new Set<ChoiceEvent>();
  for (const node of Object.values(guide.machine.root.states)) {
    const meta = (node as { meta?: StepMeta }).meta;
    if (meta && meta.kind !== 'end') meta.choices.forEach((c) => types.add(c));
  }
  return [...types].map((type) => ({ type }));
}

export interface PathStep {
  state: string;
  meta: StepMeta;
  snapshot: Snapshot;
  /** The answer given here (none at the end). */
  event?: ChoiceEvent;
}

const keyOf = (s: Snapshot): string =>
  JSON.stringify({ v: s.value as unknown, c: s.context as unknown });

/** Every path from the first question to an end. Throws on a cycle. */
export function everyPath(guide: Guide): PathStep[][] {
  const adjacency = getAdjacencyMap(guide.machine, {
    events: allEvents(guide),
    serializeState: (s) => keyOf(s as Snapshot),
  }) as unknown as Record<
    string,
    { transitions: Record<string, { event: GuideEvent; state: Snapshot }> }
  >;
  const metaOf = (s: Snapshot) =>
    (guide.machine.root.states[String(s.value)] as unknown as { meta: StepMeta }).meta;
  const out: PathStep[][] = [];
  const walk = (s: Snapshot, trail: PathStep[], onPath: Set<string>) => {
    const key = keyOf(s);
    if (onPath.has(key)) throw new Error(`${guide.id}: cycle through ${String(s.value)}`);
    if (s.status === 'done') {
      out.push([...trail, { state: String(s.value), meta: metaOf(s), snapshot: s }]);
      return;
    }
    const node = adjacency[key];
    if (!node) throw new Error(`${guide.id}: ${key} not in the adjacency map`);
    const seen = new Set<string>();
    onPath.add(key);
    for (const t of Object.values(node.transitions)) {
      const target = t.state;
      const targetKey = keyOf(target);
      if (targetKey === key || seen.has(targetKey)) continue;
      seen.add(targetKey);
      const step: PathStep = {
        state: String(s.value),
        meta: metaOf(s),
        snapshot: s,
        event: t.event.type,
      };
      walk(target, [...trail, step], onPath);
    }
    onPath.delete(key);
  };
  walk(initialSnapshot(guide), [], new Set());
  return out;
}

/** Questions answered before the first step that is not a question (remedy, stop, info, end). */
export function questionsBeforeInstruction(path: readonly PathStep[]): number {
  const first = path.findIndex((p) => p.meta.kind !== 'question');
  return first === -1 ? path.length : first;
}

function callsOf(meta: StepMeta): readonly string[] {
  return 'calls' in meta && meta.calls ? meta.calls : [];
}

/** Does the step tell the merchant to phone the provider? */
export function callsProvider(meta: StepMeta): boolean {
  return (meta.kind === 'remedy' && meta.who === 'provider') || callsOf(meta).includes('provider');
}

/**
 * Separate calls to the provider along a path. An end that directly follows a provider step
 * ("the call did not fix it: tell them, then complain") is the same call, not a second one.
 */
export function providerCalls(path: readonly PathStep[]): number {
  let calls = 0;
  path.forEach((p, i) => {
    if (!callsProvider(p.meta)) return;
    const prev = path[i - 1];
    if (p.meta.kind === 'end' && prev && callsProvider(prev.meta)) return;
    calls++;
  });
  return calls;
}

/** The progress indicator along a path: [step n, of at most total] before each answer. */
export function progressAlong(guide: Guide, path: readonly PathStep[]): [number, number][] {
  return path
    .filter((p) => p.meta.kind !== 'end')
    .map((p, i) => [i + 1, i + 1 + longestToEnd(guide, p.snapshot)]);
}

/** Median and worst of a list of counts. */
export function medianAndWorst(values: readonly number[]): { median: number; worst: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, worst: sorted[sorted.length - 1] ?? 0 };
}

/** How far one remedy of the most common cause is from home, on the cause's own way. */
export interface CauseRemedy {
  remedy: string;
  /** Questions answered before it (the first question included). */
  questions: number;
  /** Taps from home: the fault's card, then one per answer. */
  taps: number;
  /** State ids from the first question to the remedy. */
  path: string[];
}

/**
 * For each remedy of the guide's most common cause (`commonCause.remedies`, in order): the
 * shortest way to it that starts with the answer naming the cause (`commonCause.firstAnswer`).
 * Null for a remedy that way never reaches (an older guide without it).
 */
export function causeRemedies(guide: Guide): (CauseRemedy | null)[] {
  const { firstAnswer, remedies } = guide.commonCause;
  const first = initialSnapshot(guide);
  if (!first.can({ type: firstAnswer })) return remedies.map(() => null);
  const start = next(guide, first, firstAnswer);
  const paths = getShortestPaths(guide.machine, {
    events: allEvents(guide),
    fromState: start,
  }) as unknown as { state: Snapshot; steps: { state: Snapshot }[] }[];
  const isQuestion = (id: string) =>
    (guide.machine.root.states[id] as unknown as { meta: StepMeta }).meta.kind === 'question';
  return remedies.map((remedy) => {
    const best = paths
      .filter((p) => stateId(p.state) === remedy)
      .sort((a, b) => a.steps.length - b.steps.length)[0];
    if (!best) return null;
    // steps[0] is `start` itself; each later step is the state after one more answer.
    const path = [stateId(first), ...best.steps.map((st) => stateId(st.state))];
    return {
      remedy,
      questions: path.slice(0, -1).filter(isQuestion).length,
      taps: path.length,
      path,
    };
  });
}
