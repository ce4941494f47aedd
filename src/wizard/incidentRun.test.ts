import { describe, expect, it, vi } from 'vitest';
import { keyErrorGuideV1 } from '../../tests/fixtures/keyError.v1';
import { keyErrorGuideV4 } from '../../tests/fixtures/keyError.v4';
import { pinEntryGuideV2 } from '../../tests/fixtures/pinEntry.v2';
import { pinEntryGuideV3 } from '../../tests/fixtures/pinEntry.v3';
import { securityLockGuideV2 } from '../../tests/fixtures/securityLock.v2';
import { keyErrorGuideV5 } from '../../tests/fixtures/keyError.v5';
import { pinEntryGuideV4 } from '../../tests/fixtures/pinEntry.v4';
import { securityLockGuideV3 } from '../../tests/fixtures/securityLock.v3';
import { getShortestPaths } from 'xstate/graph';
import { pinEntryGuide } from '../faults/pinEntry/pinEntry.guide';
import { securityLockGuide } from '../faults/securityLock/securityLock.guide';
import { keyErrorGuide } from '../faults/keyError/keyError.guide';
import { commFailureGuide } from '../faults/commFailure/commFailure.guide';
import type { ChoiceEvent, Guide } from '../faults/types';
import {
  allChoiceEvents,
  choicesOf,
  initialSnapshot,
  isDone,
  longestToEnd,
  metaOf,
  stateId,
  type Snapshot,
} from '../faults/engine';
import {
  abandon,
  choose,
  goBack,
  newIncident,
  openIncident,
  pathLength,
  prepareGuide,
  startOver,
  type RunView,
} from './incidentRun';

function run(guide: Guide, events: ChoiceEvent[], t0 = 1000): RunView {
  let view = newIncident(guide, { id: 'i1', now: t0 });
  events.forEach((e, i) => (view = choose(guide, view, e, t0 + i + 1)));
  return view;
}

describe('an incident run', () => {
  it('starts in progress at the first question, with the snapshot persisted', () => {
    const view = newIncident(keyErrorGuide, { id: 'i1', now: 5 });
    expect(view.record).toMatchObject({
      id: 'i1',
      fault: 'keyError',
      guideVersion: keyErrorGuide.version,
      status: 'inProgress',
      startedAt: 5,
      log: [],
    });
    expect((view.record.snapshot as { value: string }).value).toBe('screen');
    expect(view.trail).toEqual(['screen']);
  });

  it('a code found by the search answers the first question', () => {
    const view = newIncident(keyErrorGuide, { id: 'i1', now: 5 }, 'screen.a0');
    expect(stateId(view.snapshot)).toBe('exposure');
    expect(view.record.log).toEqual([{ from: 'screen', event: 'screen.a0', at: 5 }]);
  });

  it('records each answer with its time and ends with the outcome', () => {
    const view = run(keyErrorGuide, ['screen.keyError', 'answer.yes', 'next']);
    expect(view.record.status).toBe('escalated');
    expect(view.record.endState).toBe('escalatedKeyExposed');
    expect(view.record.endedAt).toBe(1003);
    expect(view.record.log.map((e) => e.at)).toEqual([1001, 1002, 1003]);
  });

  it('back keeps the answer in the log but leaves the path, and start over empties the path', () => {
    let view = run(keyErrorGuide, ['screen.keyError', 'answer.no', 'answer.no']);
    expect(stateId(view.snapshot)).toBe('restart');
    view = goBack(keyErrorGuide, view, 2000);
    expect(stateId(view.snapshot)).toBe('wasCharged');
    expect(pathLength(view)).toBe(2);
    expect(view.record.log).toHaveLength(4);
    view = startOver(keyErrorGuide, view, 3000);
    expect(stateId(view.snapshot)).toBe('screen');
    expect(pathLength(view)).toBe(0);
    expect(view.trail).toEqual(['screen']);
  });

  it('abandoning ends it now and keeps its answers and last step', () => {
    const view = run(keyErrorGuide, ['screen.keyError']);
    const abandoned = abandon(view.record, 5000);
    expect(abandoned).toEqual({
      ...view.record,
      status: 'abandoned',
      updatedAt: 5000,
      endedAt: 5000,
    });
    // It still opens where it was (history shows how far it got).
    expect(stateId(openIncident(keyErrorGuide, abandoned).snapshot)).toBe(stateId(view.snapshot));
  });

  it('an ended incident that goes back is in progress again', () => {
    let view = run(keyErrorGuide, ['screen.keyError', 'answer.yes', 'next']);
    view = goBack(keyErrorGuide, view, 2000);
    expect(view.record.status).toBe('inProgress');
    expect(view.record.endedAt).toBeUndefined();
    expect(view.record.endState).toBeUndefined();
  });
});

