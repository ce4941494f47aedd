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
 * Pure data: no contact numbers or addresses (the product names none but those in DOMAIN.md).
 */
import { keyErrorScenarios } from '../faults/keyError/keyError.scenarios';
import { pinEntryScenarios } from '../faults/pinEntry/pinEntry.scenarios';
import type { Scenario } from '../faults/scenario';
import { securityLockScenarios } from '../faults/securityLock/securityLock.scenarios';

export const scenarios: readonly Scenario[] = [
  ...keyErrorScenarios,
  ...securityLockScenarios,
  ...pinEntryScenarios,
];

export function scenarioById(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}
