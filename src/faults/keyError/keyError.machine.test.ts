/**
 * The key-error machine, state by state: "when in X, on Y → Z", through the pure engine.
 * The table below is the expected graph (guarded branches once per context); the last block
 * checks it lists every transition of the machine, so a new transition cannot go untested.
 */
import { describe, expect, it } from 'vitest';
import {
  expectedChargeSteps,
  expectedScamEnd,
  expectedScamSteps,
  fixChoices,
  fixTransitions,
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
const toWasCharged: ChoiceEvent[] = [...toExposure, no];
const toRestart: ChoiceEvent[] = [...toWasCharged, no];
const toSignIn: ChoiceEvent[] = [...toRestart, 'fixed.no'];
const toScamCall: ChoiceEvent[] = [...toSignIn, 'fixed.no'];
const toScamGaveInfo: ChoiceEvent[] = [...toScamCall, yes, 'next'];
const toNetwork: ChoiceEvent[] = [...toScamCall, no];
const toShopOnline: ChoiceEvent[] = [...toNetwork, no];
const toEnvironment: ChoiceEvent[] = [...toNetwork, yes];
const toUpdate: ChoiceEvent[] = [...toEnvironment, no];
const toSignInA0: ChoiceEvent[] = ['screen.a0', no, no];
const toRestartA0: ChoiceEvent[] = [...toSignInA0, 'fixed.no'];
const toPinPadCable: ChoiceEvent[] = ['screen.xe', no, no];
const toScamCallXE: ChoiceEvent[] = [...toPinPadCable, 'fixed.no'];

const remedy = { kind: 'remedy', who: 'you', choices: fixChoices } as const;
const question = { kind: 'question' as const, choices: [yes, no, unsure] as ChoiceEvent[] };
const provider = {
  kind: 'end',
  outcome: 'escalated',
  callFirst: 'provider',
  calls: ['provider'],
} as const;

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
        'screen.gone',
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
      ['screen.gone', 'screenGone'],
      ['screen.other', 'exposure'],
    ],
  },
  screenGone: {
    via: ['screen.gone'],
    meta: { kind: 'info', choices: ['next'] },
    tags: [],
    on: [['next', 'exposure']],
  },
  stopTampered: {
    via: ['screen.tampered'],
    meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
    tags: ['safety', 'stopCardPayments'],
    on: [['next', 'escalatedTamper']],
  },
  exposure: {
    via: toExposure,
    meta: { ...question, safety: 'keyExposure' },
    tags: ['safety'],
    on: [
      [yes, 'stopCards'],
      [no, 'wasCharged'],
      [unsure, 'lookCheck'],
    ],
  },
  lookCheck: {
    via: [...toExposure, unsure],
    meta: { ...question, safety: 'keyExposure' },
    tags: ['safety'],
    on: [
      [yes, 'stopCards'],
      [no, 'wasCharged'],
      // Nothing seen, still unsure: the key may be exposed, so card payments stop.
      [unsure, 'stopCards'],
    ],
  },
  stopCards: {
    via: [...toExposure, yes],
    meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'keyExposure' },
    tags: ['safety', 'stopCardPayments'],
    on: [['next', 'escalatedKeyExposed']],
  },
  ...expectedChargeSteps(toWasCharged, [
    { target: 'restart' },
    { target: 'signIn', to: ['screen.a0', no] },
    { target: 'pinPadCable', to: ['screen.xe', no] },
  ]),
  restart: {
    via: toRestart,
    meta: { ...remedy, firstAid: true },
    tags: [],
    on: [
      // The sign-in at once: the second remedy of the most common cause.
      ...fixTransitions('resolved', 'signIn'),
      // A0 / 99 signed in before the restart.
      ['fixed.no', 'scamCall', toRestartA0],
      ['tried', 'scamCall', toRestartA0],
    ],
  },
  signIn: {
    via: toSignIn,
    meta: { ...remedy, firstAid: true },
    tags: [],
    on: [
      ...fixTransitions('resolved', 'scamCall'),
      // A0 / 99 start with sign-in, so a restart comes second.
      ['fixed.no', 'restart', toSignInA0],
      ['tried', 'restart', toSignInA0],
    ],
  },
  pinPadCable: {
    via: toPinPadCable,
    meta: { ...remedy, firstAid: true },
    tags: [],
    on: fixTransitions('resolved', 'scamCall'),
  },
  ...expectedScamSteps(toScamCall, [
    { target: 'network' },
    { target: 'escalatedPinPad', to: toScamCallXE },
  ]),
  network: {
    via: toNetwork,
    meta: question,
    tags: [],
    on: [
      [yes, 'environment'],
      [no, 'shopOnline'],
      [unsure, 'shopOnline'],
    ],
  },
  shopOnline: {
    via: toShopOnline,
    meta: question,
    tags: [],
    on: [
      [yes, 'fixTerminalLink'],
      [no, 'fixRouter'],
      [unsure, 'fixTerminalLink'],
    ],
  },
  fixRouter: {
    via: [...toShopOnline, no],
    meta: remedy,
    tags: [],
    on: fixTransitions('resolved', 'environment'),
  },
  fixTerminalLink: {
    via: [...toShopOnline, yes],
    meta: remedy,
    tags: [],
    on: fixTransitions('resolved', 'environment'),
  },
  environment: {
    via: toEnvironment,
    meta: question,
    tags: [],
    on: [
      [yes, 'moveTerminal'],
      [no, 'update'],
      [unsure, 'moveTerminal'],
    ],
  },
  moveTerminal: {
    via: [...toEnvironment, yes],
    meta: remedy,
    tags: [],
    on: fixTransitions('resolved', 'update'),
  },
  update: {
    via: toUpdate,
    meta: remedy,
    tags: [],
    on: fixTransitions('resolved', 'escalatedNewKey'),
  },
};

