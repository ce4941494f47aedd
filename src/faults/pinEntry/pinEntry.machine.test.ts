/**
 * The cannot-enter-the-PIN machine, state by state: "when in X, on Y → Z", through the pure
 * engine. The table below is the expected graph; the last block checks it lists every transition.
 */
import { describe, expect, it } from 'vitest';
import {
  expectedChargeSteps,
  expectedScamEnd,
  expectedScamSteps,
  fixChoices,
  fixTransitions,
  type StateCase,
  type Transition,
} from '../shared/safetySteps.cases';
import {
  describeStateTable,
  itAsksAboutTheChargeFirst,
  itStopsCardsAfterAScam,
  walker,
  type EndCase,
} from '../shared/guideTable.testkit';
import type { ChoiceEvent, StepMeta } from '../types';
import { choicesOf, metaOf, next, stateId, stateIds } from '../engine';
import { pinEntryGuide as guide } from './pinEntry.guide';

const walk = walker(guide);

const yes = 'answer.yes';
const no = 'answer.no';
const unsure = 'answer.unsure';

/** Shortest answers that reach each state; `…Y5`: the screen said Y5. */
const toTamperCheck: ChoiceEvent[] = ['screen.noResponse'];
const toClearKey: ChoiceEvent[] = [...toTamperCheck, no];
const toWasCharged: ChoiceEvent[] = [...toClearKey, 'fixed.no'];
const toCancelRestart: ChoiceEvent[] = [...toWasCharged, no];
const toScamCall: ChoiceEvent[] = [...toCancelRestart, 'fixed.no'];
const toScamGaveInfo: ChoiceEvent[] = [...toScamCall, yes, 'next'];
const toKnowsFlow: ChoiceEvent[] = [...toScamCall, no];
const toDisplay: ChoiceEvent[] = [...toKnowsFlow, yes];
const toKeypad: ChoiceEvent[] = [...toDisplay, yes];
const toStars: ChoiceEvent[] = [...toKeypad, yes];
const toPower: ChoiceEvent[] = [...toStars, yes];
const toHeat: ChoiceEvent[] = [...toPower, yes];
const toCloseApps: ChoiceEvent[] = [...toHeat, no];
const toNetwork: ChoiceEvent[] = [...toCloseApps, 'fixed.no'];
const toShopOnline: ChoiceEvent[] = [...toNetwork, no];
const toCarrier: ChoiceEvent[] = [...toNetwork, yes];
const toCarrierRepair: ChoiceEvent[] = [...toDisplay, no];
const toWasChargedY5: ChoiceEvent[] = ['screen.y5', no];
const toPinPadCable: ChoiceEvent[] = [...toWasChargedY5, no];
const toScamCallY5: ChoiceEvent[] = [...toPinPadCable, 'fixed.no'];

/** The same answers with "not sure", then "nothing seen, still unsure" at the tamper check. */
const doubted = (via: ChoiceEvent[]): ChoiceEvent[] => [via[0]!, unsure, unsure, ...via.slice(2)];
/** "Fixed" after that doubt: the end that asks to send the provider the record. */
const fixedDoubted = (via: ChoiceEvent[]): Transition => [
  'fixed.yes',
  'resolvedTellProvider',
  doubted(via),
];

const question = { kind: 'question' as const, choices: [yes, no, unsure] as ChoiceEvent[] };
const yesNo = {
  kind: 'question' as const,
  choices: [yes, no] as ChoiceEvent[],
  safety: 'counterFix' as const,
};
const remedy = { kind: 'remedy', who: 'you', choices: fixChoices } as const;
const provider = {
  kind: 'end',
  outcome: 'escalated',
  callFirst: 'provider',
  calls: ['provider'],
} as const;
const chinaMobile = { ...provider, calls: ['provider', 'chinaMobile'] } as const;

