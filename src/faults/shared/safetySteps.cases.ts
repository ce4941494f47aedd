/**
 * Expected behaviour of the shared safety steps (for the machine tests only): written by hand,
 * once, independently of safetySteps.ts, and spread into each guide's table of expected states.
 */
import type { ChoiceEvent, StepMeta } from '../types';

/** [event, target, answers that reach the state first when the branch depends on them]. */
export type Transition = [ChoiceEvent, string, ChoiceEvent[]?];

export interface StateCase {
  via: ChoiceEvent[];
  meta: StepMeta;
  tags: string[];
  on: Transition[];
}

const yes = 'answer.yes';
const no = 'answer.no';
const unsure = 'answer.unsure';

/** A guide's onward step after a shared check, with the answers that reach the check first when
 * the target depends on them (else the default route). */
export type Onward = { target: string; to?: ChoiceEvent[] }[];

function onwardAfter(onward: Onward, event: ChoiceEvent, suffix: ChoiceEvent[]): Transition[] {
  return onward.map((o): Transition =>
    o.to ? [event, o.target, [...o.to, ...suffix]] : [event, o.target],
  );
}

/** The buttons and transitions of every remedy that tries a fix ("I already tried this" included). */
export const fixChoices: ChoiceEvent[] = ['fixed.yes', 'fixed.no', 'tried'];
export function fixTransitions(yes: string, no: string, via?: ChoiceEvent[]): Transition[] {
  return [
    ['fixed.yes', yes, ...(via ? [via] : [])] as Transition,
    ['fixed.no', no, ...(via ? [via] : [])] as Transition,
    ['tried', no, ...(via ? [via] : [])] as Transition,
  ];
}

/**
 * scamCall → scamWarning → scamGaveInfo → scamReport | onward, from the answers reaching
 * scamCall (`onward[i].to`: the answers reaching scamCall in that context).
 */
export function expectedScamSteps(
  toScamCall: ChoiceEvent[],
  onward: Onward,
): Record<string, StateCase> {
  const toScamGaveInfo: ChoiceEvent[] = [...toScamCall, yes, 'next'];
  return {
    scamCall: {
      via: toScamCall,
      meta: { kind: 'question', choices: [yes, no, unsure], safety: 'scam' },
      tags: ['safety'],
      on: [[yes, 'scamWarning'], ...onwardAfter(onward, no, []), [unsure, 'scamWarning']],
    },
    scamWarning: {
      via: [...toScamCall, unsure],
      meta: { kind: 'info', choices: ['next'], safety: 'scam' },
      tags: ['safety'],
      on: [['next', 'scamGaveInfo']],
    },
    scamGaveInfo: {
      via: toScamGaveInfo,
      meta: { kind: 'question', choices: [yes, no, unsure], safety: 'scam' },
      tags: ['safety'],
      on: [[yes, 'scamReport'], ...onwardAfter(onward, no, [yes, 'next']), [unsure, 'scamReport']],
    },
    scamReport: {
      via: [...toScamGaveInfo, yes],
      meta: {
        kind: 'remedy',
        who: 'you',
        choices: ['next'],
        safety: 'scam',
        calls: ['provider', 'police110', 'antiFraud96110'],
      },
      tags: ['safety', 'stopCardPayments'],
      on: [['next', 'escalatedScam']],
    },
  };
}

/** The scam end, as every guide has it. */
export const expectedScamEnd = {
  meta: {
    kind: 'end',
    outcome: 'escalated',
    callFirst: 'provider',
    calls: ['provider', 'police110', 'antiFraud96110'],
  } satisfies StepMeta,
  tags: ['stopCardPayments'],
};

/**
 * wasCharged → alreadyPaid | checkCharge | onward. `onward`: where the guide continues, each with
 * the answers that reach wasCharged in that context when it is not the default `toWasCharged`.
 * `paid`: where alreadyPaid goes, when not `onward`.
 */
export function expectedChargeSteps(
  toWasCharged: ChoiceEvent[],
  onward: Onward,
  paid: Onward = onward,
): Record<string, StateCase> {
  const after = (answer: ChoiceEvent, event: ChoiceEvent, to: Onward = onward): Transition[] =>
    onwardAfter(to, event, answer === no ? [] : [answer]);
  return {
    wasCharged: {
      via: toWasCharged,
      meta: { kind: 'question', choices: [yes, no, unsure], safety: 'charge' },
      tags: ['safety'],
      on: [[yes, 'alreadyPaid'], ...after(no, no), [unsure, 'checkCharge']],
    },
    alreadyPaid: {
      via: [...toWasCharged, yes],
      meta: { kind: 'info', choices: ['next'], safety: 'charge' },
      tags: ['safety'],
      on: after(yes, 'next', paid),
    },
    checkCharge: {
      via: [...toWasCharged, unsure],
      meta: { kind: 'info', choices: ['next'], safety: 'charge' },
      tags: ['safety'],
      on: after(unsure, 'next'),
    },
  };
}
