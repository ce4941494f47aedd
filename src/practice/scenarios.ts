/**
 * Practice scenarios as data: per fault, made-up incidents whose terminal acts out one root
 * cause. Each scenario says what the terminal shows at EVERY step of its guide (not only along
 * the right path), so the simulated terminal never goes blank after a wrong answer, and what a
 * trainee who reads the terminal right answers there.
 *
 * A scenario starts from its fault's "nothing found here" world (every check negative, every
 * remedy leaves the fault as it was) and overrides the steps where its root cause shows.
 * scenarios.test.ts checks every scenario against its guide's machine: exactly one observation
 * per non-end state, every answer a choice of that state, and the answers lead to the expected end.
 *
 * Each fault's scenarios live in its folder (`faults/<id>/<id>.scenarios.ts`).
 * Pure data: no contact numbers or addresses (the product names none but those in DOMAIN.md).
 */
import { faults } from '../faults/registry';
import type { Scenario } from '../faults/scenario';

/**
 * Every fault's scenarios, in registry order, once `loadScenarios()` has resolved (empty before):
 * a load cache, like the registry's guide cache (app/prefetch.ts lists why each piece of memory
 * like this exists). Practice's screens render only after it (see `loadPracticeScreen`), so they
 * read them synchronously. Not a top-level await: that splits the first-load chunks into many
 * small ones.
 */
export let scenarios: readonly Scenario[] = [];

let loading: Promise<readonly Scenario[]> | undefined;

/** Loads each registry entry's scenarios (`loadScenarios()`, off the first path), once. */
export function loadScenarios(): Promise<readonly Scenario[]> {
  loading ??= Promise.all(faults.map((f) => f.loadScenarios())).then((lists) => {
    scenarios = lists.flat();
    return scenarios;
  });
  loading.catch(() => (loading = undefined)); // a failed chunk load may succeed later
  return loading;
}

export function scenarioById(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}
