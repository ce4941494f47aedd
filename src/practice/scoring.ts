/**
 * Scoring a practice run. Pure: the guide machine, the scenario and the answer log in, numbers
 * out; the debrief, the trainer's table and the tests share it.
 */
import { getShortestPaths } from 'xstate/graph';
import type { ChoiceEvent, Guide, SafetyKind, StepMeta } from '../faults/types';
import type { PracticeResult } from '../storage/records';
import { pathOf, replay, stateId, type Snapshot } from '../faults/engine';
import type { LogEntry } from '../faults/types';
import type { Scenario } from '../faults/scenario';

export interface PathStep {
  from: string;
  event: ChoiceEvent;
}

function nodeOf(
  guide: Guide,
  id: string,
): { meta?: StepMeta; tags?: readonly string[] } | undefined {
  return guide.machine.root.states[id] as { meta?: StepMeta; tags?: readonly string[] } | undefined;
}

export function endMetaOf(
  guide: Guide,
  id: string,
): Extract<StepMeta, { kind: 'end' }> | undefined {
  const meta = nodeOf(guide, id)?.meta;
  return meta?.kind === 'end' ? meta : undefined;
}

/** The safety kind of a state tagged 'safety', else null. */
export function safetyOf(guide: Guide, id: string): SafetyKind | null {
  const node = nodeOf(guide, id);
  if (!node?.tags?.includes('safety')) return null;
  const meta = node.meta;
  return meta && meta.kind !== 'end' && meta.safety ? meta.safety : null;
}

/**
 * The shortest correct path: from the first question, answering what the scenario says at each
 * state, to the scenario's expected end. Found with xstate/graph's getShortestPaths over a graph
 * whose only edges are the scenario's answers. Null when the answers never reach that end (a
 * scenario out of step with its guide).
 */
export function shortestCorrectPath(guide: Guide, scenario: Scenario): PathStep[] | null {
  const paths = getShortestPaths(guide.machine, {
    events: (snapshot: Snapshot) => {
      if (snapshot.status === 'done') return [];
      const obs = scenario.observations[stateId(snapshot)];
      return obs ? [{ type: obs.answer }] : [];
    },
    toState: (snapshot: Snapshot) =>
      snapshot.status === 'done' && stateId(snapshot) === scenario.expectedEnd,
  });
  const best = paths.sort((a, b) => a.steps.length - b.steps.length)[0];
  if (!best) return null;
  // steps[0] is the start (xstate.init); each later step holds the event that led to its state.
  return best.steps.slice(1).map((step, i) => ({
    from: stateId(best.steps[i]!.state as Snapshot),
    event: (step.event as { type: ChoiceEvent }).type,
  }));
}

export interface StepResult {
  /** 1-based. */
  n: number;
  from: string;
  event: ChoiceEvent;
  /** The scenario's answer at this state (undefined: the scenario has no such state). */
  expected: ChoiceEvent | undefined;
  wrong: boolean;
  /** A wrong answer at a safety check: what it risks. */
  unsafe: SafetyKind | null;
  at: number;
}

export interface RunScore extends PracticeResult {
  steps: StepResult[];
  /** State ids from the first question to where the run stands (the trainee's path). */
  trail: string[];
  /** End state reached, or null while the run is going on. */
  endState: string | null;
  /** The unsafe end (counterFix) when the run ended at the wrong kind of end. */
  unsafeEnd: boolean;
}

/** Points taken off; see `scoreOf`. */
export const PENALTY = {
  wrong: 10,
  unsafe: 25,
  wrongEnd: 30,
  extraStep: 2,
  extraStepsMax: 10,
  /** The most a run with any unsafe choice can score. */
  unsafeCap: 40,
} as const;

/**
 * The 0–100 score:
 *
 *   100
 *   − 10 per wrong answer that was not unsafe             (a detour costs the queue time)
 *   − 25 per unsafe choice, the wrong kind of end included (a real loss or risk at a real counter)
 *   − 30 if the run did not end where the scenario ends   (the fault would not be handled)
 *   −  2 per step beyond the shortest correct path, at most −10
 *
 * clamped to 0…100, and at most 40 when there was any unsafe choice, so a run that risked money
 * or card data never reads like a pass however well the rest went. Time taken is reported but
 * not scored: speed must never look better than care at a safety check.
 */
export function scoreOf(r: {
  wrongNotUnsafe: number;
  unsafe: number;
  reachedExpectedEnd: boolean;
  extraSteps: number;
}): number {
  let score =
    100 -
    PENALTY.wrong * r.wrongNotUnsafe -
    PENALTY.unsafe * r.unsafe -
    (r.reachedExpectedEnd ? 0 : PENALTY.wrongEnd) -
    Math.min(PENALTY.extraStepsMax, PENALTY.extraStep * Math.max(0, r.extraSteps));
  if (r.unsafe > 0) score = Math.min(score, PENALTY.unsafeCap);
  return Math.max(0, Math.min(100, score));
}

