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
import type { ChoiceEvent, StepMeta } from '../types';
import {
  choicesOf,
  initialSnapshot,
  isDone,
  metaOf,
  next,
  stateId,
  stateIds,
  type Snapshot,
} from '../../wizard/engine';
import { securityLockGuide as guide } from './securityLock.guide';

function walk(events: readonly ChoiceEvent[]): Snapshot {
  return events.reduce((s, e) => next(guide, s, e), initialSnapshot(guide));
}

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
const ends: Record<string, { via: ChoiceEvent[]; meta: StepMeta; tags: string[] }> = {
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

for (const [id, c] of Object.entries(cases)) {
  describe(`when in ${id}`, () => {
    const at = () => walk(c.via);

    it('is reached by the listed answers', () => {
      expect(stateId(at())).toBe(id);
    });

    it(`is a ${c.meta.kind} step with the expected meta and tags`, () => {
      const s = at();
      expect(metaOf(guide, s)).toEqual(c.meta);
      expect([...s.tags].sort()).toEqual([...c.tags].sort());
      if (c.meta.kind !== 'end') expect(choicesOf(guide, s)).toEqual(c.meta.choices);
    });

    for (const [event, target] of c.on) {
      it(`on ${event} → ${target}`, () => {
        expect(stateId(next(guide, at(), event))).toBe(target);
      });
    }
  });
}

for (const [id, e] of Object.entries(ends)) {
  describe(`when in ${id}`, () => {
    it(`is a final ${e.meta.kind === 'end' ? e.meta.outcome : ''} end with the expected meta and tags`, () => {
      const s = walk(e.via);
      expect(stateId(s)).toBe(id);
      expect(isDone(s)).toBe(true);
      expect(metaOf(guide, s)).toEqual(e.meta);
      expect([...s.tags].sort()).toEqual([...e.tags].sort());
      expect(choicesOf(guide, s)).toEqual([]);
    });
  });
}

describe('safety paths', () => {
  it('both tamper alarms skip every counter step and stop card payments', () => {
    for (const alarm of ['screen.alertIrruption', 'screen.tampered'] as const) {
      const s = walk([alarm]);
      expect(stateId(s)).toBe('stopUsing');
      expect(s.hasTag('stopCardPayments')).toBe(true);
    }
  });

  it('no remedy that retries a card is reachable without passing "was the customer charged?"', () => {
    // Walk the graph from the first question but never enter wasCharged.
    const retrying = [
      'passwordReset',
      'waitForUpdate',
      'moveBack',
      'checkConnection',
      'providerUnlock',
    ];
    const reached = new Set<string>();
    const queue: Snapshot[] = [initialSnapshot(guide)];
    while (queue.length > 0) {
      const s = queue.shift()!;
      if (reached.has(stateId(s))) continue;
      reached.add(stateId(s));
      for (const e of choicesOf(guide, s)) {
        const n = next(guide, s, e);
        if (stateId(n) !== 'wasCharged') queue.push(n);
      }
    }
    for (const id of retrying) expect(reached.has(id), id).toBe(false);
    // By design: stopping card payments needs no charge check first (it never charges anyone).
    expect(reached.has('stopUsing')).toBe(true);
    expect(reached.has('scamReport')).toBe(true);
  });

  it('a merchant who already gave a scammer something stops taking cards and cannot end "fixed"', () => {
    for (const answer of [yes, unsure] as const) {
      const report = walk([...toScamGaveInfo, answer]);
      expect(stateId(report)).toBe('scamReport');
      expect(report.hasTag('stopCardPayments')).toBe(true);
      expect(choicesOf(guide, report)).toEqual(['next']);
      const end = next(guide, report, 'next');
      expect(stateId(end)).toBe('escalatedScam');
      expect(end.hasTag('stopCardPayments')).toBe(true);
    }
  });

  it('after a scam call where nothing was given, the charge check still comes next', () => {
    expect(stateId(walk([...toScamGaveInfo, no]))).toBe('wasCharged');
  });

  it('75 / 38 ends resolved without anyone to call', () => {
    const s = walk(['screen.pinTries', 'next']);
    const meta = metaOf(guide, s);
    expect(meta).toEqual({ kind: 'end', outcome: 'resolved' });
  });
});

describe('the table above', () => {
  it('covers every state of the machine', () => {
    expect([...Object.keys(cases), ...Object.keys(ends)].sort()).toEqual(stateIds(guide).sort());
  });

  it('lists every transition of the machine, with the same target', () => {
    for (const [id, c] of Object.entries(cases)) {
      const node = guide.machine.root.states[id] as unknown as {
        transitions: Map<string, { target?: { key: string }[] }[]>;
      };
      const actual = [...node.transitions].flatMap(([event, defs]) =>
        defs.map((d) => `${event} → ${d.target?.[0]?.key}`),
      );
      expect(c.on.map(([e, t]) => `${e} → ${t}`).sort(), id).toEqual(actual.sort());
    }
  });
});
