/**
 * The key-error machine, state by state: "when in X, on Y → Z", through the pure engine.
 * The table below is the expected graph (guarded branches once per context); the last block
 * checks it lists every transition of the machine, so a new transition cannot go untested.
 */
import { describe, expect, it } from 'vitest';
import {
  expectedChargeSteps,
  expectedScamSteps,
  type StateCase,
} from '../shared/safetySteps.cases';
import {
  describeStateTable,
  itAsksAboutTheChargeFirst,
  itStopsCardsAfterAScam,
  walker,
  type EndCase,
} from '../shared/guideTable.testkit';
import type { ChoiceEvent } from '../types';
import { metaOf, next, stateId } from '../engine';
import { keyErrorGuide as guide } from './keyError.guide';

const walk = walker(guide);

const yes = 'answer.yes';
const no = 'answer.no';
const unsure = 'answer.unsure';

/**
 * Shortest answers that reach each non-final state. Without a suffix the screen said the key
 * error itself; A0 (sign-in first) and XE (PIN pad first) are named.
 */
const toExposure: ChoiceEvent[] = ['screen.keyError'];
const toScamCall: ChoiceEvent[] = [...toExposure, no];
const toScamGaveInfo: ChoiceEvent[] = [...toScamCall, yes, 'next'];
const toWasCharged: ChoiceEvent[] = [...toScamCall, no];
const toWasChargedA0: ChoiceEvent[] = ['screen.a0', no, no];
const toWasChargedXE: ChoiceEvent[] = ['screen.xe', no, no];
const toRestart: ChoiceEvent[] = [...toWasCharged, no];
const toSignIn: ChoiceEvent[] = [...toRestart, 'fixed.no'];
const toSignInA0: ChoiceEvent[] = [...toWasChargedA0, no];
const toRestartA0: ChoiceEvent[] = [...toSignInA0, 'fixed.no'];
const toPinPadCable: ChoiceEvent[] = [...toWasChargedXE, no];
const toNetwork: ChoiceEvent[] = [...toSignIn, 'fixed.no'];
const toEnvironment: ChoiceEvent[] = [...toNetwork, yes];
const toUpdate: ChoiceEvent[] = [...toEnvironment, no];

const cases: Record<string, StateCase> = {
  screen: {
    via: [],
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
    tags: [],
    on: [
      ['screen.keyError', 'exposure'],
      ['screen.a0', 'exposure'],
      ['screen.99', 'exposure'],
      ['screen.xe', 'exposure'],
      ['screen.tampered', 'stopTampered'],
      ['screen.other', 'exposure'],
    ],
  },
  stopTampered: {
    via: ['screen.tampered'],
    meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
    tags: ['safety', 'stopCardPayments'],
    on: [['next', 'escalatedTamper']],
  },
  exposure: {
    via: toExposure,
    meta: { kind: 'question', choices: [yes, no, unsure], safety: 'keyExposure' },
    tags: ['safety'],
    on: [
      [yes, 'stopCards'],
      [no, 'scamCall'],
      [unsure, 'stopCards'],
    ],
  },
  stopCards: {
    via: [...toExposure, yes],
    meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'keyExposure' },
    tags: ['safety', 'stopCardPayments'],
    on: [['next', 'escalatedKeyExposed']],
  },
  ...expectedScamSteps(toScamCall),
  ...expectedChargeSteps(toWasCharged, [
    { target: 'restart' },
    { target: 'signIn', toWasCharged: toWasChargedA0 },
    { target: 'pinPadCable', toWasCharged: toWasChargedXE },
  ]),
  restart: {
    via: toRestart,
    meta: { kind: 'remedy', who: 'you', firstAid: true, choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'signIn'],
      // A0 / 99 came from sign-in, so the next step is the network.
      ['fixed.no', 'network', toRestartA0],
    ],
  },
  signIn: {
    via: toSignIn,
    meta: { kind: 'remedy', who: 'you', firstAid: true, choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'network'],
      // A0 / 99 start with sign-in, so a restart comes second.
      ['fixed.no', 'restart', toSignInA0],
    ],
  },
  pinPadCable: {
    via: toPinPadCable,
    meta: { kind: 'remedy', who: 'you', firstAid: true, choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'escalatedPinPad'],
    ],
  },
  network: {
    via: toNetwork,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'environment'],
      [no, 'fixNetwork'],
      [unsure, 'fixNetwork'],
    ],
  },
  fixNetwork: {
    via: [...toNetwork, no],
    meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'environment'],
    ],
  },
  environment: {
    via: toEnvironment,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'moveTerminal'],
      [no, 'update'],
      [unsure, 'moveTerminal'],
    ],
  },
  moveTerminal: {
    via: [...toEnvironment, yes],
    meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'update'],
    ],
  },
  update: {
    via: toUpdate,
    meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'escalatedNewKey'],
    ],
  },
};