/**
 * Scores a run: replays its log on the guide (answers that no longer fit are left out), compares
 * every answer with the scenario's, and adds the counterFix case — ending at an escalation when
 * the counter could fix it, or at "fixed" when it needed the provider.
 */
export function scoreRun(
  guide: Guide,
  scenario: Scenario,
  log: readonly LogEntry[],
  times: { startedAt: number; endedAt?: number },
): RunScore {
  const replayed = replay(guide, log);
  const path = pathOf(log).slice(0, replayed.applied);
  const steps: StepResult[] = path.map((entry, i) => {
    const event = entry.event as ChoiceEvent;
    const expected = scenario.observations[entry.from]?.answer;
    const wrong = event !== expected;
    return {
      n: i + 1,
      from: entry.from,
      event,
      expected,
      wrong,
      unsafe: wrong ? safetyOf(guide, entry.from) : null,
      at: entry.at,
    };
  });
  const done = replayed.snapshot.status === 'done';
  const endState = done ? stateId(replayed.snapshot) : null;
  const expectedOutcome = endMetaOf(guide, scenario.expectedEnd)?.outcome;
  const actualOutcome = endState ? endMetaOf(guide, endState)?.outcome : undefined;
  const unsafeEnd = Boolean(actualOutcome && expectedOutcome && actualOutcome !== expectedOutcome);
  const unsafe: SafetyKind[] = steps.flatMap((s) => (s.unsafe ? [s.unsafe] : []));
  if (unsafeEnd) unsafe.push('counterFix');

  const shortest = shortestCorrectPath(guide, scenario);
  const shortestSteps = shortest?.length ?? 0;
  const wrongAnswers = steps.filter((s) => s.wrong).length;
  const reachedExpectedEnd = endState === scenario.expectedEnd;
  const lastAt = path.at(-1)?.at ?? times.startedAt;
  const durationMs = Math.max(0, (times.endedAt ?? lastAt) - times.startedAt);
  const score = scoreOf({
    wrongNotUnsafe: steps.filter((s) => s.wrong && !s.unsafe).length,
    unsafe: unsafe.length,
    reachedExpectedEnd,
    extraSteps: steps.length - shortestSteps,
  });
  return {
    score,
    reachedExpectedEnd,
    stepsTaken: steps.length,
    shortestSteps,
    wrongAnswers,
    unsafe,
    durationMs,
    steps,
    trail: replayed.trail,
    endState,
    unsafeEnd,
  };
}

/** The frozen part of a score, as stored on the run. */
export function resultOf(score: RunScore): PracticeResult {
  return {
    score: score.score,
    reachedExpectedEnd: score.reachedExpectedEnd,
    stepsTaken: score.stepsTaken,
    shortestSteps: score.shortestSteps,
    wrongAnswers: score.wrongAnswers,
    unsafe: [...score.unsafe],
    durationMs: score.durationMs,
  };
}

export interface ScenarioStats {
  scenarioId: string;
  runs: number;
  finished: number;
  /** Mean score of finished runs, rounded; null when none. */
  averageScore: number | null;
  /** The state most trainees answered wrong at least once, and how many did; null when none. */
  mostMissed: { stateId: string; trainees: number } | null;
}

/**
 * Per scenario: how many runs, the average score, and the step most runs got wrong ("which step
 * most trainees miss"). Only the log and the scenario's answers are needed, not the machine.
 */
export function scenarioStats(
  runs: readonly {
    scenarioId: string;
    status: string;
    log: readonly LogEntry[];
    result?: { score: number };
  }[],
  scenarios: readonly Scenario[],
): ScenarioStats[] {
  return scenarios
    .map((scenario) => {
      const mine = runs.filter((r) => r.scenarioId === scenario.id);
      const scores = mine.flatMap((r) =>
        r.status === 'finished' && r.result ? [r.result.score] : [],
      );
      const missed = new Map<string, number>();
      for (const run of mine) {
        const wrongHere = new Set(
          pathOf(run.log)
            .filter((e) => e.event !== scenario.observations[e.from]?.answer)
            .map((e) => e.from),
        );
        for (const id of wrongHere) missed.set(id, (missed.get(id) ?? 0) + 1);
      }
      // Most trainees first; a tie goes to the step that comes first in the guide.
      const order = Object.keys(scenario.observations);
      const top = [...missed.entries()].sort(
        (a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]),
      )[0];
      return {
        scenarioId: scenario.id,
        runs: mine.length,
        finished: scores.length,
        averageScore:
          scores.length > 0 ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
        mostMissed: top ? { stateId: top[0], trainees: top[1] } : null,
      };
    })
    .filter((s) => s.runs > 0);
}
