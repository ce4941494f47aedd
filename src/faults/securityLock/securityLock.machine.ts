/**
 * Fault 2 — 「安全锁定」 (security lock). Pure: no text, no side effects.
 * The counter path (guide v3): what the screen says (75 / 38: the customer's bank, not the
 * terminal; 「系统升级中／维护中」: wait, take payment another way, look again later; a tamper
 * alarm: stop) → tamper (unsure: a 10-second look) → was the customer charged → every look-only
 * check on one screen (network icon, cable / Wi-Fi, the terminal at its registered address) →
 * the scam check (before anyone phones anyone) → hardware damage → ONE call to the provider,
 * which covers everything the provider must do: reset the password when wrong passwords were
 * typed, else unlock (remote lock, upgrade time, re-registration after a move). If that call
 * does not fix it, the end says what to tell them and how to complain — not a second call list.
 * The stop-card remedies (`stopUsing`, `scamReport`) come before `wasCharged` on purpose:
 * stopping card payments never risks a second charge, and `stopUsing` says to check the bank SMS.
 */
import { assign, setup } from 'xstate';
import {
  chargeSteps,
  fixChoices,
  fixedOrNot,
  lookCheckStep,
  providerEnd,
  resolvedEnd,
  scamSteps,
} from '../shared/safetySteps';
import type { GuideEvent, StepMeta } from '../types';

/** The only earlier answer that changes the way on: an upgrade on the screen. */
type Screen = 'lock' | 'upgrade';

const yesNoUnsure = ['answer.yes', 'answer.no', 'answer.unsure'] as const;
/** After the tamper check: the charge check, unless the upgrade path asked it already. */
const afterTamper = [
  { guard: 'isUpgrade', target: 'lookChecks' },
  { target: 'wasCharged' },
] as const;

export const securityLockMachine = setup({
  types: {
    context: {} as { screen: Screen },
    events: {} as GuideEvent,
    meta: {} as StepMeta,
  },
  actions: {
    rememberUpgrade: assign({ screen: 'upgrade' as const }),
  },
  guards: {
    /** The screen said 「系统升级中／维护中」. */
    isUpgrade: ({ context }) => context.screen === 'upgrade',
  },
}).createMachine({
  id: 'securityLock',
  initial: 'screen',
  context: { screen: 'lock' },
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
        // An upgrade on screen answers the cause; the charge check still comes before a retry.
        'screen.upgrading': { target: 'wasCharged', actions: 'rememberUpgrade' },
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
      on: { 'answer.yes': 'stopUsing', 'answer.unsure': 'lookCheck', 'answer.no': afterTamper },
    },
    ...lookCheckStep('tamper', 'stopUsing', afterTamper),
    stopUsing: {
      tags: ['safety', 'stopCardPayments'],
      meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
      on: { next: 'escalatedTamper' },
    },
    ...chargeSteps([{ guard: 'isUpgrade', target: 'waitForUpdate' }, { target: 'lookChecks' }]),
    /** 「系统升级中／维护中」: a temporary lock. Wait; no transactions during the upgrade. */
    waitForUpdate: {
      meta: {
        kind: 'remedy',
        who: 'you',
        choices: ['fixed.yes', 'fixed.no', 'answer.unsure', 'tried'],
      },
      on: {
        'fixed.yes': 'resolved',
        'fixed.no': 'tamperCheck',
        tried: 'tamperCheck',
        // Still upgrading: the incident stays open; the merchant comes back to it later.
        'answer.unsure': 'upgradeLater',
      },
    },
    upgradeLater: {
      meta: { kind: 'info', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'tamperCheck' },
    },
    /** Every look-only check before any call: network icon, cable / Wi-Fi, registered address. */
    lookChecks: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
      on: fixedOrNot('resolved', 'scamCall'),
    },
    ...scamSteps('hardwareCheck'),
    /** A wrong answer either sends a repairable lock to repair or keeps broken hardware in use. */
    hardwareCheck: {
      tags: ['safety'],
      meta: {
        kind: 'question',
        choices: ['answer.yes', 'answer.no', 'answer.unsure'],
        safety: 'counterFix',
      },
      on: {
        'answer.yes': 'escalatedHardware',
        'answer.no': 'wrongPasswords',
        'answer.unsure': 'wrongPasswords',
      },
    },
    wrongPasswords: {
      meta: { kind: 'question', choices: [...yesNoUnsure] },
      on: {
        'answer.yes': 'passwordReset',
        'answer.no': 'callProvider',
        'answer.unsure': 'callProvider',
      },
    },
    /** The one call, when wrong passwords were typed: reset through the official process. */
    passwordReset: {
      meta: { kind: 'remedy', who: 'provider', choices: fixChoices, calls: ['provider'] },
      on: fixedOrNot('resolved', 'escalatedProvider'),
    },
    /** The one call otherwise: unlock (remote lock, upgrade time, re-registration after a move). */
    callProvider: {
      meta: { kind: 'remedy', who: 'provider', choices: fixChoices, calls: ['provider'] },
      on: fixedOrNot('resolved', 'escalatedProvider'),
    },
    resolved: resolvedEnd(),
    /** 75 / 38: see `customerPinTries`. Resolved, no `callFirst`: nothing to escalate. */
    notTerminalFault: resolvedEnd(),
    escalatedTamper: providerEnd({ stopCards: true }),
    escalatedHardware: providerEnd(),
    /** After the one call did not fix it: what to tell the provider, then the complaint route. */
    escalatedProvider: providerEnd({ also: ['complaint12363'] }),
  },
});
