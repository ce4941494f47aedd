/**
 * The trainer's overview of a session, pure: runs in, figures out. A learners × scenarios grid
 * (attempts, best and latest score per cell), first versus latest finished run per learner, and
 * the steps most missed across the whole group (a step of one guide counts once per trainee,
 * whichever scenario of that guide they missed it in).
 *
 * Trainees are told apart by their name as typed, trimmed and compared without case ("li" and
 * "Li " are one trainee); the first spelling seen is shown.
 */
import { pathOf } from '../faults/engine';
import type { Scenario } from '../faults/scenario';
import type { FaultId, LogEntry } from '../faults/types';

export interface OverviewRun {
  id: string;
  scenarioId: string;
  fault: FaultId;
  trainee: string;
  startedAt: number;
  status: string;
  log: readonly LogEntry[];
  result?: { score: number };
}

export interface Cell {
  attempts: number;
  finished: number;
  /** null: no finished run. */
  best: number | null;
  /** The score of the latest finished run; null: none. */
  latest: number | null;
  /** Run ids, latest first. */
  runIds: string[];
}

export interface LearnerRow {
  key: string;
  name: string;
  cells: Record<string, Cell>;
  /** Score of the learner's first and latest finished run, over every scenario. */
  first: number | null;
  last: number | null;
  finished: number;
}

export interface MissedStep {
  fault: FaultId;
  stateId: string;
  /** Distinct trainees who answered it wrong at least once. */
  trainees: number;
  /** Wrong answers there, all runs together. */
  times: number;
}

export function traineeKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

const finishedScore = (r: OverviewRun): number | null =>
  r.status === 'finished' && r.result ? r.result.score : null;

/** Learner rows sorted by name; the scenarios that have any run, in the given order. */
export function learnerGrid(
  runs: readonly OverviewRun[],
  scenarios: readonly Scenario[],
): { learners: LearnerRow[]; scenarioIds: string[] } {
  const chrono = [...runs].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
  const rows = new Map<string, LearnerRow>();
  for (const run of chrono) {
    const key = traineeKey(run.trainee);
    let row = rows.get(key);
    if (!row) {
      row = { key, name: run.trainee.trim(), cells: {}, first: null, last: null, finished: 0 };
      rows.set(key, row);
    }
    const cell = (row.cells[run.scenarioId] ??= {
      attempts: 0,
      finished: 0,
      best: null,
      latest: null,
      runIds: [],
    });
    cell.attempts += 1;
    cell.runIds.unshift(run.id);
    const score = finishedScore(run);
    if (score !== null) {
      cell.finished += 1;
      cell.best = Math.max(cell.best ?? 0, score);
      cell.latest = score;
      row.finished += 1;
      row.first ??= score;
      row.last = score;
    }
  }
  const used = new Set(runs.map((r) => r.scenarioId));
  return {
    learners: [...rows.values()].sort((a, b) => a.name.localeCompare(b.name)),
    scenarioIds: scenarios.filter((s) => used.has(s.id)).map((s) => s.id),
  };
}

/** Steps answered wrong, most trainees first (then most wrong answers, then guide order). */
export function mostMissedSteps(
  runs: readonly OverviewRun[],
  scenarios: readonly Scenario[],
  limit = 5,
): { steps: MissedStep[]; trainees: number } {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const who = new Map<string, Set<string>>();
  const times = new Map<string, number>();
  const order: string[] = [];
  for (const run of runs) {
    const scenario = byId.get(run.scenarioId);
    if (!scenario) continue;
    for (const e of pathOf(run.log)) {
      if (e.event === scenario.observations[e.from]?.answer) continue;
      const k = `${scenario.fault}\u0000${e.from}`;
      if (!who.has(k)) {
        who.set(k, new Set());
        order.push(k);
      }
      who.get(k)!.add(traineeKey(run.trainee));
      times.set(k, (times.get(k) ?? 0) + 1);
    }
  }
  const steps = order
    .map((k) => {
      const [fault, stateId] = k.split('\u0000') as [FaultId, string];
      return { fault, stateId, trainees: who.get(k)!.size, times: times.get(k)! };
    })
    .sort((a, b) => b.trainees - a.trainees || b.times - a.times)
    .slice(0, limit);
  return { steps, trainees: new Set(runs.map((r) => traineeKey(r.trainee))).size };
}
