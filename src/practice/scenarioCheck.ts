/**
 * Checks a scenario against its guide's machine, so a guide change that a scenario does not
 * follow fails a test instead of leaving the simulated terminal blank. Pure.
 */
import type { Guide, StepMeta } from '../faults/types';
import { stateIds } from '../faults/engine';
import { shortestCorrectPath } from './scoring';
import type { Scenario } from '../faults/scenario';

function metaOf(guide: Guide, id: string): StepMeta | undefined {
  return (guide.machine.root.states[id] as { meta?: StepMeta } | undefined)?.meta;
}

/** The states a scenario must describe: every state of the machine that is not an end. */
export function nonEndStates(guide: Guide): string[] {
  return stateIds(guide).filter((id) => metaOf(guide, id)?.kind !== 'end');
}

/** Problems found, in words (empty when the scenario fits the guide). */
export function checkScenario(guide: Guide, scenario: Scenario): string[] {
  const problems: string[] = [];
  if (scenario.fault !== guide.id) {
    problems.push(`scenario is for ${scenario.fault}, guide is ${guide.id}`);
  }
  const needed = new Set(nonEndStates(guide));
  const given = Object.keys(scenario.observations);
  for (const id of needed) {
    if (!Object.hasOwn(scenario.observations, id)) problems.push(`no observation for '${id}'`);
  }
  for (const id of given) {
    if (!needed.has(id)) {
      problems.push(
        metaOf(guide, id)?.kind === 'end'
          ? `observation for the end state '${id}'`
          : `observation for '${id}', which the machine does not have`,
      );
      continue;
    }
    const meta = metaOf(guide, id);
    const answer = scenario.observations[id]?.answer;
    if (meta && meta.kind !== 'end' && answer !== undefined && !meta.choices.includes(answer)) {
      problems.push(`answer '${answer}' at '${id}' is not one of its choices`);
    }
  }
  if (metaOf(guide, scenario.expectedEnd)?.kind !== 'end') {
    problems.push(`expected end '${scenario.expectedEnd}' is not an end state`);
  } else if (problems.length === 0 && !shortestCorrectPath(guide, scenario)) {
    problems.push(`the answers do not lead from the first question to '${scenario.expectedEnd}'`);
  }
  return problems;
}