/** Each end, a way to reach it, its meta and tags. */
const ends: Record<string, EndCase> = {
  resolved: {
    via: [...toRestart, 'fixed.yes'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  escalatedTamper: {
    via: ['screen.tampered', 'next'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: ['stopCardPayments'],
  },
  escalatedKeyExposed: {
    via: [...toExposure, yes, 'next'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: ['stopCardPayments'],
  },
  escalatedScam: {
    via: [...toScamGaveInfo, unsure, 'next'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: ['stopCardPayments'],
  },
  escalatedNewKey: {
    via: [...toUpdate, 'fixed.no'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: [],
  },
  escalatedPinPad: {
    via: [...toPinPadCable, 'fixed.no'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: [],
  },
};

describeStateTable(guide, cases, ends);

describe('the first answer decides the first aid', () => {
  it.each([
    ['screen.keyError', 'restart', 'signIn'],
    ['screen.other', 'restart', 'signIn'],
    ['screen.a0', 'signIn', 'restart'],
    ['screen.99', 'signIn', 'restart'],
  ] as const)('%s → %s first, then %s, then the network', (screen, first, second) => {
    const s1 = walk([screen, no, no, no]);
    expect(stateId(s1)).toBe(first);
    expect(metaOf(guide, s1)).toMatchObject({ kind: 'remedy', firstAid: true });
    const s2 = next(guide, s1, 'fixed.no');
    expect(stateId(s2)).toBe(second);
    expect(stateId(next(guide, s2, 'fixed.no'))).toBe('network');
  });

  it('screen.xe → the PIN pad cable first, then the provider (PIN pad and keys)', () => {
    const s = walk(['screen.xe', no, no, no]);
    expect(stateId(s)).toBe('pinPadCable');
    expect(stateId(next(guide, s, 'fixed.no'))).toBe('escalatedPinPad');
  });

  it('the screen answer is remembered in context', () => {
    expect(walk(['screen.a0']).context).toEqual({ screen: 'a0' });
    expect(walk(['screen.99']).context).toEqual({ screen: '99' });
    expect(walk(['screen.xe']).context).toEqual({ screen: 'xe' });
    expect(walk(['screen.other']).context).toEqual({ screen: 'other' });
  });
});

describe('safety paths', () => {
  it('a tamper alarm skips every counter step, stops card payments and goes to replace / reactivate', () => {
    const s = walk(['screen.tampered']);
    expect(stateId(s)).toBe('stopTampered');
    expect(s.hasTag('stopCardPayments')).toBe(true);
    const end = next(guide, s, 'next');
    expect(stateId(end)).toBe('escalatedTamper');
    expect(end.hasTag('stopCardPayments')).toBe(true);
    // Not the key-exposure path: a new key does not help a tampered terminal.
    expect(stateId(end)).not.toBe('escalatedKeyExposed');
  });

  itStopsCardsAfterAScam(guide, toScamGaveInfo);

  itAsksAboutTheChargeFirst(guide, ['stopTampered', 'stopCards', 'scamReport'], 6);

  it('every stop-card remedy and its end are tagged stopCardPayments', () => {
    for (const [id, end] of [
      ['stopTampered', 'escalatedTamper'],
      ['stopCards', 'escalatedKeyExposed'],
      ['scamReport', 'escalatedScam'],
    ] as const) {
      const tags = (n: string) =>
        (guide.machine.root.states[n] as unknown as { tags: string[] }).tags;
      expect(tags(id), id).toContain('stopCardPayments');
      expect(tags(end), end).toContain('stopCardPayments');
    }
  });
});
