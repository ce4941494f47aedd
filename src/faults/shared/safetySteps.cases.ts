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

/** scamCall → scamWarning → scamGaveInfo → scamReport | wasCharged, from the answers reaching scamCall. */
export function expectedScamSteps(toScamCall: ChoiceEvent[]): Record<string, StateCase> {
  const toScamGaveInfo: ChoiceEvent[] = [...toScamCall, yes, 'next'];
  return {
    scamCall: {
      via: toScamCall,
      meta: { kind: 'question', choices: [yes, no, unsure], safety: 'scam' },
      tags: ['safety'],
      on: [
        [yes, 'scamWarning'],
        [no, 'wasCharged'],
        [unsure, 'scamWarning'],
      ],
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
      on: [
        [yes, 'scamReport'],
        [no, 'wasCharged'],
        [unsure, 'scamReport'],
      ],
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

/**
 * wasCharged → alreadyPaid | checkCharge | onward. `onward`: where the guide continues, each with
 * the answers that reach wasCharged in that context when it is not the default `toWasCharged`.
 */
export function expectedChargeSteps(
  toWasCharged: ChoiceEvent[],
  onward: { target: string; toWasCharged?: ChoiceEvent[] }[],
): Record<string, StateCase> {
  const after = (answer: ChoiceEvent, event: ChoiceEvent): Transition[] =>
    onward.map((o): Transition =>
      o.toWasCharged
        ? [event, o.target, [...o.toWasCharged, ...(answer === no ? [] : [answer])]]
        : [event, o.target],
    );
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
      on: after(yes, 'next'),
    },
    checkCharge: {
      via: [...toWasCharged, unsure],
      meta: { kind: 'info', choices: ['next'], safety: 'charge' },
      tags: ['safety'],
      on: after(unsure, 'next'),
    },
  };
}
