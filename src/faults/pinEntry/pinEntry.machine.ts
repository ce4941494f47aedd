/**
 * Fault 3 — 「无法输入密码」 (the PIN cannot be entered). Pure: no text, no side effects.
 * The counter path (guide v5, guides v3): what happens (「密码错误」: usually a wrong PIN — one
 * slow retry or another card tells, and a customer with no other card pays by QR or cash; 75 /
 * 38: the customer's bank; a tamper alarm: stop at once) → tamper (unsure: a 10-second look;
 * nothing seen but still unsure goes on, remembered, and a fixed run ends asking to send the
 * provider the record) → first aid: long-press the clear key (the customer's own sale goes on: nothing charged yet) →
 * leave the sale and check it was not recorded as successful (then it is paid: the end) → switch
 * off, push the external PIN pad's cable in, switch on, start a sale again (Y5: the charge check,
 * then the PIN pad cable). Only when that fails: the scam check → operation (how the PIN is entered) →
 * hardware, one test per screen (display, keys on an amount screen, the PIN pad's stars, power)
 * → heat and damp → software (close other apps, restart) → network (the terminal's icon, then
 * the shop's network) → "is this a China Mobile terminal?" (asked once, only on the way to a
 * hand-off, so 10086 is named only where it applies) → ONE call, the end (which asks the
 * provider to check the PIN-entry limits, permissions and settings).
 * The stop-card remedies (`stopUsing`, `scamReport`) come before `wasCharged` on purpose:
 * stopping card payments never risks a second charge, and `stopUsing` says how a sale running
 * then is settled (the merchant app's record, never the customer's SMS); so does `clearKey`,
 * which only clears the input of the sale still waiting for the PIN.
 */
import { assign, setup } from 'xstate';
import {
  chargeSteps,
  fixChoices,
  fixedEnd,
  fixedOrNot,
  lookCheckStep,
  networkSteps,
  providerEnd,
  resolvedEnd,
  scamSteps,
  withDoubt,
} from '../shared/safetySteps';
import type { GuideEvent, StepMeta } from '../types';

/** Y5 goes to the PIN pad cable first. */
type Screen = 'y5' | 'other';
/** Why the hand-off: broken hardware (repair) or everything else (support). */
type Need = 'repair' | 'support';

const yesNoUnsure = ['answer.yes', 'answer.no', 'answer.unsure'] as const;
const toRepair = {
  target: 'carrier' as const,
  actions: { type: 'need' as const, params: { need: 'repair' as const } },
};
const toSupport = {
  target: 'carrier' as const,
  actions: { type: 'need' as const, params: { need: 'support' as const } },
};
/** After the tamper check: Y5 to the charge check (its remedy restarts), else the clear key. */
const firstAid = [
  { guard: 'isPinPadLinkCode' as const, target: 'wasCharged' as const },
  { target: 'clearKey' as const },
];
const other = (target: 'tamperCheck' | 'screenGone' | 'wrongPinInfo') => ({
  target,
  actions: { type: 'rememberScreen' as const, params: { screen: 'other' as const } },
});