/** Each end, a way to reach it, its meta and tags. */
const ends: Record<string, EndCase> = {
  resolved: {
    via: [...toRestart, 'fixed.yes'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  escalatedTamper: { via: ['screen.tampered', 'next'], meta: provider, tags: ['stopCardPayments'] },
  escalatedKeyExposed: {
    via: [...toExposure, yes, 'next'],
    meta: provider,
    tags: ['stopCardPayments'],
  },
  escalatedScam: { via: [...toScamGaveInfo, unsure, 'next'], ...expectedScamEnd },
  escalatedNewKey: { via: [...toUpdate, 'tried'], meta: provider, tags: [] },
  escalatedPinPad: { via: [...toScamCallXE, no], meta: provider, tags: [] },
};

describeStateTable(guide, cases, ends);

describe('the first answer decides the first aid', () => {
  it.each([
    ['screen.keyError', 'restart'],
    ['screen.other', 'restart'],
    ['screen.a0', 'signIn'],
    ['screen.99', 'signIn'],
    ['screen.xe', 'pinPadCable'],
  ] as const)('%s → %s, after the exposure and the charge checks only', (screen, first) => {
    const s = walk([screen, no, no]);
    expect(stateId(s)).toBe(first);
    expect(metaOf(guide, s)).toMatchObject({ kind: 'remedy', firstAid: true });
  });

  it('"the message is gone" gets the photo tip, then the same checks and the restart', () => {
    expect(stateId(walk(['screen.gone']))).toBe('screenGone');
    expect(stateId(walk(['screen.gone', 'next', no, no]))).toBe('restart');
  });

  it('the restart, then at once the sign-in: both within three questions, before any other check', () => {
    expect(stateId(walk(toSignIn))).toBe('signIn');
    const asked = toSignIn.filter(
      (_, i) => metaOf(guide, walk(toSignIn.slice(0, i))).kind === 'question',
    );
    expect(asked).toHaveLength(3);
    // A0 / 99: the sign-in first, then the restart, then the scam check.
    expect(stateId(walk(toRestartA0))).toBe('restart');
    expect(stateId(walk([...toRestartA0, 'fixed.no']))).toBe('scamCall');
  });

  it('the screen answer is remembered in context', () => {
    expect(walk(['screen.a0']).context).toEqual({ screen: 'a0' });
    expect(walk(['screen.99']).context).toEqual({ screen: '99' });
    expect(walk(['screen.xe']).context).toEqual({ screen: 'xe' });
    expect(walk(['screen.gone']).context).toEqual({ screen: 'gone' });
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
  });

  it('"not sure" about exposure is a 10-second look: nothing seen goes on; a find or a doubt that stays stops cards', () => {
    expect(stateId(walk([...toExposure, unsure, no]))).toBe('wasCharged');
    expect(stateId(walk([...toExposure, unsure, no, no]))).toBe('restart');
    // DOMAIN.md, never do: keep taking cards on a terminal whose key may be exposed. A doubt
    // the look does not clear is such a key: no remedy that ends with a card sale.
    for (const answer of [yes, unsure] as const) {
      const stop = walk([...toExposure, unsure, answer]);
      expect(stateId(stop)).toBe('stopCards');
      expect(stop.hasTag('stopCardPayments')).toBe(true);
      const end = next(guide, stop, 'next');
      expect(stateId(end)).toBe('escalatedKeyExposed');
      expect(end.hasTag('stopCardPayments')).toBe(true);
    }
  });

  itStopsCardsAfterAScam(guide, toScamGaveInfo);

  itAsksAboutTheChargeFirst(guide, ['stopTampered', 'stopCards'], 7);

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
