/**
 * Pure functions that run any guide: no React, no storage, no window.
 *
 * A run of a guide is described by its answer log (append-only: answers and "back"s, with times).
 * The machine's snapshot is computed from the log with XState's pure `initialTransition` /
 * `transition`, so the log is the single source of truth: resume, back and guide-version
 * upgrades are all "replay the log".
 */
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { ChoiceEvent, Guide, GuideFacts, LogEntry, StepMeta } from './types';

export type Snapshot = AnyMachineSnapshot;

/** The state id of a snapshot. Guide machines are flat, so the value is a string. */
export function stateId(snapshot: Snapshot): string {
  const v: unknown = snapshot.value;
  if (typeof v !== 'string') throw new Error('guide machines must be flat');
  return v;
}

export function metaOf(guide: Guide, snapshot: Snapshot): StepMeta {
  const id = stateId(snapshot);
  const meta = snapshot.getMeta()[`${guide.machine.id}.${id}`] as StepMeta | undefined;
  if (!meta) throw new Error(`state ${guide.machine.id}.${id} has no meta`);
  return meta;
}

export function initialSnapshot(guide: Guide): Snapshot {
  return initialTransition(guide.machine)[0] as Snapshot;
}

/** The choices the current step offers: those listed in meta that the machine accepts now. */
export function choicesOf(guide: Guide, snapshot: Snapshot): ChoiceEvent[] {
  const meta = metaOf(guide, snapshot);
  if (meta.kind === 'end') return [];
  return meta.choices.filter((type) => snapshot.can({ type }));
}

export function isDone(snapshot: Snapshot): boolean {
  return snapshot.status === 'done';
}

/** One step forward. Throws if the machine does not accept the choice here. */
export function next(guide: Guide, snapshot: Snapshot, event: ChoiceEvent): Snapshot {
  if (!snapshot.can({ type: event })) {
    throw new Error(`${guide.id}: '${event}' is not allowed in '${stateId(snapshot)}'`);
  }
  return transition(guide.machine, snapshot, { type: event })[0] as Snapshot;
}

/** The answers still in force after applying the "back"s: the path from the start. */
export function pathOf(log: readonly LogEntry[]): LogEntry[] {
  const path: LogEntry[] = [];
  for (const entry of log) {
    if (entry.event === 'back') path.pop();
    else path.push(entry);
  }
  return path;
}

export interface Replay {
  snapshot: Snapshot;
  /** State ids from the start to the current step (the back history), current last. */
  trail: string[];
  /** How many answers of the path were applied. */
  applied: number;
  /** False when an answer no longer fits the guide (changed guide version). */
  complete: boolean;
}

/** Replays a log on a guide, stopping at the first answer that no longer fits. */
export function replay(guide: Guide, log: readonly LogEntry[]): Replay {
  let snapshot = initialSnapshot(guide);
  const trail = [stateId(snapshot)];
  const path = pathOf(log);
  let applied = 0;
  for (const entry of path) {
    if (entry.event === 'back') continue;
    if (entry.from !== stateId(snapshot) || !snapshot.can({ type: entry.event })) {
      return { snapshot, trail, applied, complete: false };
    }
    snapshot = next(guide, snapshot, entry.event);
    trail.push(stateId(snapshot));
    applied++;
  }
  return { snapshot, trail, applied, complete: true };
}

/** True when there is a previous question to go back to. */
export function canGoBack(log: readonly LogEntry[]): boolean {
  return pathOf(log).length > 0;
}

/** The answer log with one more choice: what is persisted before the next screen shows. */
export function answer(
  guide: Guide,
  snapshot: Snapshot,
  log: readonly LogEntry[],
  event: ChoiceEvent,
  at: number,
): { snapshot: Snapshot; log: LogEntry[] } {
  const from = stateId(snapshot);
  const nextSnapshot = next(guide, snapshot, event);
  return { snapshot: nextSnapshot, log: [...log, { from, event, at }] };
}

/** The answer log with a "back": the snapshot is that of the previous question. */
export function back(
  guide: Guide,
  log: readonly LogEntry[],
  at: number,
): Replay & { log: LogEntry[] } {
  if (!canGoBack(log)) throw new Error('nothing to go back to');
  const nextLog = [...log, { from: '', event: 'back' as const, at }];
  return { ...replay(guide, nextLog), log: nextLog };
}

/**
 * Every event any state of the guide lists as a choice: the event set for walking the machine's
 * graph (xstate/graph) in tests, the screen tests and the bench.
 */
