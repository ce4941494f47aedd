/**
 * A session plan on a trainee's phone: the trainer's scenarios in order (scanned from the
 * trainer's code, runCode.ts), kept in the settings table (SETTING_KEYS.practicePlan) so a reload
 * keeps it. Pure: which scenario comes next is worked out from the runs this trainee finished
 * since the plan arrived.
 */
import * as v from 'valibot';
import type { Scenario } from '../faults/scenario';
import { traineeKey } from './overview';

export interface SessionPlan {
  scenarioIds: string[];
  /** When it was scanned: runs before it do not count. */
  since: number;
}

const PlanSchema = v.object({
  scenarioIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(50)),
  since: v.pipe(v.number(), v.finite()),
});

/** A stored plan, or null when none or unreadable. */
export function readPlan(value: unknown): SessionPlan | null {
  const r = v.safeParse(PlanSchema, value);
  return r.success ? r.output : null;
}

export interface PlanProgress {
  steps: { scenario: Scenario; done: boolean }[];
  done: number;
  /** The first scenario not done yet; null when all are. */
  next: Scenario | null;
}

export function planProgress(
  plan: SessionPlan,
  scenarios: readonly Scenario[],
  runs: readonly { scenarioId: string; trainee: string; startedAt: number; status: string }[],
  trainee: string,
): PlanProgress {
  const who = traineeKey(trainee);
  const finished = new Set(
    runs
      .filter(
        (r) =>
          r.status === 'finished' &&
          r.startedAt >= plan.since &&
          (who === '' || traineeKey(r.trainee) === who),
      )
      .map((r) => r.scenarioId),
  );
  const steps = plan.scenarioIds.flatMap((id) => {
    const scenario = scenarios.find((s) => s.id === id);
    return scenario ? [{ scenario, done: finished.has(id) }] : [];
  });
  return {
    steps,
    done: steps.filter((s) => s.done).length,
    next: steps.find((s) => !s.done)?.scenario ?? null,
  };
}
