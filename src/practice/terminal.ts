/**
 * The simulated terminal's behaviour, pure: what an action does at a step (the step's own
 * reaction, else the scenario's, else nothing), and what the status icons show. The panel
 * (TerminalPanel.tsx) only renders this.
 */
import type { Icons, Observation, Reaction, Scenario, TerminalAction } from '../faults/scenario';

/** The reaction to `action` at the step showing `obs`; undefined: nothing changes. */
export function reactionTo(
  scenario: Scenario,
  obs: Observation,
  action: TerminalAction,
): Reaction | undefined {
  const legacy =
    action === 'keyPress' ? obs.onKeyPress : action === 'restart' ? obs.onRestart : undefined;
  return obs.on?.[action] ?? legacy ?? scenario.terminal?.[action];
}

/** The status icons at a step: the step's, else the scenario's, else the network light's. */
export function iconsAt(scenario: Scenario, obs: Observation): Required<Icons> {
  return {
    signal: obs.icons?.signal ?? scenario.icons?.signal ?? obs.lights?.network !== 'off',
    locked: obs.icons?.locked ?? scenario.icons?.locked ?? false,
  };
}

/**
 * What the terminal shows at a step: a reaction asked at this step, else a lasting one from an
 * earlier step (the trainee changed the terminal for good), else the step's own screen.
 */
export function screenAt(
  obs: Observation,
  asked: Reaction | undefined,
  lasting: Reaction | null,
): Observation['screen'] {
  return asked?.screen ?? lasting?.screen ?? obs.screen;
}