const cases: Record<string, StateCase> = {
  screen: {
    via: [],
    meta: {
      kind: 'question',
      choices: [
        'screen.noResponse',
        'screen.keys',
        'screen.enterPin',
        'screen.wrongPin',
        'screen.y5',
        'screen.pinTries',
        'screen.tampered',
        'screen.gone',
        'screen.other',
      ],
    },
    tags: [],
    on: [
      ['screen.noResponse', 'tamperCheck'],
      ['screen.keys', 'tamperCheck'],
      ['screen.enterPin', 'tamperCheck'],
      ['screen.wrongPin', 'wrongPinInfo'],
      ['screen.y5', 'tamperCheck'],
      ['screen.pinTries', 'customerPinTries'],
      ['screen.tampered', 'stopUsing'],
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
  wrongPinInfo: {
    via: ['screen.wrongPin'],
    meta: { kind: 'info', choices: ['fixed.yes', 'fixed.no', unsure] },
    tags: [],
    on: [
      ['fixed.yes', 'notTerminalFault'],
      ['fixed.no', 'tamperCheck'],
      [unsure, 'noOtherCard'],
    ],
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
      // The clear key first: the customer's own sale, nothing charged yet. Y5 restarts: the
      // charge check first.
      [no, 'clearKey'],
      [no, 'wasCharged', ['screen.y5']],
      [unsure, 'lookCheck'],
    ],
  },
  lookCheck: {
    via: [...toTamperCheck, unsure],
    meta: { ...question, safety: 'tamper' },
    tags: ['safety'],
    on: [
      [yes, 'stopUsing'],
      [no, 'clearKey'],
      [no, 'wasCharged', ['screen.y5', unsure]],
      // Nothing seen, still unsure: on with the cheap remedies, the doubt remembered.
      [unsure, 'clearKey'],
      [unsure, 'wasCharged', ['screen.y5', unsure]],
    ],
  },
  stopUsing: {
    via: ['screen.tampered'],
    meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
    tags: ['safety', 'stopCardPayments'],
    on: [['next', 'escalatedTamper']],
  },
  ...expectedChargeSteps(
    toWasCharged,
    [{ target: 'cancelRestart' }, { target: 'pinPadCable', to: toWasChargedY5 }],
    // Recorded as successful: the PIN did go in; the sale is not taken again.
    [{ target: 'resolved' }, { target: 'resolvedTellProvider', to: doubted(toWasCharged) }],
  ),
  pinPadCable: {
    via: toPinPadCable,
    meta: { ...remedy, firstAid: true },
    tags: [],
    on: [...fixTransitions('resolved', 'scamCall'), fixedDoubted(toPinPadCable)],
  },
  clearKey: {
    via: toClearKey,
    meta: { ...remedy, firstAid: true },
    tags: [],
    on: [...fixTransitions('resolved', 'wasCharged'), fixedDoubted(toClearKey)],
  },
  cancelRestart: {
    via: toCancelRestart,
    meta: { ...remedy, firstAid: true },
    tags: [],
    on: [...fixTransitions('resolved', 'scamCall'), fixedDoubted(toCancelRestart)],
  },
  ...expectedScamSteps(toScamCall, [
    { target: 'knowsFlow' },
    { target: 'escalatedPinPad', to: toScamCallY5 },
  ]),
  knowsFlow: {
    via: toKnowsFlow,
    meta: question,
    tags: [],
    on: [
      [yes, 'display'],
      [no, 'showFlow'],
      [unsure, 'showFlow'],
    ],
  },
  showFlow: {
    via: [...toKnowsFlow, no],
    meta: remedy,
    tags: [],
    on: [...fixTransitions('resolved', 'display'), fixedDoubted([...toKnowsFlow, no])],
  },
  display: {
    via: toDisplay,
    meta: yesNo,
    tags: ['safety'],
    on: [
      [yes, 'keypad'],
      [no, 'carrier'],
    ],
  },
  keypad: {
    via: toKeypad,
    meta: yesNo,
    tags: ['safety'],
    on: [
      [yes, 'pinPadStars'],
      [no, 'carrier'],
    ],
  },
  pinPadStars: {
    via: toStars,
    meta: { ...question, safety: 'counterFix' },
    tags: ['safety'],
    on: [
      [yes, 'power'],
      [no, 'carrier'],
      [unsure, 'power'],
    ],
  },
  power: {
    via: toPower,
    meta: question,
    tags: [],
    on: [
      [yes, 'heat'],
      [no, 'fixPower'],
      [unsure, 'fixPower'],
    ],
  },
  fixPower: {
    via: [...toPower, no],
    meta: remedy,
    tags: [],
    on: [...fixTransitions('resolved', 'carrier'), fixedDoubted([...toPower, no])],
  },
  heat: {
    via: toHeat,
    meta: question,
    tags: [],
    on: [
      [yes, 'coolDry'],
      [no, 'closeApps'],
      [unsure, 'coolDry'],
    ],
  },
  coolDry: {
    via: [...toHeat, yes],
    meta: remedy,
    tags: [],
    on: [...fixTransitions('resolved', 'closeApps'), fixedDoubted([...toHeat, yes])],
  },
  closeApps: {
    via: toCloseApps,
    meta: remedy,
    tags: [],
    on: [...fixTransitions('resolved', 'network'), fixedDoubted(toCloseApps)],
  },
  network: {
    via: toNetwork,
    meta: question,
    tags: [],
    on: [
      [yes, 'carrier'],
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
    on: [...fixTransitions('resolved', 'carrier'), fixedDoubted([...toShopOnline, no])],
  },
  fixTerminalLink: {
    via: [...toShopOnline, yes],
    meta: remedy,
    tags: [],
    on: [...fixTransitions('resolved', 'carrier'), fixedDoubted([...toShopOnline, yes])],
  },
  carrier: {
    via: toCarrier,
    meta: question,
    tags: [],
    on: [
      [yes, 'escalatedSupportChinaMobile'],
      [yes, 'escalatedRepairChinaMobile', toCarrierRepair],
      [no, 'escalatedSupport'],
      [no, 'escalatedRepair', toCarrierRepair],
      [unsure, 'escalatedSupport'],
      [unsure, 'escalatedRepair', toCarrierRepair],
    ],
  },
};

const ends: Record<string, EndCase> = {
  resolved: {
    via: [...toClearKey, 'fixed.yes'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  resolvedTellProvider: {
    via: [...doubted(toClearKey), 'fixed.yes'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  notTerminalFault: {
    via: ['screen.wrongPin', 'fixed.yes'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  noOtherCard: {
    via: ['screen.wrongPin', unsure],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  escalatedTamper: {
    via: [...toTamperCheck, unsure, yes, 'next'],
    meta: provider,
    tags: ['stopCardPayments'],
  },
  escalatedScam: { via: [...toScamGaveInfo, unsure, 'next'], ...expectedScamEnd },
  escalatedPinPad: { via: [...toScamCallY5, no], meta: provider, tags: [] },
  escalatedRepair: { via: [...toCarrierRepair, unsure], meta: provider, tags: [] },
  escalatedRepairChinaMobile: { via: [...toCarrierRepair, yes], meta: chinaMobile, tags: [] },
  escalatedSupport: { via: [...toCarrier, no], meta: provider, tags: [] },
  escalatedSupportChinaMobile: { via: [...toCarrier, yes], meta: chinaMobile, tags: [] },
};

describeStateTable(guide, cases, ends);

describe('the first answer decides the first aid', () => {
  it.each(['screen.noResponse', 'screen.keys', 'screen.enterPin', 'screen.other'] as const)(
    '%s → long-press the clear key, after the tamper check only',
    (symptom) => {
      const s = walk([symptom, no]);
      expect(stateId(s)).toBe('clearKey');
      expect(metaOf(guide, s)).toMatchObject({ kind: 'remedy', firstAid: true });
    },
  );

  it('「密码错误」 is first a wrong PIN (an info step), and only a second card failing goes on', () => {
    expect(metaOf(guide, walk(['screen.wrongPin'])).kind).toBe('info');
    expect(stateId(walk(['screen.wrongPin', 'fixed.no', no]))).toBe('clearKey');
    // No other card to try: the customer pays another way; nothing goes to repair.
    const end = walk(['screen.wrongPin', unsure]);
    expect(stateId(end)).toBe('noOtherCard');
    expect(metaOf(guide, end)).toEqual({ kind: 'end', outcome: 'resolved' });
  });

  it('after the clear key, the charge check, then restart and a sale again before any other check', () => {
    expect(stateId(walk(toCancelRestart))).toBe('cancelRestart');
    expect(toCancelRestart.map((_, i) => stateId(walk(toCancelRestart.slice(0, i))))).toEqual([
      'screen',
      'tamperCheck',
      'clearKey',
      'wasCharged',
    ]);
    expect(metaOf(guide, walk(toCancelRestart))).toMatchObject({ kind: 'remedy', firstAid: true });
    const asked = toCancelRestart.filter(
      (_, i) => metaOf(guide, walk(toCancelRestart.slice(0, i))).kind === 'question',
    );
    expect(asked).toHaveLength(3);
  });

  it('screen.y5 → the charge check, then the PIN pad cable (it restarts the terminal)', () => {
    expect(stateId(walk(toWasChargedY5))).toBe('wasCharged');
    expect(stateId(walk(toPinPadCable))).toBe('pinPadCable');
  });

  it('Y5 is remembered in context', () => {
    expect(walk(['screen.y5']).context).toMatchObject({ screen: 'y5' });
    expect(walk(['screen.keys']).context).toMatchObject({ screen: 'other' });
  });
});

describe('safety paths', () => {
  it('a tamper alarm skips every counter step and stops card payments, then the hand-off', () => {
    const s = walk(['screen.tampered']);
    expect(stateId(s)).toBe('stopUsing');
    expect(s.hasTag('stopCardPayments')).toBe(true);
    expect(choicesOf(guide, s)).toEqual(['next']);
    const end = next(guide, s, 'next');
    expect(stateId(end)).toBe('escalatedTamper');
    expect(end.hasTag('stopCardPayments')).toBe(true);
    expect(metaOf(guide, end)).toEqual(provider);
  });

  itAsksAboutTheChargeFirst(guide, ['stopUsing'], 9, ['clearKey']);

  it('"nothing seen, still unsure" goes on, is remembered, and a fixed run ends asking to send the record', () => {
    expect(walk(doubted(toClearKey)).context).toMatchObject({ doubt: true });
    expect(walk(toClearKey).context).toMatchObject({ doubt: false });
    // Fixed at once, at the end of the first aid, or after "it went through".
    for (const via of [
      [...doubted(toClearKey), 'fixed.yes'],
      [...doubted(toCancelRestart), 'fixed.yes'],
      [...doubted(toWasCharged), yes, 'next'],
      [...doubted(toPinPadCable), 'fixed.yes'],
    ] as ChoiceEvent[][])
      expect(stateId(walk(via)), via.join(', ')).toBe('resolvedTellProvider');
  });

  it('a sale recorded as successful is not taken again: the run ends, whatever the screen said', () => {
    for (const via of [toWasCharged, toWasChargedY5]) {
      const paid = walk([...via, yes]);
      expect(stateId(paid)).toBe('alreadyPaid');
      const end = next(guide, paid, 'next');
      expect(stateId(end)).toBe('resolved');
      expect(metaOf(guide, end)).toEqual({ kind: 'end', outcome: 'resolved' });
    }
  });

  itStopsCardsAfterAScam(guide, toScamGaveInfo);

  it('every escalation calls the provider first; 10086 only after "this is a China Mobile terminal"', () => {
    const calls: Record<string, readonly string[] | undefined> = {};
    for (const id of stateIds(guide)) {
      const m = (guide.machine.root.states[id] as unknown as { meta: StepMeta }).meta;
      if (m.kind === 'end' && m.outcome === 'escalated') calls[id] = m.calls;
    }
    expect(calls).toEqual({
      escalatedTamper: ['provider'],
      escalatedScam: ['provider', 'police110', 'antiFraud96110'],
      escalatedPinPad: ['provider'],
      escalatedRepair: ['provider'],
      escalatedRepairChinaMobile: ['provider', 'chinaMobile'],
      escalatedSupport: ['provider'],
      escalatedSupportChinaMobile: ['provider', 'chinaMobile'],
    });
  });
});
