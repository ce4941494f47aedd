/**
 * Safety steps every guide shares, as state configs to spread into a machine's `states`. The
 * same ids, tags and meta in each guide, so the screens, the report and practice scoring treat
 * them alike; each guide keeps its own wording for them in its content module.
 *
 *  - the scam check: scamCall → scamWarning → scamGaveInfo → (scamReport → escalatedScam | wasCharged)
 *  - the charge check before any card retry: wasCharged → (alreadyPaid | checkCharge | onward)
 *
 * `onward` is where the guide continues: a state id, or guarded transitions of the guide's own.
 */
import type { StepMeta } from '../types';

const yesNoUnsure = ['answer.yes', 'answer.no', 'answer.unsure'] as const;

/** Always continues to the charge check: nobody retries a card without asking about it. */
export function scamSteps() {
  return {
    scamCall: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety: 'scam' } satisfies StepMeta,
      on: {
        'answer.yes': 'scamWarning',
        'answer.unsure': 'scamWarning',
        'answer.no': 'wasCharged',
      },
    },
    scamWarning: {
      tags: ['safety'],
      meta: { kind: 'info', choices: ['next'], safety: 'scam' } satisfies StepMeta,
      on: { next: 'scamGaveInfo' },
    },
    /** Someone who already handed over a password, card data or money must not just carry on. */
    scamGaveInfo: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety: 'scam' } satisfies StepMeta,
      on: { 'answer.yes': 'scamReport', 'answer.unsure': 'scamReport', 'answer.no': 'wasCharged' },
    },
    scamReport: {
      tags: ['safety', 'stopCardPayments'],
      meta: {
        kind: 'remedy',
        who: 'you',
        choices: ['next'],
        safety: 'scam',
        calls: ['provider', 'police110', 'antiFraud96110'],
      } satisfies StepMeta,
      on: { next: 'escalatedScam' },
    },
    escalatedScam: {
      type: 'final',
      tags: ['stopCardPayments'],
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'provider',
        calls: ['provider', 'police110', 'antiFraud96110'],
      } satisfies StepMeta,
    },
  } as const;
}

export function chargeSteps<const Onward>(onward: Onward) {
  return {
    wasCharged: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety: 'charge' } satisfies StepMeta,
      on: { 'answer.yes': 'alreadyPaid', 'answer.unsure': 'checkCharge', 'answer.no': onward },
    },
    alreadyPaid: {
      tags: ['safety'],
      meta: { kind: 'info', choices: ['next'], safety: 'charge' } satisfies StepMeta,
      on: { next: onward },
    },
    checkCharge: {
      tags: ['safety'],
      meta: { kind: 'info', choices: ['next'], safety: 'charge' } satisfies StepMeta,
      on: { next: onward },
    },
  } as const;
}
