import { describe, expect, it } from 'vitest';
import { keyErrorGuideV1 } from '../../tests/fixtures/keyError.v1';
import { keyErrorGuide } from '../faults/keyError/keyError.guide';
import type { ChoiceEvent, Guide } from '../faults/types';
import { stateId } from '../faults/engine';
import {
  choose,
  goBack,
  newIncident,
  openIncident,
  pathLength,
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
    expect(stateId(view.snapshot)).toBe('wasCharged');
    view = goBack(keyErrorGuide, view, 2000);
    expect(stateId(view.snapshot)).toBe('scamCall');
    expect(pathLength(view)).toBe(2);
    expect(view.record.log).toHaveLength(4);
    view = startOver(keyErrorGuide, view, 3000);
    expect(stateId(view.snapshot)).toBe('screen');
    expect(pathLength(view)).toBe(0);
    expect(view.trail).toEqual(['screen']);
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
    const saved = run(keyErrorGuide, ['screen.a0', 'answer.no', 'answer.no', 'answer.no']).record;
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(view.record).toBe(saved);
    expect(view.trail).toEqual(['screen', 'exposure', 'scamCall', 'wasCharged', 'signIn']);
  });

  it('of v1 on v2: answers replay while they fit, then the merchant continues at the new step', () => {
    // v1: screen → exposure(no) → wasCharged(no) → restart. v2 put scamCall after exposure.
    const saved = run(keyErrorGuideV1, ['screen.keyError', 'answer.no', 'answer.no']).record;
    expect(saved.guideVersion).toBe(1);
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(stateId(view.snapshot)).toBe('scamCall');
    expect(view.record.guideVersion).toBe(keyErrorGuide.version);
    expect(view.record.log).toEqual(saved.log.slice(0, 2));
    expect(view.record.previousLog).toEqual(saved.log);
    expect(view.record.previousGuideVersion).toBe(1);
    // And it carries on normally.
    const next = choose(keyErrorGuide, view, 'answer.no', 9999);
    expect(stateId(next.snapshot)).toBe('wasCharged');
  });

  it('of v1 whose answers all still fit on v2: upgraded in place', () => {
    const saved = run(keyErrorGuideV1, ['screen.keyError']).record;
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(false);
    expect(view.record.guideVersion).toBe(keyErrorGuide.version);
    expect(stateId(view.snapshot)).toBe('exposure');
  });

  it('whose first answer no longer fits: read-only, never a crash', () => {
    const saved = { ...run(keyErrorGuide, ['screen.keyError']).record, guideVersion: 0 };
    saved.log = [{ from: 'oldFirstQuestion', event: 'answer.yes', at: 1 }];
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(true);
    expect(view.record).toBe(saved);
  });

  it('a finished v1 incident stays as it ended', () => {
    const saved = run(keyErrorGuideV1, [
      'screen.keyError',
      'answer.no',
      'answer.no',
      'fixed.yes',
    ]).record;
    expect(saved.status).toBe('resolved');
    const view = openIncident(keyErrorGuide, saved);
    expect(view.readOnly).toBe(true);
    expect(view.record).toBe(saved);
  });

  it('of another fault is refused', () => {
    const saved = { ...run(keyErrorGuide, []).record, fault: 'pinEntry' as const };
    expect(() => openIncident(keyErrorGuide, saved)).toThrow();
  });
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
