/**
 * Fault 4 — 「通讯失败」 (communication failure: the terminal cannot reach the payment host).
 * Pure: no text, no side effects.
 * The counter path (guide v1): what the screen says (「通讯失败／连接超时」, 「签到失败」, or a host
 * code such as 96 / 98 「请稍后重试」) → was the customer charged (a sale cut off mid-way is where
 * double charges happen) → first aid: a host code waits 10–15 minutes while payment is taken
 * another way; everything else restarts the terminal and signs in again. Only when that fails:
 * the terminal's signal icon → the shop's other devices (the router is restarted only when they
 * are offline too; the terminal's own cable / Wi-Fi when they are online) → is it the host (a host
 * code, or other terminals and shops fail too: wait) → the scam check (before anyone phones
 * anyone) → ONE call to the provider, with the packet. Nothing here changes network settings.
 */
import { assign, setup } from 'xstate';
import {
  chargeSteps,
  fixChoices,
  fixedOrNot,
  networkSteps,
  providerEnd,
  resolvedEnd,
  scamSteps,
} from '../shared/safetySteps';
import type { GuideEvent, StepMeta } from '../types';

/** The only earlier answer that changes the way on: a host code on the screen. */
type Screen = 'link' | 'host';

const yesNoUnsure = ['answer.yes', 'answer.no', 'answer.unsure'] as const;
const link = (target: 'wasCharged' | 'screenGone') => ({
  target,
  actions: { type: 'rememberScreen' as const, params: { screen: 'link' as const } },
});
/** After the network checks: the host question, unless the screen already named the host. */
const afterNetwork = [
  { guard: 'isHostCode', target: 'scamCall' },
  { target: 'hostCheck' },
] as const;

export const commFailureMachine = setup({
  types: {
    context: {} as { screen: Screen },
    events: {} as GuideEvent,
    meta: {} as StepMeta,
  },
  actions: {
    rememberScreen: assign((_, params: { screen: Screen }) => ({ screen: params.screen })),
  },
  guards: {
    /** 96 / 98 / 91 / 92 …「请稍后重试」: the bank's or UnionPay's system, not the shop's line. */
    isHostCode: ({ context }) => context.screen === 'host',
  },
}).createMachine({
  id: 'commFailure',
  initial: 'screen',
  context: { screen: 'link' },
  states: {
    screen: {
      meta: {
        kind: 'question',
        choices: [
          'screen.commFail',
          'screen.signInFail',
          'screen.hostBusy',
          'screen.gone',
          'screen.other',
        ],
      },
      on: {
        'screen.commFail': link('wasCharged'),
        'screen.signInFail': link('wasCharged'),
        'screen.hostBusy': {
          target: 'wasCharged',
          actions: { type: 'rememberScreen', params: { screen: 'host' } },
        },
        'screen.gone': link('screenGone'),
        'screen.other': link('wasCharged'),
      },
    },
    /** "I did not see it / the message is gone": a photo next time, then the usual checks. */
    screenGone: {
      meta: { kind: 'info', choices: ['next'] },
      on: { next: 'wasCharged' },
    },
    ...chargeSteps([{ guard: 'isHostCode', target: 'hostDown' }, { target: 'restart' }]),
    /**
     * The host is busy or down: nothing at the counter fixes it. Wait, take payment another way,
     * try again. Still failing after a host code: the counter checks; after the host check: the call.
     */
    hostDown: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
      on: fixedOrNot('resolved', [
        { guard: 'isHostCode', target: 'restart' },
        { target: 'scamCall' },
      ]),
    },
    /** Restart the terminal, wait for the signal icon, sign in again (签到). */
    restart: {
      meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
      on: fixedOrNot('resolved', 'network'),
    },
    ...networkSteps(afterNetwork, 'scamCall'),
    /** Look-only: other terminals and shops failing too (a host code on the screen skips it). */
    hostCheck: {
      meta: { kind: 'question', choices: [...yesNoUnsure] },
      on: { 'answer.yes': 'hostDown', 'answer.no': 'scamCall', 'answer.unsure': 'scamCall' },
    },
    ...scamSteps('callProvider'),
    /** The one call: the provider checks the terminal's line, SIM and host connection. */
    callProvider: {
      meta: { kind: 'remedy', who: 'provider', choices: fixChoices, calls: ['provider'] },
      on: fixedOrNot('resolved', 'escalatedProvider'),
    },
    resolved: resolvedEnd(),
    /** After the one call did not fix it: what to tell them, and payment another way meanwhile. */
    escalatedProvider: providerEnd(),
  },
});
