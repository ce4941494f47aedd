/**
 * Fault 1 — 「密钥错误，请重新启动客户端」 (key error). Pure: no text, no side effects.
 * The counter path (guide v6, guides v3): the remedies of the most common cause within three
 * questions — what the screen says (a tamper alarm stops here; "the message is gone" gets a photo
 * tip and goes on) → could the key be exposed (unsure: a 10-second look; a find, or a doubt the
 * look does not clear, stops card payments and hands the key to the provider) → was the customer
 * charged → first aid: reopen the payment app and restart, then at once a manual sign-in (A0 /
 * 99: the sign-in first, then the restart; XE: the PIN pad cable). Only when that fails: the scam
 * check (before anyone phones anyone) → the network (the terminal's icon, then the shop's; a
 * network remedy ends with a sign-in again) → environment → software update → one call to the
 * provider, which is the end. No path calls the provider twice.
 * The stop-card remedies (`stopTampered`, `stopCards`) come before `wasCharged` on purpose:
 * stopping card payments never risks a second charge, and each says how a sale running then is
 * settled (the merchant app's record, never the customer's SMS).
 */
import { assign, setup } from 'xstate';
import {
  chargeSteps,
  fixChoices,
  fixedOrNot,
  lookCheckStep,
  networkSteps,
  providerEnd,
  resolvedEnd,
  scamSteps,
} from '../shared/safetySteps';
import type { GuideEvent, StepMeta } from '../types';

type ScreenCode = 'keyError' | 'a0' | '99' | 'xe' | 'gone' | 'other';

const yesNoUnsure = ['answer.yes', 'answer.no', 'answer.unsure'] as const;
const remember = (screen: ScreenCode, target: 'exposure' | 'screenGone' = 'exposure') => ({
  target,
  actions: { type: 'rememberScreen' as const, params: { screen } },
});

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
          'screen.gone',
          'screen.other',
        ],
      },
      on: {
        'screen.keyError': remember('keyError'),
        'screen.a0': remember('a0'),
        'screen.99': remember('99'),
        'screen.xe': remember('xe'),
        'screen.gone': remember('gone', 'screenGone'),
        'screen.other': remember('other'),
        /**
         * A tamper alarm: the terminal has erased its keys and locked for good. No new key helps;
         * the provider replaces or reactivates it (DOMAIN.md, outside facts).
         */
        'screen.tampered': 'stopTampered',
      },
    },
    /** "I did not see it / the message is gone": a photo next time, then the cheap remedies. */
    screenGone: {
      meta: { kind: 'info', choices: ['next'] },
      on: { next: 'exposure' },
    },
    stopTampered: {
      tags: ['safety', 'stopCardPayments'],
      meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
      on: { next: 'escalatedTamper' },
    },
    exposure: {
      tags: ['safety'],
      meta: { kind: 'question', choices: [...yesNoUnsure], safety: 'keyExposure' },
      on: { 'answer.yes': 'stopCards', 'answer.unsure': 'lookCheck', 'answer.no': 'wasCharged' },
    },
    // Nothing seen but still unsure: the key may be exposed, so no card until the provider has
    // checked it (DOMAIN.md, "never do"). Not a replacement: the terminal stays in the shop.
    ...lookCheckStep('keyExposure', 'stopCards', 'wasCharged', 'stopCards'),
    stopCards: {
      tags: ['safety', 'stopCardPayments'],
      meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'keyExposure' },
      on: { next: 'escalatedKeyExposed' },
    },
    ...chargeSteps([
      { guard: 'isSignInCode', target: 'signIn' },
      { guard: 'isPinPadKeyCode', target: 'pinPadCable' },
      { target: 'restart' },
    ]),
    /** Reopen the payment app (「客户端」) first, then switch the terminal off and on. */
    restart: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
      // Then the sign-in at once (A0 / 99 signed in before the restart).
      on: fixedOrNot('resolved', [
        { guard: 'isSignInCode', target: 'scamCall' },
        { target: 'signIn' },
      ]),
    },
    /** A manual sign-in (签到): fresh working keys. First for A0 / 99, else after the restart. */
    signIn: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
      on: fixedOrNot('resolved', [
        { guard: 'isSignInCode', target: 'restart' },
        { target: 'scamCall' },
      ]),
    },
    pinPadCable: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
      on: fixedOrNot('resolved', 'scamCall'),
    },
    ...scamSteps([{ guard: 'isPinPadKeyCode', target: 'escalatedPinPad' }, { target: 'network' }]),
    /** The sign-in failed: is it the network? (Its remedies end with a sign-in again.) */
    ...networkSteps('environment', 'environment'),
    environment: {
      meta: { kind: 'question', choices: [...yesNoUnsure] },
      on: { 'answer.yes': 'moveTerminal', 'answer.unsure': 'moveTerminal', 'answer.no': 'update' },
    },
    moveTerminal: {
      meta: { kind: 'remedy', who: 'you', choices: fixChoices },
      on: fixedOrNot('resolved', 'update'),
    },
    update: {
      meta: { kind: 'remedy', who: 'you', choices: fixChoices },
      on: fixedOrNot('resolved', 'escalatedNewKey'),
    },
    resolved: resolvedEnd(),
    escalatedKeyExposed: providerEnd({ stopCards: true }),
    escalatedTamper: providerEnd({ stopCards: true }),
    /** The one call, after every counter step: the provider finds the cause (a new key, …). */
    escalatedNewKey: providerEnd(),
    /** XE: the PIN pad did not take the keys. The provider checks it and loads new keys. */
    escalatedPinPad: providerEnd(),
  },
});
