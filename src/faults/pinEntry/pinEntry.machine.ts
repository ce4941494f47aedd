/**
 * Fault 3 — 「无法输入密码」 (the PIN cannot be entered; China Mobile terminal). Pure: no text,
 * no side effects.
 * Order: what happens → (75 / 38: the customer's bank, not the terminal) → safety (tamper, scam
 * call; a merchant who already gave a scammer something stops here) → was the customer charged →
 * first aid (Y5: the PIN pad cable, then the provider; otherwise long-press the PIN pad's clear
 * key) → operation (how the PIN is entered) → hardware (display, keys, power) → heat and damp →
 * software (close other apps, restart) → network → configuration (the provider resets limits and
 * permissions) → customer service (China Mobile's for its terminals, else the provider).
 * The stop-card remedies (`stopUsing`, `scamReport`) come before `wasCharged` on purpose:
 * stopping card payments never risks a second charge, and `stopUsing` says to check the bank SMS.
 */
import { assign, setup } from 'xstate';
import { chargeSteps, scamSteps } from '../shared/safetySteps';
import type { GuideEvent, StepMeta } from '../types';

/** The only earlier answer that changes the way on: Y5 goes to the PIN pad cable first. */
type Screen = 'y5' | 'other';

export const pinEntryMachine = setup({
  types: {
    context: {} as { screen: Screen },
    events: {} as GuideEvent,
    meta: {} as StepMeta,
  },
  actions: {
    rememberScreen: assign((_, params: { screen: Screen }) => ({ screen: params.screen })),
  },
  guards: {
    /** Y5: PIN pad communication failure. */
    isPinPadLinkCode: ({ context }) => context.screen === 'y5',
  },
}).createMachine({
  id: 'pinEntry',
  initial: 'screen',
  context: { screen: 'other' },
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
          'screen.other',
        ],
      },
      on: {
        'screen.noResponse': {
          target: 'tamperCheck',
          actions: { type: 'rememberScreen', params: { screen: 'other' } },
        },
        'screen.keys': {
          target: 'tamperCheck',
          actions: { type: 'rememberScreen', params: { screen: 'other' } },
        },
        'screen.enterPin': {
          target: 'tamperCheck',
          actions: { type: 'rememberScreen', params: { screen: 'other' } },
        },
        'screen.wrongPin': {
          target: 'tamperCheck',
          actions: { type: 'rememberScreen', params: { screen: 'other' } },
        },
        'screen.y5': {
          target: 'tamperCheck',
          actions: { type: 'rememberScreen', params: { screen: 'y5' } },
        },
        'screen.pinTries': 'customerPinTries',
        'screen.other': {
          target: 'tamperCheck',
          actions: { type: 'rememberScreen', params: { screen: 'other' } },
        },
      },
    },
    /**
     * 75 / 38 「密码输入次数超限」: the cardholder's PIN tries are used up at the card issuer.
     * The PIN pad worked (the PIN reached the issuer), so this is not a terminal fault and not
     * an escalation: the merchant has nobody to call, and `callFirst` ('bank') would send them
     * to a bank about their terminal. The run ends `resolved` in the honest sense that nothing
     * is left to do at the terminal (`notTerminalFault`); the customer deals with their bank.
     */
    customerPinTries: {
      meta: { kind: 'info', choices: ['next'], calls: ['customerBank'] },
      on: { next: 'notTerminalFault' },
    },
    tamperCheck: {
      tags: ['safety'],
      meta: {
        kind: 'question',
        choices: ['answer.yes', 'answer.no', 'answer.unsure'],
        safety: 'tamper',
      },
      on: { 'answer.yes': 'stopUsing', 'answer.unsure': 'stopUsing', 'answer.no': 'scamCall' },
    },
    stopUsing: {
      tags: ['safety', 'stopCardPayments'],
      meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
      on: { next: 'escalatedTamper' },
    },
    ...scamSteps(),
    ...chargeSteps([{ guard: 'isPinPadLinkCode', target: 'pinPadCable' }, { target: 'clearKey' }]),
    /** Y5 / XE point at the PIN pad cable and the provider (DOMAIN.md, outside facts). */
    pinPadCable: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'escalatedPinPad' },
    },
    clearKey: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'knowsFlow' },
    },
    knowsFlow: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: { 'answer.yes': 'display', 'answer.no': 'showFlow', 'answer.unsure': 'showFlow' },
    },
    showFlow: {
      meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'display' },
    },
    /** A wrong answer at display / keypad sends a working terminal to repair, or the reverse. */
    display: {
      tags: ['safety'],
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no'], safety: 'counterFix' },
      on: { 'answer.yes': 'keypad', 'answer.no': 'escalatedRepair' },
    },
    keypad: {
      tags: ['safety'],
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no'], safety: 'counterFix' },
      on: { 'answer.yes': 'power', 'answer.no': 'escalatedRepair' },
    },
    power: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: { 'answer.yes': 'heat', 'answer.no': 'fixPower', 'answer.unsure': 'fixPower' },
    },
    fixPower: {
      meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'escalatedRepair' },
    },
    heat: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: { 'answer.yes': 'coolDry', 'answer.unsure': 'coolDry', 'answer.no': 'closeApps' },
    },
    coolDry: {
      meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'closeApps' },
    },
    closeApps: {
      meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'network' },
    },
    network: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: { 'answer.yes': 'config', 'answer.no': 'fixNetwork', 'answer.unsure': 'fixNetwork' },
    },
    fixNetwork: {
      meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'escalatedChinaMobile' },
    },
    config: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: {
        'answer.yes': 'resetConfig',
        'answer.unsure': 'resetConfig',
        'answer.no': 'escalatedChinaMobile',
      },
    },
    resetConfig: {
      meta: {
        kind: 'remedy',
        who: 'provider',
        choices: ['fixed.yes', 'fixed.no'],
        calls: ['provider'],
      },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'escalatedChinaMobile' },
    },
    resolved: { type: 'final', meta: { kind: 'end', outcome: 'resolved' } },
    /** 75 / 38: see `customerPinTries`. Resolved, no `callFirst`: nothing to escalate. */
    notTerminalFault: { type: 'final', meta: { kind: 'end', outcome: 'resolved' } },
    escalatedTamper: {
      type: 'final',
      tags: ['stopCardPayments'],
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'chinaMobile',
        calls: ['chinaMobile', 'provider', 'complaint12363'],
      },
    },
    /** Y5 after the cable and a restart: the provider tests or replaces the PIN pad. */
    escalatedPinPad: {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'provider',
        calls: ['provider', 'complaint12363'],
      },
    },
    /** Display, keypad or power broken: after-sales repair or replacement. */
    escalatedRepair: {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'chinaMobile',
        calls: ['chinaMobile', 'provider', 'complaint12363'],
      },
    },
    /** Counter checks exhausted: PIN chip / module, software, network or configuration. */
    escalatedChinaMobile: {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'chinaMobile',
        calls: ['chinaMobile', 'provider', 'complaint12363'],
      },
    },
  },
});
