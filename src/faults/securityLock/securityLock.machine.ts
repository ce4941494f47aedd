/**
 * Fault 2 — 「安全锁定」 (security lock). Pure: no text, no side effects.
 * The counter path (guide v4, guides v3): what the screen says (75 / 38: the customer's bank, not
 * the terminal; 「系统升级中／维护中」: wait 30 minutes, then ask the provider when it ends; a
 * tamper alarm: stop) → tamper (unsure: a 10-second look; nothing seen but still unsure goes on,
 * remembered, and a fixed run ends asking to send the provider the record) → the most common
 * cause, third: were
 * wrong operator or supervisor passwords typed? (stop trying: more tries lock it longer) → yes:
 * ONE call to the provider to reset the password. No / not sure: every look-only check on one
 * screen (network, cable / Wi-Fi, the registered address, then a restart) → the scam check
 * (before anyone phones anyone) → hardware damage → ONE call to find the cause and unlock. If a
 * call does not fix it, the end says what to tell them and how to complain — not a second call.
 * A locked terminal takes no card, so the charge check ("the sale running when it locked: is it
 * recorded as successful?") comes once it is unlocked, before the next card: every fix goes
 * through `wasCharged` to `resolved`, and no remedy before it proves its fix with a card sale.
 */
import { assign, setup } from 'xstate';
import {
  chargeSteps,
  fixChoices,
  fixedEnd,
  fixedOrNot,
  lookCheckStep,
  providerEnd,
  resolvedEnd,
  scamSteps,
  withDoubt,
} from '../shared/safetySteps';
import type { GuideEvent, StepMeta } from '../types';

const yesNoUnsure = ['answer.yes', 'answer.no', 'answer.unsure'] as const;

export const securityLockMachine = setup({
  types: {
    /** `doubt`: nothing seen in the 10-second look, but still unsure (see `withDoubt`). */
    context: {} as { doubt: boolean },
    events: {} as GuideEvent,
    meta: {} as StepMeta,
  },
  actions: {
    rememberDoubt: assign({ doubt: true }),
  },
  guards: {
    doubted: ({ context }) => context.doubt,
  },
}).createMachine({
  id: 'securityLock',
  initial: 'screen',
  context: { doubt: false },
  states: {
    screen: {
      meta: {
        kind: 'question',
        choices: [
          'screen.securityLock',
          'screen.upgrading',
          'screen.tampered',
          'screen.pinTries',
          'screen.gone',
          'screen.other',
        ],
      },
      on: {
        'screen.securityLock': 'tamperCheck',
        // An upgrade on screen answers the cause: wait (no card is taken while it is locked).
        'screen.upgrading': 'waitForUpdate',
        // Tamper alarms (e.g. Ingenico's, Adyen's): keys are erased, no counter step can help.
        'screen.tampered': 'stopUsing',
        'screen.pinTries': 'customerPinTries',
        'screen.gone': 'screenGone',
        'screen.other': 'tamperCheck',
      },
    },
    /** "I did not see it / the message is gone": a photo next time, then the usual checks. */
    screenGone: {
      meta: { kind: 'info', choices: ['next'] },
      on: { next: 'tamperCheck' },
    },
    /**
     * 75 / 38 「密码输入次数超限」: the cardholder's PIN tries are used up at the card issuer.
     * The terminal is not locked and not faulty, so this is not an escalation: the merchant has
     * nobody to call. The run ends `resolved` in the honest sense that nothing is left to do at
     * the terminal (`notTerminalFault`); the customer deals with their own bank.
     */
    customerPinTries: {
      meta: { kind: 'info', choices: ['next'], calls: ['customerBank'] },
      on: { next: 'notTerminalFault' },
    },
    tamperCheck: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety: 'tamper' },
      on: {
        'answer.yes': 'stopUsing',
        'answer.unsure': 'lookCheck',
        'answer.no': 'wrongPasswords',
      },
    },
    ...lookCheckStep(
      'tamper',
      'stopUsing',
      'wrongPasswords',
      withDoubt([{ target: 'wrongPasswords' }]),
    ),
    stopUsing: {
      tags: ['safety', 'stopCardPayments'],
      meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
      on: { next: 'escalatedTamper' },
    },
    /** The most common cause (DOMAIN.md), asked right after the tamper check. */
    wrongPasswords: {
      meta: { kind: 'question', choices: [...yesNoUnsure] },
      on: {
        'answer.yes': 'passwordReset',
        'answer.no': 'lookChecks',
        'answer.unsure': 'lookChecks',
      },
    },
    /** The one call, when wrong passwords were typed: reset through the official process. */
    passwordReset: {
      meta: { kind: 'remedy', who: 'provider', choices: fixChoices, calls: ['provider'] },
      on: fixedOrNot('wasCharged', 'escalatedProvider'),
    },
    /** Every look-only check before any call: network, cable / Wi-Fi, registered address. */
    lookChecks: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
      on: fixedOrNot('wasCharged', 'scamCall'),
    },
    ...scamSteps('hardwareCheck'),
    /** A wrong answer either sends a repairable lock to repair or keeps broken hardware in use. */
    hardwareCheck: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety: 'counterFix' },
      on: {
        'answer.yes': 'escalatedHardware',
        'answer.no': 'callProvider',
        'answer.unsure': 'callProvider',
      },
    },
    /** The one call otherwise: unlock (remote lock, upgrade time, re-registration after a move). */
    callProvider: {
      meta: { kind: 'remedy', who: 'provider', choices: fixChoices, calls: ['provider'] },
      on: fixedOrNot('wasCharged', 'escalatedProvider'),
    },
    /**
     * 「系统升级中／维护中」: a temporary lock. Wait 30 minutes, taking payment another way. A wait
     * has no "I already tried this"; "finished but still locked" is not "still upgrading".
     */
    waitForUpdate: {
      meta: {
        kind: 'remedy',
        who: 'you',
        choices: ['fixed.yes', 'answer.no', 'answer.unsure'],
      },
      on: {
        'fixed.yes': 'wasCharged',
        // Finished, but still locked: the upgrade was not the cause; the lock's own checks.
        'answer.no': 'tamperCheck',
        // Still upgrading after 30 minutes: ask the provider when it ends.
        'answer.unsure': 'upgradeLater',
      },
    },
    /** The one call on the upgrade path: when does it end? The incident stays open till then. */
    upgradeLater: {
      meta: {
        kind: 'remedy',
        who: 'provider',
        choices: ['fixed.yes', 'answer.no'],
        calls: ['provider'],
      },
      on: { 'fixed.yes': 'wasCharged', 'answer.no': 'escalatedProvider' },
    },
    /** Unlocked: before the next card, the sale that was running when it locked. */
    ...chargeSteps(fixedEnd),
    resolved: resolvedEnd(),
    /** Fixed, after "nothing seen, still unsure" at the look: send the provider the record. */
    resolvedTellProvider: resolvedEnd(),
    /** 75 / 38: see `customerPinTries`. Resolved, no `callFirst`: nothing to escalate. */
    notTerminalFault: resolvedEnd(),
    escalatedTamper: providerEnd({ stopCards: true }),
    escalatedHardware: providerEnd(),
    /** After the one call did not fix it: what to tell the provider, then the complaint route. */
    escalatedProvider: providerEnd({ also: ['complaint12363'] }),
  },
});
