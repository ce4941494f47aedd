/**
 * Practice mode's data: a scenario is a made-up fault that a simulated terminal acts out while a
 * trainee runs the real guide machine. Pure types, no code.
 */
import type { ChoiceEvent, FaultId } from './types';

/** A text in both languages. */
export interface Bi {
  zh: string;
  en: string;
}

export type Light = 'on' | 'off' | 'blink';

/** The terminal's indicator lights. Unset: power on, network on, alert off. */
export interface Lights {
  power?: Light;
  network?: Light;
  alert?: Light;
}

/** What the terminal does when the trainee presses one of the panel's buttons. */
export interface Reaction {
  /** The screen afterwards, literal (see Observation.screen). */
  screen: Bi;
  /** What the trainee notices besides the screen, e.g. "the 5 key gives no star". */
  note?: Bi;
}

/** What the trainee can see at one step of the guide. */
export interface Observation {
  /**
   * The terminal's screen, literally. `zh` is what the terminal shows (Chinese, as on the
   * terminal; lines split on "\n"); `en` is its translation for English-speaking trainers.
   * At a remedy step: the screen once the trainee has done what the step says.
   */
  screen: Bi;
  lights?: Lights;
  /** What the trainee sees or hears around the terminal: the case, a phone call, the customer. */
  scene?: Bi;
  /** "Press a key" on the panel. Unset: nothing changes. */
  onKeyPress?: Reaction;
  /** "Restart" on the panel. Unset: after restarting, the same screen again. */
  onRestart?: Reaction;
  /** What a trainee who reads the terminal right answers here. A choice this step offers. */
  answer: ChoiceEvent;
}

export interface Scenario {
  /** Stable: stored in practice runs and their export files. */
  id: string;
  fault: FaultId;
  title: Bi;
  /** The real cause, hidden until the debrief. */
  rootCause: Bi;
  /** The end state id a correct run reaches. */
  expectedEnd: string;
  /** One per non-end state of the guide's machine (a test checks the set is exact). */
  observations: Record<string, Observation>;
}
