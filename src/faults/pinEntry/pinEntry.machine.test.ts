/**
 * The cannot-enter-the-PIN machine, state by state: "when in X, on Y → Z", through the pure
 * engine. The table below is the expected graph (guarded branches once per context); the last
 * block checks it lists every transition of the machine, so a new transition cannot go untested.
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
import type { ChoiceEvent, StepMeta } from '../types';
import { metaOf, stateId, stateIds } from '../engine';
import { pinEntryGuide as guide } from './pinEntry.guide';

const walk = walker(guide);

const yes = 'answer.yes';
const no = 'answer.no';
const unsure = 'answer.unsure';

/** Shortest answers that reach each non-final state (a symptom, not Y5, unless named). */
const toTamperCheck: ChoiceEvent[] = ['screen.noResponse'];
const toScamCall: ChoiceEvent[] = [...toTamperCheck, no];
const toScamGaveInfo: ChoiceEvent[] = [...toScamCall, yes, 'next'];
const toWasCharged: ChoiceEvent[] = [...toScamCall, no];
const toWasChargedY5: ChoiceEvent[] = ['screen.y5', no, no];
const toClearKey: ChoiceEvent[] = [...toWasCharged, no];
const toKnowsFlow: ChoiceEvent[] = [...toClearKey, 'fixed.no'];
const toDisplay: ChoiceEvent[] = [...toKnowsFlow, yes];
const toKeypad: ChoiceEvent[] = [...toDisplay, yes];
const toPower: ChoiceEvent[] = [...toKeypad, yes];
const toHeat: ChoiceEvent[] = [...toPower, yes];
const toCloseApps: ChoiceEvent[] = [...toHeat, no];
const toNetwork: ChoiceEvent[] = [...toCloseApps, 'fixed.no'];
const toConfig: ChoiceEvent[] = [...toNetwork, yes];

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
        'screen.other',
      ],
    },
    tags: [],
    on: [
      ['screen.noResponse', 'tamperCheck'],
      ['screen.keys', 'tamperCheck'],
      ['screen.enterPin', 'tamperCheck'],
      ['screen.wrongPin', 'tamperCheck'],
      ['screen.y5', 'tamperCheck'],
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
  ...expectedChargeSteps(toWasCharged, [
    { target: 'clearKey' },
    { target: 'pinPadCable', toWasCharged: toWasChargedY5 },
  ]),
  pinPadCable: {
    via: [...toWasChargedY5, no],
    meta: { kind: 'remedy', who: 'you', firstAid: true, choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'escalatedPinPad'],
    ],
  },
  clearKey: {
    via: toClearKey,
    meta: { kind: 'remedy', who: 'you', firstAid: true, choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'knowsFlow'],
    ],
  },
  knowsFlow: {
    via: toKnowsFlow,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'display'],
      [no, 'showFlow'],
      [unsure, 'showFlow'],
    ],
  },
  showFlow: {
    via: [...toKnowsFlow, no],
    meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'display'],
    ],
  },
  display: {
    via: toDisplay,
    meta: { kind: 'question', choices: [yes, no], safety: 'counterFix' },
    tags: ['safety'],
    on: [
      [yes, 'keypad'],
      [no, 'escalatedRepair'],
    ],
  },
  keypad: {
    via: toKeypad,
    meta: { kind: 'question', choices: [yes, no], safety: 'counterFix' },
    tags: ['safety'],
    on: [
      [yes, 'power'],
      [no, 'escalatedRepair'],
    ],
  },
  power: {
    via: toPower,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'heat'],
      [no, 'fixPower'],
      [unsure, 'fixPower'],
    ],
  },
  fixPower: {
    via: [...toPower, no],
    meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'escalatedRepair'],
    ],
  },
  heat: {
    via: toHeat,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'coolDry'],
      [no, 'closeApps'],
      [unsure, 'coolDry'],
    ],
  },
  coolDry: {
    via: [...toHeat, yes],
    meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'closeApps'],
    ],
  },
  closeApps: {
    via: toCloseApps,
    meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'network'],
    ],
  },
  network: {
    via: toNetwork,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'config'],
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
      ['fixed.no', 'escalatedChinaMobile'],
    ],
  },
  config: {
    via: toConfig,
    meta: { kind: 'question', choices: [yes, no, unsure] },
    tags: [],
    on: [
      [yes, 'resetConfig'],
      [no, 'escalatedChinaMobile'],
      [unsure, 'resetConfig'],
    ],
  },
  resetConfig: {
    via: [...toConfig, yes],
    meta: { kind: 'remedy', who: 'provider', choices: ['fixed.yes', 'fixed.no'] },
    tags: [],
    on: [
      ['fixed.yes', 'resolved'],
      ['fixed.no', 'escalatedChinaMobile'],
    ],
  },
};

/** Each end, a way to reach it, its meta and tags. */
const ends: Record<string, EndCase> = {
  resolved: {
    via: [...toClearKey, 'fixed.yes'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  notTerminalFault: {
    via: ['screen.pinTries', 'next'],
    meta: { kind: 'end', outcome: 'resolved' },
    tags: [],
  },
  escalatedTamper: {
    via: [...toTamperCheck, unsure, 'next'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'chinaMobile' },
    tags: ['stopCardPayments'],
  },
  escalatedScam: {
    via: [...toScamGaveInfo, unsure, 'next'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: ['stopCardPayments'],
  },
  escalatedPinPad: {
    via: [...toWasChargedY5, no, 'fixed.no'],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'provider' },
    tags: [],
  },
  escalatedRepair: {
    via: [...toDisplay, no],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'chinaMobile' },
    tags: [],
  },
  escalatedChinaMobile: {
    via: [...toConfig, no],
    meta: { kind: 'end', outcome: 'escalated', callFirst: 'chinaMobile' },
    tags: [],
  },
};

describeStateTable(guide, cases, ends);

describe('the first answer decides the first aid', () => {
  const symptoms = [
    'screen.noResponse',
    'screen.keys',
    'screen.enterPin',
    'screen.wrongPin',
    'screen.other',
  ] as const;

  it.each(symptoms)('%s → long-press the clear key first', (symptom) => {
    const s = walk([symptom, no, no, no]);
    expect(stateId(s)).toBe('clearKey');
    expect(metaOf(guide, s)).toMatchObject({ kind: 'remedy', firstAid: true });
  });

  it('screen.y5 → the PIN pad cable first', () => {
    expect(stateId(walk(['screen.y5', no, no, no]))).toBe('pinPadCable');
  });

  it('Y5 is remembered in context, nothing else', () => {
    expect(walk(['screen.y5']).context).toEqual({ screen: 'y5' });
    expect(walk(['screen.keys']).context).toEqual({ screen: 'other' });
  });
});

describe('safety paths', () => {
  itAsksAboutTheChargeFirst(guide, ['stopUsing', 'scamReport'], 6);

  itStopsCardsAfterAScam(guide, toScamGaveInfo);

  it('Y5 and a scam go to the provider first; the other escalations to China Mobile', () => {
    const callFirst: Record<string, string | undefined> = {};
    for (const id of stateIds(guide)) {
      const m = (guide.machine.root.states[id] as unknown as { meta: StepMeta }).meta;
      if (m.kind === 'end' && m.outcome === 'escalated') callFirst[id] = m.callFirst;
    }
    expect(callFirst).toEqual({
      escalatedTamper: 'chinaMobile',
      escalatedScam: 'provider',
      escalatedPinPad: 'provider',
      escalatedRepair: 'chinaMobile',
      escalatedChinaMobile: 'chinaMobile',
    });
  });
});
