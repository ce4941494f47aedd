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
  itAsksAboutTheChargeBeforeTheNextCard,
  itStopsCardsAfterAScam,
  walker,
  type EndCase,
} from '../shared/guideTable.testkit';
import type { ChoiceEvent } from '../types';
import { choicesOf, metaOf, stateId } from '../engine';
import { securityLockGuide as guide } from './securityLock.guide';

const walk = walker(guide);

const yes = 'answer.yes';
const no = 'answer.no';
const unsure = 'answer.unsure';

/** Shortest answers that reach each state; `toWait…`: the screen said 「系统升级中／维护中」. */
const toTamperCheck: ChoiceEvent[] = ['screen.securityLock'];
const toWrongPasswords: ChoiceEvent[] = [...toTamperCheck, no];
const toPasswordReset: ChoiceEvent[] = [...toWrongPasswords, yes];
const toLookChecks: ChoiceEvent[] = [...toWrongPasswords, no];
const toScamCall: ChoiceEvent[] = [...toLookChecks, 'fixed.no'];
const toScamGaveInfo: ChoiceEvent[] = [...toScamCall, yes, 'next'];
const toHardwareCheck: ChoiceEvent[] = [...toScamCall, no];
const toCallProvider: ChoiceEvent[] = [...toHardwareCheck, no];
const toWasCharged: ChoiceEvent[] = [...toPasswordReset, 'fixed.yes'];
/** The same, after "nothing seen, still unsure" at the 10-second look. */
const toWasChargedDoubt: ChoiceEvent[] = [...toTamperCheck, unsure, unsure, yes, 'fixed.yes'];
const toWait: ChoiceEvent[] = ['screen.upgrading'];
const toUpgradeLater: ChoiceEvent[] = [...toWait, unsure];

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
      ['screen.upgrading', 'waitForUpdate'],
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
      [no, 'wrongPasswords'],
      [unsure, 'lookCheck'],
    ],
  },
  lookCheck: {
    via: [...toTamperCheck, unsure],
    meta: { ...question, safety: 'tamper' },
    tags: ['safety'],
    on: [
      [yes, 'stopUsing'],
      [no, 'wrongPasswords'],
      // Nothing seen, still unsure: on with the cheap remedies, the doubt remembered.
      [unsure, 'wrongPasswords'],
    ],
  },
  stopUsing: {
    via: ['screen.tampered'],
    meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
    tags: ['safety', 'stopCardPayments'],
    on: [['next', 'escalatedTamper']],
  },
  wrongPasswords: {
    via: toWrongPasswords,
    meta: question,
    tags: [],
    on: [
      [yes, 'passwordReset'],
      [no, 'lookChecks'],
      [unsure, 'lookChecks'],
    ],
  },
  passwordReset: {
    via: toPasswordReset,
    meta: call,
    tags: [],
    on: fixTransitions('wasCharged', 'escalatedProvider'),
  },
  lookChecks: {
    via: toLookChecks,
    meta: { kind: 'remedy', who: 'you', firstAid: true, choices: fixChoices },
    tags: [],
    on: fixTransitions('wasCharged', 'scamCall'),
  },
  ...expectedScamSteps(toScamCall, [{ target: 'hardwareCheck' }]),
  hardwareCheck: {
    via: toHardwareCheck,
    meta: { ...question, safety: 'counterFix' },
    tags: ['safety'],
    on: [
      [yes, 'escalatedHardware'],
      [no, 'callProvider'],
      [unsure, 'callProvider'],
    ],
  },
  callProvider: {
    via: toCallProvider,
    meta: call,
    tags: [],
    on: fixTransitions('wasCharged', 'escalatedProvider'),
  },
  waitForUpdate: {
    via: toWait,
    meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', no, unsure] },
    tags: [],
    on: [
      ['fixed.yes', 'wasCharged'],
      [no, 'tamperCheck'],
      [unsure, 'upgradeLater'],
    ],
  },
  upgradeLater: {
    via: toUpgradeLater,
    meta: { kind: 'remedy', who: 'provider', choices: ['fixed.yes', no], calls: ['provider'] },
    tags: [],
    on: [
      ['fixed.yes', 'wasCharged'],
      [no, 'escalatedProvider'],
    ],
  },
  ...expectedChargeSteps(toWasCharged, [
    { target: 'resolved' },
    { target: 'resolvedTellProvider', to: toWasChargedDoubt },
  ]),
};

