/**
 * Safety steps every guide shares, as state configs to spread into a machine's `states`. The
 * same ids, tags and meta in each guide, so the screens, the report and practice scoring treat
 * them alike; their words live once in `safetySteps.content.ts` (per-guide overrides only where
 * a guide needs its own).
 *
 *  - the scam check, asked before the merchant phones anyone:
 *    scamCall → scamWarning → scamGaveInfo → (scamReport → escalatedScam | onward)
 *  - the charge check before any card retry: wasCharged → (alreadyPaid → paid | checkCharge |
 *    onward)
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
export function networkSteps<const Online, const Onward, const Fixed = 'resolved'>(
  online: Online,
  onward: Onward,
  fixed?: Fixed,
) {
  // A remedy that helps goes `fixed`: `resolved`, unless the guide picks its end by an earlier
  // answer (the tamper guides' doubt, `fixedEnd`).
  const done = fixed ?? 'resolved';
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
      on: fixedOrNot(done, onward),
    },
    fixTerminalLink: {
      meta: { kind: 'remedy', who: 'you', choices: fixChoices } satisfies StepMeta,
      on: fixedOrNot(done, onward),
    },
  } as const;
}

/**
 * "Not sure" at the exposure or tamper check: a 10-second look (cracks, a broken seal sticker,
 * something added to the card slot or the PIN pad) decides. A find (or something odd) goes to
 * the `stop`; nothing seen goes `onward`. Nothing seen but still unsure goes to `unsure`, which
 * each guide chooses: the key error stops cards (the key may be exposed: no card on it until the
 * provider has checked, DOMAIN.md "never do"); the tamper guides go on with the cheap remedies
 * so an honest doubt does not send a working terminal to a replacement, remember the doubt, and
 * end by asking the merchant to send the record to the provider.
 */
export function lookCheckStep<const Stop, const Onward, const Unsure>(
  safety: 'keyExposure' | 'tamper',
  stop: Stop,
  onward: Onward,
  unsure: Unsure,
) {
  return {
    lookCheck: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety } satisfies StepMeta,
      on: { 'answer.yes': stop, 'answer.unsure': unsure, 'answer.no': onward },
    },
  } as const;
}

/**
 * The tamper guides' doubt: "nothing seen, still unsure" at the look goes `onward` and is
 * remembered (`context.doubt`, the guide's `rememberDoubt` action); a run that ends fixed with
 * it ends at `resolvedTellProvider` (the guide's `doubted` guard), which asks the merchant to send
 * the record to the provider, so the doubt reaches someone who can judge it.
 */
export function withDoubt<const T extends { target: string; guard?: string }>(
  onward: readonly T[],
) {
  return onward.map((t) => ({ ...t, actions: { type: 'rememberDoubt' as const } }));
}

/** "Fixed", in a guide that remembers a doubt: the end that passes the doubt on, or `resolved`. */
export const fixedEnd = [
  { guard: 'doubted' as const, target: 'resolvedTellProvider' as const },
  { target: 'resolved' as const },
];

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

/**
 * `paid`: where "it went through" goes, when not `onward` (PIN entry: a sale recorded as
 * successful means the PIN did go in, so the run ends instead of restarting a sale).
 */
export function chargeSteps<const Onward, const Paid = Onward>(onward: Onward, paid?: Paid) {
  return {
    wasCharged: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety: 'charge' } satisfies StepMeta,
      on: { 'answer.yes': 'alreadyPaid', 'answer.unsure': 'checkCharge', 'answer.no': onward },
    },
    alreadyPaid: {
      tags: ['safety'],
      meta: { kind: 'info', choices: ['next'], safety: 'charge' } satisfies StepMeta,
      on: { next: paid ?? onward },
    },
    checkCharge: {
      tags: ['safety'],
      meta: { kind: 'info', choices: ['next'], safety: 'charge' } satisfies StepMeta,
      on: { next: onward },
    },
  } as const;
}