export const pinEntryMachine = setup({
  types: {
    /** `doubt`: nothing seen in the 10-second look, but still unsure (see `withDoubt`). */
    context: {} as { screen: Screen; need: Need; doubt: boolean },
    events: {} as GuideEvent,
    meta: {} as StepMeta,
  },
  actions: {
    rememberScreen: assign((_, params: { screen: Screen }) => ({ screen: params.screen })),
    need: assign((_, params: { need: Need }) => ({ need: params.need })),
    rememberDoubt: assign({ doubt: true }),
  },
  guards: {
    /** Y5: PIN pad communication failure. */
    isPinPadLinkCode: ({ context }) => context.screen === 'y5',
    /** The hand-off is for broken hardware. */
    needsRepair: ({ context }) => context.need === 'repair',
    doubted: ({ context }) => context.doubt,
  },
}).createMachine({
  id: 'pinEntry',
  initial: 'screen',
  context: { screen: 'other', need: 'support', doubt: false },
  states: {
    screen: {
      meta: {
        kind: 'question',
        choices: [
          'screen.noResponse',
          'screen.keys',
          'screen.enterPin',
          'screen.wrongPin',
          'screen.y5',
          'screen.pinTries',
          'screen.tampered',
          'screen.gone',
          'screen.other',
        ],
      },
      on: {
        'screen.noResponse': other('tamperCheck'),
        'screen.keys': other('tamperCheck'),
        'screen.enterPin': other('tamperCheck'),
        'screen.wrongPin': other('wrongPinInfo'),
        'screen.y5': {
          target: 'tamperCheck',
          actions: { type: 'rememberScreen', params: { screen: 'y5' } },
        },
        'screen.pinTries': 'customerPinTries',
        // Tamper alarms (e.g. Ingenico's, Adyen's): keys are erased, no counter step can help.
        'screen.tampered': 'stopUsing',
        'screen.gone': other('screenGone'),
        'screen.other': other('tamperCheck'),
      },
    },
    /** "I did not see it / the message is gone": a photo next time, then the usual checks. */
    screenGone: {
      meta: { kind: 'info', choices: ['next'] },
      on: { next: 'tamperCheck' },
    },
    /**
     * 「密码错误」 usually means the customer typed a wrong PIN (DOMAIN.md): one slow retry, or
     * another card, tells a wrong PIN from a terminal fault. Each wrong try counts towards the
     * issuer's limit (75 / 38).
     */
    wrongPinInfo: {
      meta: { kind: 'info', choices: ['fixed.yes', 'fixed.no', 'answer.unsure'] },
      on: {
        'fixed.yes': 'notTerminalFault',
        'fixed.no': 'tamperCheck',
        // No other card to tell: pay by QR or cash; no working terminal goes to repair.
        'answer.unsure': 'noOtherCard',
      },
    },
    /**
     * 75 / 38 「密码输入次数超限」: the cardholder's PIN tries are used up at the card issuer.
     * Not a terminal fault and not an escalation: the merchant has nobody to call; the customer
     * deals with their bank. Ends `resolved` at `notTerminalFault`.
     */
    customerPinTries: {
      meta: { kind: 'info', choices: ['next'], calls: ['customerBank'] },
      on: { next: 'notTerminalFault' },
    },
    tamperCheck: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety: 'tamper' },
      on: { 'answer.yes': 'stopUsing', 'answer.unsure': 'lookCheck', 'answer.no': firstAid },
    },
    ...lookCheckStep('tamper', 'stopUsing', firstAid, withDoubt(firstAid)),
    stopUsing: {
      tags: ['safety', 'stopCardPayments'],
      meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
      on: { next: 'escalatedTamper' },
    },
    /**
     * Before the sale is started again (or the terminal restarted on Y5): was this customer's
     * sale recorded as successful? Then the PIN did go in and it is not taken again: the end.
     */
    ...chargeSteps(
      [{ guard: 'isPinPadLinkCode', target: 'pinPadCable' }, { target: 'cancelRestart' }],
      fixedEnd,
    ),
    /** Y5 / XE point at the PIN pad cable and the provider (DOMAIN.md, outside facts). */
    pinPadCable: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
      on: fixedOrNot(fixedEnd, 'scamCall'),
    },
    /**
     * On the live PIN screen, within the customer's own sale: nothing has gone to the bank yet,
     * so nothing can be charged twice. It comes before the charge check for that reason.
     */
    clearKey: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
      on: fixedOrNot(fixedEnd, 'wasCharged'),
    },
    /** The sale left, the external PIN pad's cable, a restart, a sale again: before repair. */
    cancelRestart: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
      on: fixedOrNot(fixedEnd, 'scamCall'),
    },
    ...scamSteps([
      { guard: 'isPinPadLinkCode', target: 'escalatedPinPad' },
      { target: 'knowsFlow' },
    ]),
    knowsFlow: {
      meta: { kind: 'question', choices: [...yesNoUnsure] },
      on: { 'answer.yes': 'display', 'answer.no': 'showFlow', 'answer.unsure': 'showFlow' },
    },
    showFlow: {
      meta: { kind: 'remedy', who: 'you', choices: fixChoices },
      on: fixedOrNot(fixedEnd, 'display'),
    },
    /** A wrong answer at display / keypad sends a working terminal to repair, or the reverse. */
    display: {
      tags: ['safety'],
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no'], safety: 'counterFix' },
      on: { 'answer.yes': 'keypad', 'answer.no': toRepair },
    },
    /** The keys, on an amount screen (never the live PIN screen). */
    keypad: {
      tags: ['safety'],
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no'], safety: 'counterFix' },
      on: { 'answer.yes': 'pinPadStars', 'answer.no': toRepair },
    },
    /** The second test of the old keypad question: one star per press on the PIN pad. */
    pinPadStars: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety: 'counterFix' },
      on: { 'answer.yes': 'power', 'answer.unsure': 'power', 'answer.no': toRepair },
    },
    power: {
      meta: { kind: 'question', choices: [...yesNoUnsure] },
      on: { 'answer.yes': 'heat', 'answer.no': 'fixPower', 'answer.unsure': 'fixPower' },
    },
    fixPower: {
      meta: { kind: 'remedy', who: 'you', choices: fixChoices },
      on: fixedOrNot(fixedEnd, toRepair),
    },
    heat: {
      meta: { kind: 'question', choices: [...yesNoUnsure] },
      on: { 'answer.yes': 'coolDry', 'answer.unsure': 'coolDry', 'answer.no': 'closeApps' },
    },
    coolDry: {
      meta: { kind: 'remedy', who: 'you', choices: fixChoices },
      on: fixedOrNot(fixedEnd, 'closeApps'),
    },
    closeApps: {
      meta: { kind: 'remedy', who: 'you', choices: fixChoices },
      on: fixedOrNot(fixedEnd, 'network'),
    },
    // Then the hand-off: the provider checks limits, permissions and settings on the one call.
    ...networkSteps(toSupport, toSupport, fixedEnd),
    /** Asked once, on the way to the hand-off: is it China Mobile's terminal? */
    carrier: {
      meta: { kind: 'question', choices: [...yesNoUnsure] },
      on: {
        'answer.yes': [
          { guard: 'needsRepair', target: 'escalatedRepairChinaMobile' },
          { target: 'escalatedSupportChinaMobile' },
        ],
        'answer.no': [
          { guard: 'needsRepair', target: 'escalatedRepair' },
          { target: 'escalatedSupport' },
        ],
        'answer.unsure': [
          { guard: 'needsRepair', target: 'escalatedRepair' },
          { target: 'escalatedSupport' },
        ],
      },
    },
    resolved: resolvedEnd(),
    /** Fixed, after "nothing seen, still unsure" at the look: send the provider the record. */
    resolvedTellProvider: resolvedEnd(),
    /** 75 / 38, or a wrong PIN: see `customerPinTries`, `wrongPinInfo`. Nothing to escalate. */
    notTerminalFault: resolvedEnd(),
    /** A wrong PIN and no other card: the customer pays another way; the terminal is fine. */
    noOtherCard: resolvedEnd(),
    escalatedTamper: providerEnd({ stopCards: true }),
    /** Y5 after the cable and a restart: the provider tests or replaces the PIN pad. */
    escalatedPinPad: providerEnd(),
    /** Display, keys or power broken: after-sales repair or replacement. */
    escalatedRepair: providerEnd(),
    escalatedRepairChinaMobile: providerEnd({ also: ['chinaMobile'] }),
    /** Counter checks exhausted: PIN chip / module, software, network or configuration. */
    escalatedSupport: providerEnd(),
    escalatedSupportChinaMobile: providerEnd({ also: ['chinaMobile'] }),
  },
});
