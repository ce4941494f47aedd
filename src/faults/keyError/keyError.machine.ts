/**
 * Fault 1 — 「密钥错误，请重新启动客户端」 (key error). Pure: no text, no side effects.
 * Order: what the screen says (a tamper alarm stops here) → safety (exposed key, scam call) →
 * was the customer charged → first aid (restart, or manual sign-in first for A0 / 99, the PIN pad
 * cable first for XE) → network → environment → software update → the provider (new key).
 * The stop-card remedies (`stopTampered`, `stopCards`, `scamReport`) come before `wasCharged` on
 * purpose: stopping card payments never risks a second charge, and each of them says to check
 * the customer's bank SMS before paying again.
 */
import { assign, setup } from 'xstate';
import { chargeSteps, scamSteps } from '../shared/safetySteps';
import type { GuideEvent, StepMeta } from '../types';

type ScreenCode = 'keyError' | 'a0' | '99' | 'xe' | 'other';

export const keyErrorMachine = setup({
  types: {
    context: {} as { screen: ScreenCode },
    events: {} as GuideEvent,
    meta: {} as StepMeta,
  },
  actions: {
    rememberScreen: assign((_, params: { screen: ScreenCode }) => ({ screen: params.screen })),
  },
  guards: {
    /** A0 「校验错，请重新签到」 and 99 「PIN格式错，请重新签到」 ask for a sign-in first. */
    isSignInCode: ({ context }) => context.screen === 'a0' || context.screen === '99',
    /** XE: writing keys to the PIN pad failed. */
    isPinPadKeyCode: ({ context }) => context.screen === 'xe',
  },
}).createMachine({
  id: 'keyError',
  initial: 'screen',
  context: { screen: 'keyError' },
  states: {
    screen: {
      meta: {
        kind: 'question',
        choices: [
          'screen.keyError',
          'screen.a0',
          'screen.99',
          'screen.xe',
          'screen.tampered',
          'screen.other',
        ],
      },
      on: {
        'screen.keyError': {
          target: 'exposure',
          actions: { type: 'rememberScreen', params: { screen: 'keyError' } },
        },
        'screen.a0': {
          target: 'exposure',
          actions: { type: 'rememberScreen', params: { screen: 'a0' } },
        },
        'screen.99': {
          target: 'exposure',
          actions: { type: 'rememberScreen', params: { screen: '99' } },
        },
        'screen.xe': {
          target: 'exposure',
          actions: { type: 'rememberScreen', params: { screen: 'xe' } },
        },
        'screen.other': {
          target: 'exposure',
          actions: { type: 'rememberScreen', params: { screen: 'other' } },
        },
        /**
         * A tamper alarm: the terminal has erased its keys and locked for good. No new key helps;
         * the provider replaces or reactivates it (DOMAIN.md, outside facts).
         */
        'screen.tampered': 'stopTampered',
      },
    },
    stopTampered: {
      tags: ['safety', 'stopCardPayments'],
      meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
      on: { next: 'escalatedTamper' },
    },
    exposure: {
      tags: ['safety'],
      meta: {
        kind: 'question',
        choices: ['answer.yes', 'answer.no', 'answer.unsure'],
        safety: 'keyExposure',
      },
      on: { 'answer.yes': 'stopCards', 'answer.unsure': 'stopCards', 'answer.no': 'scamCall' },
    },
    stopCards: {
      tags: ['safety', 'stopCardPayments'],
      meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'keyExposure' },
      on: { next: 'escalatedKeyExposed' },
    },
    ...scamSteps(),
    ...chargeSteps([
      { guard: 'isSignInCode', target: 'signIn' },
      { guard: 'isPinPadKeyCode', target: 'pinPadCable' },
      { target: 'restart' },
    ]),
    restart: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: ['fixed.yes', 'fixed.no'] },
      on: {
        'fixed.yes': 'resolved',
        'fixed.no': [{ guard: 'isSignInCode', target: 'network' }, { target: 'signIn' }],
      },
    },
    signIn: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: ['fixed.yes', 'fixed.no'] },
      on: {
        'fixed.yes': 'resolved',
        'fixed.no': [{ guard: 'isSignInCode', target: 'restart' }, { target: 'network' }],
      },
    },
    pinPadCable: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'escalatedPinPad' },
    },
    network: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: { 'answer.yes': 'environment', 'answer.no': 'fixNetwork', 'answer.unsure': 'fixNetwork' },
    },
    fixNetwork: {
      meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'environment' },
    },
    environment: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: { 'answer.yes': 'moveTerminal', 'answer.unsure': 'moveTerminal', 'answer.no': 'update' },
    },
    moveTerminal: {
      meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'update' },
    },
    update: {
      meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'escalatedNewKey' },
    },
    resolved: { type: 'final', meta: { kind: 'end', outcome: 'resolved' } },
    escalatedKeyExposed: {
      type: 'final',
      tags: ['stopCardPayments'],
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'provider',
        calls: ['provider', 'complaint12363'],
      },
    },
    escalatedTamper: {
      type: 'final',
      tags: ['stopCardPayments'],
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'provider',
        calls: ['provider', 'complaint12363'],
      },
    },
    escalatedNewKey: {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'provider',
        calls: ['provider', 'complaint12363'],
      },
    },
    /** XE: the PIN pad did not take the keys. The provider checks it and loads new keys. */
    escalatedPinPad: {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'provider',
        calls: ['provider', 'complaint12363'],
      },
    },
  },
});
