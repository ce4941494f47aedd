/**
 * The security-lock machine, state by state: "when in X, on Y → Z", through the pure engine.
 * The table below is the expected graph; the last block checks it lists every transition of the
 * machine, so a new transition cannot go untested.
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
import { metaOf, stateId } from '../engine';
import { securityLockGuide as guide } from './securityLock.guide';

const walk = walker(guide);

const yes = 'answer.yes';
const no = 'answer.no';
const unsure = 'answer.unsure';

/** Shortest answers that reach each non-final state. */
const toTamperCheck: ChoiceEvent[] = ['screen.securityLock'];
const toScamCall: ChoiceEvent[] = [...toTamperCheck, no];
const toScamGaveInfo: ChoiceEvent[] = [...toScamCall, yes, 'next'];
const toWasCharged: ChoiceEvent[] = [...toScamCall, no];
const toWrongPasswords: ChoiceEvent[] = [...toWasCharged, no];
const toUpdateNotice: ChoiceEvent[] = [...toWrongPasswords, no];
const toMoved: ChoiceEvent[] = [...toUpdateNotice, no];
const toNetworkCheck: ChoiceEvent[] = [...toMoved, no];
const toHardwareCheck: ChoiceEvent[] = [...toNetworkCheck, no];

const cases: Record<string, StateCase> = {
  screen: {
    via: [],
    meta: {
      kind: 'question',
      choices: [
        'screen.securityLock',
        'screen.alertIrruption',
        'screen.tampered',
        'screen.pinTries',
        'screen.other',
      ],
    },
    tags: [],
    on: [
      ['screen.securityLock', 'tamperCheck'],
      ['screen.alertIrruption', 'stopUsing'],
      ['screen.tampered', 'stopUsing'],
      ['screen.pinTries', 'customerPinTries'],
      ['screen.other', 'tamperCheck'],
    ],
  },
  customerPinTries: {
    via: ['screen.pinTries'],
    meta: { kind: 'info', choices: ['next'] },
    tags: [],
    on: [['next', 'notTerminalFault']],
  },
  tamperCheck: {
    via: toTamperCheck,
    meta: { kind: 'question', choices: [yes, no, unsure], safety: 'tamper' },
    tags: ['safety'],
    on: [
      [yes, 'stopUsing'],
      [no, 'scamCall'],
      [unsure, 'stopUsing'],
    ],
  },
  stopUsing: {
    via: [...toTamperCheck, yes],
    meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
    tags: ['safety', 'stopCardPayments'],
    on: [['next', 'escalatedTamper']],
  },
  ...expectedScamSteps(toScamCall),
  ...expectedChargeSteps(toWasCharged, [{ target: 'wrongPasswords' }]),
  wrongPasswords: {
    via: toWrongPasswords,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'passwordReset'],
      [no, 'updateNotice'],
      [unsure, 'updateNotice'],
    ],
  },
  passwordReset: {
    via: [...toWrongPasswords, yes],
    meta: { kind: 'remedy', who: 'provider', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'updateNotice'],
    ],
  },
  updateNotice: {
    via: toUpdateNotice,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'waitForUpdate'],
      [no, 'moved'],
      [unsure, 'moved'],
    ],
  },
  waitForUpdate: {
    via: [...toUpdateNotice, yes],
    meta: { kind: 'remedy', who: 'provider', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'moved'],
    ],
  },
  moved: {
    via: toMoved,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'moveBack'],
      [no, 'networkCheck'],
      [unsure, 'networkCheck'],
    ],
  },
  moveBack: {
    via: [...toMoved, yes],
    meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'escalatedRelocation'],
    ],
  },
  networkCheck: {
    via: toNetworkCheck,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'checkConnection'],
      [no, 'hardwareCheck'],
      [unsure, 'checkConnection'],
    ],
  },
  checkConnection: {
    via: [...toNetworkCheck, yes],
    meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'hardwareCheck'],
    ],
  },
  hardwareCheck: {
    via: toHardwareCheck,
    meta: { kind: 'question', choices: [yes, no, unsure], safety: 'counterFix' },
    tags: ['safety'],
    on: [
      [yes, 'escalatedHardware'],
      [no, 'providerUnlock'],
      [unsure, 'providerUnlock'],
    ],
  },
  providerUnlock: {
    via: [...toHardwareCheck, no],
    meta: { kind: 'remedy', who: 'provider', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'escalatedProvider'],
    ],
  },
};

/** Each end, a way to reach it, its meta and tags. */
const ends: Record<string, EndCase> = {
  resolved: {
    via: [...toWrongPasswords, yes, 'fixed.yes'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  notTerminalFault: {
    via: ['screen.pinTries', 'next'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  escalatedTamper: {
    via: ['screen.tampered', 'next'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: ['stopCardPayments'],
  },
  escalatedScam: {
    via: [...toScamGaveInfo, unsure, 'next'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: ['stopCardPayments'],
  },
  escalatedRelocation: {
    via: [...toMoved, yes, 'fixed.no'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: [],
  },
  escalatedHardware: {
    via: [...toHardwareCheck, yes],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: [],
  },
  escalatedProvider: {
    via: [...toHardwareCheck, unsure, 'fixed.no'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: [],
  },
};

describeStateTable(guide, cases, ends);

describe('safety paths', () => {
  it('both tamper alarms skip every counter step and stop card payments', () => {
    for (const alarm of ['screen.alertIrruption', 'screen.tampered'] as const) {
      const s = walk([alarm]);
      expect(stateId(s)).toBe('stopUsing');
      expect(s.hasTag('stopCardPayments')).toBe(true);
    }
  });

  itAsksAboutTheChargeFirst(guide, ['stopUsing', 'scamReport'], 5);

  itStopsCardsAfterAScam(guide, toScamGaveInfo);

  it('after a scam call where nothing was given, the charge check still comes next', () => {
    expect(stateId(walk([...toScamGaveInfo, no]))).toBe('wasCharged');
  });

  it('75 / 38 ends resolved without anyone to call', () => {
    const s = walk(['screen.pinTries', 'next']);
    const meta = metaOf(guide, s);
    expect(meta).toEqual({ kind: 'end', outcome: 'resolved' });
  });
});
