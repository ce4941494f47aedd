/**
 * Safety steps every guide shares, as state configs to spread into a machine's `states`. The
 * same ids, tags and meta in each guide, so the screens, the report and practice scoring treat
 * them alike; their words live once in `safetySteps.content.ts` (per-guide overrides only where
 * a guide needs its own).
 *
 *  - the scam check, asked before the merchant phones anyone:
 *    scamCall → scamWarning → scamGaveInfo → (scamReport → escalatedScam | onward)
 *  - the charge check before any card retry: wasCharged → (alreadyPaid | checkCharge | onward)
 *
 * `onward` is where the guide continues: a state id, or guarded transitions of the guide's own.
 * Also here: `fixChoices` / `fixedOrNot`, the choices and transitions of every remedy that tries
 * a fix ("fixed?", "still wrong", "I already tried this" — which goes on like "still wrong").
 */
import type { CallTarget, ChoiceEvent, StepMeta } from '../types';

const yesNoUnsure = ['answer.yes', 'answer.no', 'answer.unsure'] as const;

/** The buttons of a remedy that tries a fix, in display order. */
export const fixChoices: ChoiceEvent[] = ['fixed.yes', 'fixed.no', 'tried'];

/** Transitions of a remedy that tries a fix: "I already tried this" goes on like "still wrong". */
export function fixedOrNot<const Yes, const No>(yes: Yes, no: No) {
  return { 'fixed.yes': yes, 'fixed.no': no, tried: no } as const;
}

/** An end where the counter path worked (or nothing was the terminal's fault). */
export function resolvedEnd() {
  return { type: 'final', meta: { kind: 'end', outcome: 'resolved' } satisfies StepMeta } as const;
}

/**
 * An end that hands the incident to the provider: the provider is called first, then `also`
 * (China Mobile, the complaint line, the police). `stopCards`: card payments stay stopped
 * (a tamper, an exposed key, a scam).
 */
export function providerEnd(options: { also?: readonly CallTarget[]; stopCards?: boolean } = {}) {
  const meta = {
    kind: 'end',
    outcome: 'escalated',
    callFirst: 'provider',
    calls: ['provider', ...(options.also ?? [])],
  } satisfies StepMeta;
  return options.stopCards
    ? ({ type: 'final', tags: ['stopCardPayments'], meta } as const)
    : ({ type: 'final', meta } as const);
}

/**
 * The network checks the guides share: the terminal's own icon (`network`: yes → `online`),
 * then "do other devices in the shop get online?" (the shop's network, or the terminal alone),
 * each with its remedy; a remedy that does not help goes `onward`. The router is restarted only
 * on a clear "they are offline too" (DOMAIN.md: only after the shop's other devices are checked);
 * "do not know" goes to the terminal's own cable, Wi-Fi and place, which changes nothing.
 */
export function networkSteps<const Online, const Onward>(online: Online, onward: Onward) {
  return {
    network: {
      meta: { kind: 'question', choices: [...yesNoUnsure] } satisfies StepMeta,
      on: { 'answer.yes': online, 'answer.no': 'shopOnline', 'answer.unsure': 'shopOnline' },
    },
    shopOnline: {
      meta: { kind: 'question', choices: [...yesNoUnsure] } satisfies StepMeta,
      on: {
        'answer.yes': 'fixTerminalLink',
        'answer.no': 'fixRouter',
        'answer.unsure': 'fixTerminalLink',
      },
    },
    fixRouter: {
      meta: { kind: 'remedy', who: 'you', choices: fixChoices } satisfies StepMeta,
      on: fixedOrNot('resolved', onward),
    },
    fixTerminalLink: {
      meta: { kind: 'remedy', who: 'you', choices: fixChoices } satisfies StepMeta,
      on: fixedOrNot('resolved', onward),
    },
  } as const;
}

/**
 * "Not sure" at the exposure or tamper check: a 10-second look (cracks, a broken seal sticker,
 * something in the slot) decides. A find (or something odd) goes to the `stop`; nothing seen goes
 * `onward` — also when the merchant is still unsure, so an honest doubt does not send a working
 * terminal to a replacement: the cheap remedies come next, and the answer ("nothing seen, still
 * unsure") is in the summary and the support packet for the provider to judge.
 */
export function lookCheckStep<const Stop, const Onward>(
  safety: 'keyExposure' | 'tamper',
  stop: Stop,
  onward: Onward,
) {
  return {
    lookCheck: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety } satisfies StepMeta,
      on: { 'answer.yes': stop, 'answer.unsure': onward, 'answer.no': onward },
    },
  } as const;
}

export function scamSteps<const Onward>(onward: Onward) {
  return {
    scamCall: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety: 'scam' } satisfies StepMeta,
      on: {
        'answer.yes': 'scamWarning',
        'answer.unsure': 'scamWarning',
        'answer.no': onward,
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
      on: { 'answer.yes': 'scamReport', 'answer.unsure': 'scamReport', 'answer.no': onward },
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
    escalatedScam: providerEnd({ also: ['police110', 'antiFraud96110'], stopCards: true }),
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
