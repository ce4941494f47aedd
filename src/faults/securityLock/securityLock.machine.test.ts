/**
 * The security-lock machine, state by state: "when in X, on Y → Z", through the pure engine.
 * The table below is the expected graph; the last block checks it lists every transition.
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
import { metaOf, stateId } from '../engine';
import { securityLockGuide as guide } from './securityLock.guide';

const walk = walker(guide);

const yes = 'answer.yes';
const no = 'answer.no';
const unsure = 'answer.unsure';

/** Shortest answers that reach each state; `…U`: the screen said 「系统升级中／维护中」. */
const toTamperCheck: ChoiceEvent[] = ['screen.securityLock'];
const toWasCharged: ChoiceEvent[] = [...toTamperCheck, no];
const toLookChecks: ChoiceEvent[] = [...toWasCharged, no];
const toScamCall: ChoiceEvent[] = [...toLookChecks, 'fixed.no'];
const toScamGaveInfo: ChoiceEvent[] = [...toScamCall, yes, 'next'];
const toHardwareCheck: ChoiceEvent[] = [...toScamCall, no];
const toWrongPasswords: ChoiceEvent[] = [...toHardwareCheck, no];
const toWaitU: ChoiceEvent[] = ['screen.upgrading', no];
const toTamperCheckU: ChoiceEvent[] = [...toWaitU, 'fixed.no'];

const question = { kind: 'question' as const, choices: [yes, no, unsure] as ChoiceEvent[] };
const call = { kind: 'remedy', who: 'provider', choices: fixChoices, calls: ['provider'] } as const;
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
        'screen.securityLock',
        'screen.upgrading',
        'screen.tampered',
        'screen.pinTries',
        'screen.gone',
        'screen.other',
      ],
    },
    tags: [],
    on: [
      ['screen.securityLock', 'tamperCheck'],
      ['screen.upgrading', 'wasCharged'],
      ['screen.tampered', 'stopUsing'],
      ['screen.pinTries', 'customerPinTries'],
      ['screen.gone', 'screenGone'],
      ['screen.other', 'tamperCheck'],
    ],
  },
  screenGone: {
    via: ['screen.gone'],
    meta: { kind: 'info', choices: ['next'] },
    tags: [],
    on: [['next', 'tamperCheck']],
  },
  customerPinTries: {
    via: ['screen.pinTries'],
    meta: { kind: 'info', choices: ['next'], calls: ['customerBank'] },
    tags: [],
    on: [['next', 'notTerminalFault']],
  },
  tamperCheck: {
    via: toTamperCheck,
    meta: { ...question, safety: 'tamper' },
    tags: ['safety'],
    on: [
      [yes, 'stopUsing'],
      [no, 'wasCharged'],
      // After an upgrade the charge was checked already.
      [no, 'lookChecks', toTamperCheckU],
      [unsure, 'lookCheck'],
    ],
  },
  lookCheck: {
    via: [...toTamperCheck, unsure],
    meta: { ...question, safety: 'tamper' },
    tags: ['safety'],
    on: [
      [yes, 'stopUsing'],
      [no, 'wasCharged'],
      [no, 'lookChecks', [...toTamperCheckU, unsure]],
      // Nothing seen, still unsure: on with the cheap remedies, the doubt in the packet.
      [unsure, 'wasCharged'],
      [unsure, 'lookChecks', [...toTamperCheckU, unsure]],
    ],
  },
  stopUsing: {
    via: ['screen.tampered'],
    meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
    tags: ['safety', 'stopCardPayments'],
    on: [['next', 'escalatedTamper']],
  },
  ...expectedChargeSteps(toWasCharged, [
    { target: 'lookChecks' },
    { target: 'waitForUpdate', to: ['screen.upgrading'] },
  ]),
  waitForUpdate: {
    via: toWaitU,
    meta: {
      kind: 'remedy',
      who: 'you',
      choices: ['fixed.yes', 'fixed.no', 'answer.unsure', 'tried'],
    },
    tags: [],
    on: [...fixTransitions('resolved', 'tamperCheck'), [unsure, 'upgradeLater']],
  },
  upgradeLater: {
    via: [...toWaitU, unsure],
    meta: { kind: 'info', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'tamperCheck'],
    ],
  },
  lookChecks: {
    via: toLookChecks,
    meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
    tags: [],
    on: fixTransitions('resolved', 'scamCall'),
  },
  ...expectedScamSteps(toScamCall, [{ target: 'hardwareCheck' }]),
  hardwareCheck: {
    via: toHardwareCheck,
    meta: { ...question, safety: 'counterFix' },
    tags: ['safety'],
    on: [
      [yes, 'escalatedHardware'],
      [no, 'wrongPasswords'],
      [unsure, 'wrongPasswords'],
    ],
  },
  wrongPasswords: {
    via: toWrongPasswords,
    meta: question,
    tags: [],
    on: [
      [yes, 'passwordReset'],
      [no, 'callProvider'],
      [unsure, 'callProvider'],
    ],
  },
  passwordReset: {
    via: [...toWrongPasswords, yes],
    meta: call,
    tags: [],
    on: fixTransitions('resolved', 'escalatedProvider'),
  },
  callProvider: {
    via: [...toWrongPasswords, unsure],
    meta: call,
    tags: [],
    on: fixTransitions('resolved', 'escalatedProvider'),
  },
};

const ends: Record<string, EndCase> = {
  resolved: {
    via: [...toLookChecks, 'fixed.yes'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  notTerminalFault: {
    via: ['screen.pinTries', 'next'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  escalatedTamper: { via: ['screen.tampered', 'next'], meta: provider, tags: ['stopCardPayments'] },
  escalatedScam: { via: [...toScamGaveInfo, unsure, 'next'], ...expectedScamEnd },
  escalatedHardware: { via: [...toHardwareCheck, yes], meta: provider, tags: [] },
  escalatedProvider: {
    via: [...toWrongPasswords, yes, 'tried'],
    meta: { ...provider, calls: ['provider', 'complaint12363'] },
    tags: [],
  },
};

describeStateTable(guide, cases, ends);

describe('the counter path', () => {
  it('the look-only checks come before the one call, even when wrong passwords were typed', () => {
    expect(stateId(walk(toLookChecks))).toBe('lookChecks');
    expect(stateId(walk([...toWrongPasswords, yes]))).toBe('passwordReset');
  });

  it('an upgrade on the screen: the charge check, then wait; "still upgrading" keeps it open', () => {
    const later = walk([...toWaitU, unsure]);
    expect(stateId(later)).toBe('upgradeLater');
    expect(later.status).toBe('active');
    // Finished but still locked: the tamper check, then straight to the look-only checks.
    expect(stateId(walk([...toTamperCheckU, no]))).toBe('lookChecks');
  });
});

describe('safety paths', () => {
  it('a tamper alarm skips every counter step and stops card payments', () => {
    const s = walk(['screen.tampered']);
    expect(stateId(s)).toBe('stopUsing');
    expect(s.hasTag('stopCardPayments')).toBe(true);
  });

  itAsksAboutTheChargeFirst(guide, ['stopUsing'], 4);

  itStopsCardsAfterAScam(guide, toScamGaveInfo);

  it('75 / 38 ends resolved without anyone to call', () => {
    const s = walk(['screen.pinTries', 'next']);
    expect(metaOf(guide, s)).toEqual({ kind: 'end', outcome: 'resolved' });
  });
});