const ends: Record<string, EndCase> = {
  resolved: {
    via: [...toWasCharged, no],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  resolvedTellProvider: {
    via: [...toWasChargedDoubt, no],
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
    via: [...toPasswordReset, 'tried'],
    meta: { ...provider, calls: ['provider', 'complaint12363'] },
    tags: [],
  },
};

describeStateTable(guide, cases, ends);

describe('the counter path', () => {
  it('asks about wrong passwords third, right after the tamper check, and a yes is the reset call', () => {
    const steps = toWrongPasswords.map((_, i) => stateId(walk(toWrongPasswords.slice(0, i))));
    expect(steps).toEqual(['screen', 'tamperCheck']);
    expect(stateId(walk(toPasswordReset))).toBe('passwordReset');
    expect(metaOf(guide, walk(toPasswordReset))).toMatchObject({ who: 'provider' });
  });

  it('tells the merchant to stop trying passwords before the call', () => {
    for (const lang of ['zh', 'en'] as const) {
      const ask = guide.content[lang].states.wrongPasswords!;
      // In the body (always in view), before any other answer is given.
      expect(
        ask.body!.some((line) => /别再试|Stop trying/.test(line)),
        lang,
      ).toBe(true);
      expect(guide.content[lang].states.passwordReset!.heading, lang).toMatch(/别再试|Stop trying/);
    }
  });

  it('an upgrade on the screen: wait; still upgrading → ask the provider when it ends; finished but locked → the lock’s own checks', () => {
    expect(metaOf(guide, walk(toWait))).toMatchObject({ kind: 'remedy', who: 'you' });
    const later = walk(toUpgradeLater);
    expect(stateId(later)).toBe('upgradeLater');
    expect(later.status).toBe('active');
    expect(metaOf(guide, later)).toMatchObject({ calls: ['provider'] });
    expect(stateId(walk([...toWait, no, no]))).toBe('wrongPasswords');
    // A wait offers no "I already tried this".
    expect(choicesOf(guide, walk(toWait))).not.toContain('tried');
    expect(choicesOf(guide, later)).not.toContain('tried');
  });
});

describe('safety paths', () => {
  it('a tamper alarm skips every counter step and stops card payments', () => {
    const s = walk(['screen.tampered']);
    expect(stateId(s)).toBe('stopUsing');
    expect(s.hasTag('stopCardPayments')).toBe(true);
  });

  itAsksAboutTheChargeBeforeTheNextCard(guide, ['stopUsing'], 5);

  it('"nothing seen, still unsure" goes on, is remembered, and a fixed run ends asking to send the record', () => {
    expect(walk([...toTamperCheck, unsure, no]).context).toEqual({ doubt: false });
    const doubted = walk([...toTamperCheck, unsure, unsure]);
    expect(stateId(doubted)).toBe('wrongPasswords');
    expect(doubted.context).toEqual({ doubt: true });
    // Every way to "fixed" with the doubt ends at the hand-on of the record, none at `resolved`.
    for (const answer of [yes, no, unsure] as const) {
      const end = walk([...toWasChargedDoubt, answer, ...(answer === no ? [] : ['next' as const])]);
      expect(stateId(end)).toBe('resolvedTellProvider');
    }
    for (const lang of ['zh', 'en'] as const)
      expect(guide.content[lang].states.resolvedTellProvider!.body!.join(' ')).toMatch(
        /发给服务商|send your provider the record/,
      );
  });

  itStopsCardsAfterAScam(guide, toScamGaveInfo);

  it('75 / 38 ends resolved without anyone to call', () => {
    const s = walk(['screen.pinTries', 'next']);
    expect(metaOf(guide, s)).toEqual({ kind: 'end', outcome: 'resolved' });
  });
});
