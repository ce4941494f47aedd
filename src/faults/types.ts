/**
 * The contract every fault guide fulfils. A guide is:
 *  - a pure XState v5 machine (flat states, no display text, no side effects; context only where
 *    branching needs an earlier answer — key error remembers which screen message was chosen),
 *  - per-state `meta` (a StepMeta) that tells the generic renderer what kind of step it is,
 *  - content in both languages, keyed by state id and choice (event type).
 *
 * Adding a fault = a new folder `<id>/` + one entry in registry.ts (see there).
 */
import type { AnyStateMachine } from 'xstate';
import type { FaultId } from './registry';

export type Lang = 'zh' | 'en';

/** Every event a guide machine understands. Screens render one button per allowed event. */
export type ChoiceEvent =
  | 'answer.yes'
  | 'answer.no'
  | 'answer.unsure'
  | 'fixed.yes'
  | 'fixed.no'
  | 'next'
  /** "I already tried this" on a remedy: done already, it did not help. */
  | 'tried'
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

/**
 * Who a step tells the merchant to phone, in the order to call (tap-to-call buttons are built
 * from this). `chinaMobile` (10086) only where the incident is known to be a China Mobile
 * terminal; `customerBank` is the customer's own card issuer (the customer calls it).
 */
export type CallTarget =
  'provider' | 'customerBank' | 'chinaMobile' | 'complaint12363' | 'police110' | 'antiFraud96110';

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
      /** When the remedy is a phone call: whom, in order. */
      calls?: readonly CallTarget[];
    }
  | {
      /** Important information with a single way on (e.g. the scam warning). */
      kind: 'info';
      choices: ChoiceEvent[];
      safety?: SafetyKind;
      calls?: readonly CallTarget[];
    }
  | {
      kind: 'end';
      outcome: Outcome;
      /** On an escalation end: who to call first. */
      callFirst?: 'provider' | 'bank' | 'chinaMobile';
      /** On an escalation end: whom to call, in order (starts with the provider). */
      calls?: readonly CallTarget[];
    };

/** Display text of one state, in one language. */
export interface StepText {
  /** The question or the instruction, short. Shown as the step heading. */
  heading: string;
  /** Short sentences under the heading: at most three, always visible. */
  body?: string[];
  /** Further detail, behind a "more" disclosure. */
  more?: string[];
  /** Literal terminal text the merchant can match (kept in Chinese as the terminal shows it). */
  terminalText?: string[];
  /** Remedies: what to have ready. */
  ready?: string[];
  /** Remedies: what "fixed" looks like (never on a stop step). */
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
  /**
   * The fault's most common cause (DOMAIN.md): the first answer that names it, and the remedy
   * states that fix it, in the order the guide tries them (key error: restart, then sign-in).
   * Each must come within three questions on the cause's way (`src/faults/counterPath.test.ts`);
   * the bench prints the figures (bench/taps.mjs).
   */
  commonCause: { cause: string; firstAnswer: ChoiceEvent; remedies: readonly string[] };
  /**
   * What the machine says ahead of time, as data (`<id>.facts.ts`, written by
   * `npm run guide-facts`; the contract test fails when they no longer match the machine).
   * Optional: a guide without them (a test fixture, an old version) is walked instead.
   */
  facts?: GuideFacts;
}

/**
 * Facts of one guide version worked out at development time (engine.ts `guideFacts`), so that
 * no phone walks the guide's graph: for every reachable snapshot (`stepKey`: state id, plus the
 * context where the guide has one), the most steps from it to an end — the N of "step n of at
 * most N". Used only while `version` is the guide's.
 */
export interface GuideFacts {
  version: number;
  longest: Readonly<Record<string, number>>;
}

/** Prevention advice of one fault, per language: short items a shop owner can act on. */
export type Prevention = Record<Lang, { heading: string; items: string[] }>;

/** One of the registry's ids (registry.ts is the one list). */
export type { FaultId };
