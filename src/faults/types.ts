/**
 * The contract every fault guide fulfils. A guide is:
 *  - a pure XState v5 machine (no context, no actions with side effects, no display text),
 *  - per-state `meta` (a StepMeta) that tells the generic renderer what kind of step it is,
 *  - content in both languages, keyed by state id and choice (event type).
 *
 * Adding a fourth fault = a new folder that exports a `Guide` + one line in registry.ts.
 */
import type { AnyStateMachine } from 'xstate';

export type Lang = 'zh' | 'en';

/** Every event a guide machine understands. Screens render one button per allowed event. */
export type ChoiceEvent =
  | 'answer.yes'
  | 'answer.no'
  | 'answer.unsure'
  | 'fixed.yes'
  | 'fixed.no'
  | 'next'
  /** "What does the screen say?" options: `screen.<option>` */
  | `screen.${string}`;

export type GuideEvent = { type: ChoiceEvent };

/** One entry of a run's append-only answer log (see engine.ts: a run is its log). */
export interface LogEntry {
  /** State id the answer was given in ('' for a back). */
  from: string;
  /** The choice made, or 'back'. */
  event: ChoiceEvent | 'back';
  /** Epoch ms. */
  at: number;
}

/** Who carries out a remedy. */
export type Who = 'you' | 'provider' | 'bank' | 'customer';

/** How a run of a guide ended. */
export type Outcome = 'resolved' | 'escalated';

/**
 * Why a check is safety-critical (drives the red styling and practice-mode scoring):
 *  keyExposure – a wrong answer keeps card payments going on a possibly exposed key
 *  tamper      – a wrong answer keeps a tampered terminal in use / invites opening it
 *  scam        – a wrong answer would hand a caller passwords, card data or money
 *  charge      – a wrong answer may charge a customer twice
 *  counterFix  – a wrong answer escalates what the counter can fix, or "fixes" what needs the provider
 */
export type SafetyKind = 'keyExposure' | 'tamper' | 'scam' | 'charge' | 'counterFix';

export type StepMeta =
  | {
      /** A cause check: one question, answers branch. */
      kind: 'question';
      /** Buttons in display order; each is an event the state accepts. */
      choices: ChoiceEvent[];
      safety?: SafetyKind;
    }
  | {
      /** Something to do, then "did that fix it?" (or "next" for advice steps). */
      kind: 'remedy';
      who: Who;
      choices: ChoiceEvent[];
      /** First aid: a quick step the domain gives before any cause check. */
      firstAid?: boolean;
      safety?: SafetyKind;
    }
  | {
      /** Important information with a single way on (e.g. the scam warning). */
      kind: 'info';
      choices: ChoiceEvent[];
      safety?: SafetyKind;
    }
  | {
      kind: 'end';
      outcome: Outcome;
      /** On an escalation end: who to call first. */
      callFirst?: 'provider' | 'bank' | 'chinaMobile';
    };

/** Display text of one state, in one language. */
export interface StepText {
  /** The question or the instruction, short. Shown as the step heading. */
  heading: string;
  /** Short sentences under the heading. */
  body?: string[];
  /** Literal terminal text the merchant can match (kept in Chinese as the terminal shows it). */
  terminalText?: string[];
  /** Remedies: what to have ready. */
  ready?: string[];
  /** Remedies: what "fixed" looks like. */
  fixedLooksLike?: string;
  /** Label per choice, where the generic label (yes / no / not sure …) does not fit. */
  choices?: Partial<Record<ChoiceEvent, string>>;
  /** Shown in the escalation summary for this step, e.g. "Restarted the terminal". */
  summary?: string;
}

export interface GuideText {
  /** Guide title, e.g. "Key error". */
  title: string;
  /** What the terminal shows, in the terminal's language (Chinese). */
  terminalMessage: string;
  /** One line: what the message means. */
  meaning: string;
  /** Text per state id. Every state of the machine must have an entry (a test checks). */
  states: Record<string, StepText>;
}

export interface Guide<TMachine extends AnyStateMachine = AnyStateMachine> {
  id: FaultId;
  /**
   * Bump whenever states or transitions change. A saved incident of another version is
   * replayed from its answers where they still fit, else opened read-only.
   */
  version: number;
  machine: TMachine;
  content: Record<Lang, GuideText>;
}

/** Prevention advice of one fault, per language: short items a shop owner can act on. */
export type Prevention = Record<Lang, { heading: string; items: string[] }>;

export type FaultId = 'keyError' | 'securityLock' | 'pinEntry';