export function allChoiceEvents(guide: Guide): { type: ChoiceEvent }[] {
  const types = new Set<ChoiceEvent>();
  for (const node of Object.values(guide.machine.root.states)) {
    const meta = (node as { meta?: StepMeta }).meta;
    if (meta && meta.kind !== 'end') meta.choices.forEach((c) => types.add(c));
  }
  return [...types].map((type) => ({ type }));
}

/** Every state id of a guide's machine (for content checks and flowcharts). */
export function stateIds(guide: Guide): string[] {
  return Object.keys(guide.machine.root.states);
}

/**
 * A snapshot as a key of the longest-way-on table: its state id, and its context when it has one
 * (key error remembers the screen message). The keys of `GuideFacts.longest`.
 */
export function stepKey(snapshot: Snapshot): string {
  const context = JSON.stringify(snapshot.context ?? {});
  return context === '{}' ? stateId(snapshot) : `${stateId(snapshot)} ${context}`;
}

/** The guide's facts, if they were worked out for this very version (else the walk decides). */
function factsOf(guide: Guide): GuideFacts | undefined {
  return guide.facts?.version === guide.version ? guide.facts : undefined;
}

const longestCache = new WeakMap<Guide, Map<string, number>>();

/**
 * Most steps from this snapshot to an end, over every way on (guide graphs have no cycles; the
 * contract test checks it). The progress indicator shows "step n of at most n + this": each
 * answer moves to a snapshot whose longest way on is at least one shorter, so the total never
 * grows and the bar never moves back. Read from the guide's facts (worked out ahead, at
 * `npm run guide-facts`); a guide without them is walked once (`longestWalk`) and memoised.
 */
export function longestToEnd(guide: Guide, snapshot: Snapshot): number {
  const walk = longestWalk(guide, snapshot);
  let step = walk.next();
  while (!step.done) step = walk.next();
  return step.value;
}

/**
 * Every reachable snapshot's longest way on, walked from the start without the guide's facts:
 * what `npm run guide-facts` writes into `<id>.facts.ts`, and what the contract test compares
 * the written facts with.
 */
export function guideFacts(guide: Guide): GuideFacts {
  const { facts: _ignored, ...bare } = guide;
  const walk = longestWalk(bare, initialSnapshot(bare));
  while (!walk.next().done);
  const memo = longestCache.get(bare)!;
  const keys = [...memo.keys()].sort();
  return {
    version: guide.version,
    longest: Object.fromEntries(keys.map((k) => [k, memo.get(k)!])),
  };
}

/**
 * The walk behind `longestToEnd`, one transition per `next()`, so that it can run ahead in
 * slices of idle time (see prepareGuide) and never as one long task (a guide whose facts know
 * the snapshot needs no walk at all). Depth first, iterative;
 * every finished snapshot goes into the guide's memo at once, so a walk that is stopped halfway
 * leaves its work for the next one, and two walks of the same guide agree.
 */
export function* longestWalk(guide: Guide, snapshot: Snapshot): Generator<void, number, void> {
  if (isDone(snapshot)) return 0;
  const rootKey = stepKey(snapshot);
  const facts = factsOf(guide)?.longest;
  if (facts && Object.hasOwn(facts, rootKey)) return facts[rootKey]!;
  let memo = longestCache.get(guide);
  if (!memo) longestCache.set(guide, (memo = new Map<string, number>()));
  const known = memo.get(rootKey);
  if (known !== undefined) return known;
  type Frame = {
    snapshot: Snapshot;
    key: string;
    choices: ChoiceEvent[];
    next: number;
    most: number;
  };
  const frame = (s: Snapshot, key: string): Frame => ({
    snapshot: s,
    key,
    choices: choicesOf(guide, s),
    next: 0,
    most: 0,
  });
  const stack: Frame[] = [frame(snapshot, rootKey)];
  const onPath = new Set([rootKey]);
  for (;;) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.choices.length) {
      const child = next(guide, top.snapshot, top.choices[top.next++]!);
      yield;
      if (isDone(child)) {
        top.most = Math.max(top.most, 1);
        continue;
      }
      const key = stepKey(child);
      const done = memo.get(key);
      if (done !== undefined) {
        top.most = Math.max(top.most, 1 + done);
        continue;
      }
      if (onPath.has(key)) throw new Error(`${guide.id}: cycle through ${stateId(child)}`);
      onPath.add(key);
      stack.push(frame(child, key));
      continue;
    }
    memo.set(top.key, top.most);
    onPath.delete(top.key);
    stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent) return top.most;
    parent.most = Math.max(parent.most, 1 + top.most);
  }
}