describe('opening a saved incident', () => {
  it('of the same version: the same question with the same back history', () => {
    const saved = run(keyErrorGuide, ['screen.a0', 'answer.no', 'answer.no']).record;
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(view.record).toBe(saved);
    expect(view.trail).toEqual(['screen', 'exposure', 'wasCharged', 'signIn']);
  });

  it('of v1 whose answers all still fit: upgraded in place, at the same step', () => {
    // v1: screen → exposure(no) → wasCharged(no) → restart; the current guide has the same start.
    const saved = run(keyErrorGuideV1, ['screen.keyError', 'answer.no', 'answer.no']).record;
    expect(saved.guideVersion).toBe(1);
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(view.record.guideVersion).toBe(keyErrorGuide.version);
    expect(stateId(view.snapshot)).toBe('restart');
  });

  it('of key error v4: answers replay while they fit, then the merchant continues at the new step', () => {
    // v4 asked about a scam call before the charge check; v5 asks it after the first aid.
    const saved = run(keyErrorGuideV4, [
      'screen.keyError',
      'answer.no',
      'answer.no',
      'answer.no',
    ]).record;
    expect(saved.guideVersion).toBe(4);
    expect(stateId(run(keyErrorGuideV4, ['screen.keyError', 'answer.no']).snapshot)).toBe(
      'scamCall',
    );
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(stateId(view.snapshot)).toBe('wasCharged');
    expect(view.record.guideVersion).toBe(keyErrorGuide.version);
    expect(view.record.log).toEqual(saved.log.slice(0, 2));
    expect(view.record.previousLog).toEqual(saved.log);
    expect(view.record.previousGuideVersion).toBe(4);
    // And it carries on normally.
    expect(stateId(choose(keyErrorGuide, view, 'answer.no', 9999).snapshot)).toBe('restart');
  });

  it('of security lock v2: replayed where the answers fit; a choice that is gone opens read-only', () => {
    const saved = run(securityLockGuideV2, [
      'screen.securityLock',
      'answer.no',
      'answer.no',
    ]).record;
    const view = openIncident(securityLockGuide, saved);
    expect(view.readOnly).toBe(false);
    // v2 asked the charge check after the tamper check; the current guide asks about wrong
    // passwords there: the merchant continues at that question.
    expect(stateId(view.snapshot)).toBe('wrongPasswords');
    expect(view.record.previousGuideVersion).toBe(2);
    // v2's separate "Alert Irruption!" choice is one tamper choice now: not even the first fits.
    const alarm = run(securityLockGuideV2, ['screen.alertIrruption']).record;
    const readOnly = openIncident(securityLockGuide, alarm);
    expect(readOnly.readOnly).toBe(true);
    expect(readOnly.record).toBe(alarm);
  });

  it('of PIN entry v2: 「密码错误」 now opens the wrong-PIN step, where the merchant continues', () => {
    const saved = run(pinEntryGuideV2, ['screen.wrongPin', 'answer.no', 'answer.no']).record;
    const view = openIncident(pinEntryGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(stateId(view.snapshot)).toBe('wrongPinInfo');
    expect(view.record.log).toEqual(saved.log.slice(0, 1));
  });

  it('of PIN entry v3: every answer still fits, so it opens upgraded in place at the same step', () => {
    // v4 only added the tamper alarm to the first question: what v3 recorded still replays.
    expect(choicesOf(pinEntryGuideV3, initialSnapshot(pinEntryGuideV3))).not.toContain(
      'screen.tampered',
    );
    const saved = run(pinEntryGuideV3, ['screen.other', 'answer.yes']).record;
    expect(saved.guideVersion).toBe(3);
    const view = openIncident(pinEntryGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(stateId(view.snapshot)).toBe('stopUsing');
    expect(view.record.guideVersion).toBe(pinEntryGuide.version);
    expect(view.record.log).toEqual(saved.log);
    expect(view.record.previousLog).toBeUndefined();
    expect(view.trail).toEqual(['screen', 'tamperCheck', 'stopUsing']);
    // A finished v3 incident whose answers no longer fit (v3 asked the charge check before the
    // clear key, v5 after it) stays as it ended: read-only.
    const ended = run(pinEntryGuideV3, [
      'screen.keys',
      'answer.no',
      'answer.no',
      'fixed.yes',
    ]).record;
    expect(ended.status).toBe('resolved');
    const endView = openIncident(pinEntryGuide, ended);
    expect(endView.readOnly).toBe(true);
    expect(endView.record).toBe(ended);
  });

  it('of key error v5: waiting for the sign-in after the scam and network checks, it is at the sign-in', () => {
    // v5: restart → scam check → network → sign-in; v6 signs in straight after the restart.
    const saved = run(keyErrorGuideV5, [
      'screen.keyError',
      'answer.no',
      'answer.no',
      'fixed.no',
      'answer.no',
      'answer.yes',
    ]).record;
    expect(stateId(openIncident(keyErrorGuideV5, saved).snapshot)).toBe('signIn');
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(stateId(view.snapshot)).toBe('signIn');
    expect(view.record.log).toEqual(saved.log.slice(0, 4));
    expect(view.record.previousGuideVersion).toBe(5);
  });

  it('of PIN entry v4: a run past the clear key goes on at the clear key, now before the charge check', () => {
    const saved = run(pinEntryGuideV4, [
      'screen.keys',
      'answer.no',
      'answer.no',
      'fixed.no',
    ]).record;
    expect(stateId(openIncident(pinEntryGuideV4, saved).snapshot)).toBe('scamCall');
    const view = openIncident(pinEntryGuide, saved);
    expect(view.readOnly).toBe(false);
    // v4's charge check answer does not fit the clear key, which comes first now.
    expect(stateId(view.snapshot)).toBe('clearKey');
    expect(view.record.log).toEqual(saved.log.slice(0, 2));
    expect(view.record.previousLog).toEqual(saved.log);
    // Also a run as far as v4's `config` (a question that decided nothing, gone in v5).
    const toConfig: ChoiceEvent[] = [
      'screen.keys',
      'answer.no',
      'answer.no',
      'fixed.no',
      'answer.no',
      'answer.yes',
      'answer.yes',
      'answer.yes',
      'answer.yes',
      'answer.yes',
      'answer.no',
      'fixed.no',
      'answer.yes',
    ];
    const atConfig = run(pinEntryGuideV4, toConfig).record;
    expect(stateId(openIncident(pinEntryGuideV4, atConfig).snapshot)).toBe('config');
    const resumed = openIncident(pinEntryGuide, atConfig);
    expect(resumed.readOnly).toBe(false);
    expect(stateId(resumed.snapshot)).toBe('clearKey');
  });

  it('of security lock v3: the wrong-password question, seventh in v3, is where it goes on', () => {
    // v3: screen → tamper → charge → look-only checks → scam → hardware → wrong passwords.
    const saved = run(securityLockGuideV3, [
      'screen.securityLock',
      'answer.no',
      'answer.no',
      'fixed.no',
      'answer.no',
      'answer.no',
    ]).record;
    expect(stateId(openIncident(securityLockGuideV3, saved).snapshot)).toBe('wrongPasswords');
    const view = openIncident(securityLockGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(stateId(view.snapshot)).toBe('wrongPasswords');
    expect(view.record.log).toEqual(saved.log.slice(0, 2));
    expect(view.record.previousLog).toEqual(saved.log);
    expect(stateId(choose(securityLockGuide, view, 'answer.yes', 9999).snapshot)).toBe(
      'passwordReset',
    );
    // An upgrade still waiting in v3 (after its charge check) opens at the wait.
    const waiting = run(securityLockGuideV3, ['screen.upgrading', 'answer.no']).record;
    expect(stateId(openIncident(securityLockGuide, waiting).snapshot)).toBe('waitForUpdate');
  });

  it('a finished v4 / v2 incident whose answers no longer fit stays as it ended', () => {
    for (const [old, current, events] of [
      [
        keyErrorGuideV4,
        keyErrorGuide,
        ['screen.keyError', 'answer.no', 'answer.no', 'answer.no', 'fixed.yes'],
      ],
      [
        pinEntryGuideV2,
        pinEntryGuide,
        ['screen.keys', 'answer.no', 'answer.no', 'answer.no', 'fixed.yes'],
      ],
    ] as const) {
      const saved = run(old, [...events] as ChoiceEvent[]).record;
      expect(saved.status).toBe('resolved');
      const view = openIncident(current, saved);
      expect(view.readOnly).toBe(true);
      expect(view.record).toBe(saved);
    }
  });

  it('whose first answer no longer fits: read-only, never a crash', () => {
    const saved = { ...run(keyErrorGuide, ['screen.keyError']).record, guideVersion: 0 };
    saved.log = [{ from: 'oldFirstQuestion', event: 'answer.yes', at: 1 }];
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(true);
    expect(view.record).toBe(saved);
  });

  it('a finished v1 incident whose answers still reach the same end opens at that end', () => {
    const saved = run(keyErrorGuideV1, [
      'screen.keyError',
      'answer.no',
      'answer.no',
      'fixed.yes',
    ]).record;
    expect(saved.status).toBe('resolved');
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(stateId(view.snapshot)).toBe('resolved');
    expect(view.record).toBe(saved);
  });

  it('of another fault is refused', () => {
    const saved = { ...run(keyErrorGuide, []).record, fault: 'pinEntry' as const };
    expect(() => openIncident(keyErrorGuide, saved)).toThrow();
  });
});

describe('an incident saved by the guides before guides v3 (key error v5, security lock v3, PIN entry v4)', () => {
  it.each([
    [keyErrorGuideV5, keyErrorGuide],
    [securityLockGuideV3, securityLockGuide],
    [pinEntryGuideV4, pinEntryGuide],
  ] as const)(
    'at any step it could reach ($id), opens on the current guide: resumed or read-only, never a crash',
    (old, current) => {
      let resumed = 0;
      let readOnly = 0;
      // One saved incident per reachable snapshot of the old machine (every step, every end).
      for (const p of getShortestPaths(old.machine, { events: allChoiceEvents(old) })) {
        const events = p.steps.slice(1).map((s) => (s.event as { type: ChoiceEvent }).type);
        const saved = run(old, events).record;
        expect(saved.guideVersion).toBe(old.version);
        const view = openIncident(current, saved);
        if (view.readOnly) {
          readOnly++;
          expect(view.record).toBe(saved);
          continue;
        }
        resumed++;
        const s: Snapshot = view.snapshot;
        // A real step of the current guide: an end, or a step that offers a choice.
        if (isDone(s)) expect(metaOf(current, s).kind, stateId(s)).toBe('end');
        else expect(choicesOf(current, s).length, stateId(s)).toBeGreaterThan(0);
        if (saved.status === 'inProgress') expect(view.record.guideVersion).toBe(current.version);
      }
      expect(resumed).toBeGreaterThan(0);
      expect(resumed + readOnly).toBeGreaterThan(20);
    },
  );
});

describe('opening a saved incident whose guide changed where it ended', () => {
  it('a finished incident whose answers now stop before an end opens read-only', () => {
    // v1 ended at `resolved` after restart; on the current guide the same answers are not an end.
    const saved = run(keyErrorGuideV1, ['screen.keyError']).record;
    const finished = { ...saved, status: 'resolved' as const, endState: 'resolved', endedAt: 5 };
    const view = openIncident(keyErrorGuide, finished);
    expect(view.readOnly).toBe(true);
    expect(view.record).toBe(finished);
  });
});

describe('prepareGuide (the first question, worked out at idle before the tap)', () => {
  /**
   * Each side gets its own guide object: the memo is per guide, so no test warms another. Without
   * its facts, so that the walk is what these tests see (a guide without facts: a fixture, a new
   * guide before `npm run guide-facts`).
   */
  const fresh = (guide: Guide): Guide => ({ ...guide, facts: undefined });
  const transitions = (guide: Guide, run: () => void) => {
    const spy = vi.spyOn(guide.machine, 'transition');
    run();
    const n = spy.mock.calls.length;
    spy.mockRestore();
    return n;
  };

  it.each([keyErrorGuide, securityLockGuide, pinEntryGuide])(
    '$id: after it, the first step needs no walk of the guide',
    (guide) => {
      const first = newIncident(guide, { id: 'i1', now: 1 }).snapshot;
      const cold = fresh(guide);
      let expected = 0;
      expect(transitions(cold, () => (expected = longestToEnd(cold, first)))).toBeGreaterThan(10);

      const warm = fresh(guide);
      for (const _ of prepareGuide(warm));
      expect(transitions(warm, () => expect(longestToEnd(warm, first)).toBe(expected))).toBe(0);
    },
  );

  it.each([keyErrorGuide, securityLockGuide, pinEntryGuide, commFailureGuide])(
    '$id: its facts answer every step on the way without a walk, and agree with the walk',
    (guide) => {
      const walked = fresh(guide);
      // Every reachable snapshot (state and context), once.
      for (const p of getShortestPaths(guide.machine, { events: allChoiceEvents(guide) })) {
        const snapshot = p.state as Snapshot;
        if (isDone(snapshot)) continue;
        const known = { ...guide };
        let n = 0;
        expect(transitions(known, () => (n = longestToEnd(known, snapshot)))).toBe(0);
        expect(n, stateId(snapshot)).toBe(longestToEnd(walked, snapshot));
      }
    },
  );

  it('ignores facts of another version of the guide', () => {
    const first = newIncident(securityLockGuide, { id: 'i1', now: 1 }).snapshot;
    const stale: Guide = {
      ...securityLockGuide,
      facts: { ...securityLockGuide.facts!, version: securityLockGuide.version - 1 },
    };
    expect(transitions(stale, () => longestToEnd(stale, first))).toBeGreaterThan(10);
  });

  it('does one transition per piece, and a walk stopped halfway leaves its work to the tap', () => {
    const first = newIncident(securityLockGuide, { id: 'i1', now: 1 }).snapshot;
    const cold = fresh(securityLockGuide);
    let expected = 0;
    const all = transitions(cold, () => (expected = longestToEnd(cold, first)));

    const half = fresh(securityLockGuide);
    const work = prepareGuide(half);
    const pieces = transitions(half, () => {
      for (let i = 0; i < 20; i++) work.next();
    });
    expect(pieces).toBeLessThanOrEqual(20 * 2); // a piece is small: a transition (and its check)
    const rest = transitions(half, () => expect(longestToEnd(half, first)).toBe(expected));
    expect(rest).toBeGreaterThan(0);
    expect(rest).toBeLessThan(all);
    // The stopped walk can still finish, and agrees.
    for (const _ of work);
    expect(longestToEnd(half, first)).toBe(expected);
  });
});
