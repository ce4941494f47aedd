import { beforeAll, describe, expect, it } from 'vitest';
import { faults } from '../faults/registry';
import type { ChoiceEvent, FaultId, Guide } from '../faults/types';
import { initialSnapshot, next, stateId } from '../faults/engine';
import type { LogEntry } from '../faults/types';
import { loadScenarios, scenarioById } from './scenarios';
import {
  PENALTY,
  resultOf,
  scenarioStats,
  scoreOf,
  scoreRun,
  shortestCorrectPath,
} from './scoring';
import type { Scenario } from '../faults/scenario';

// Every fault's scenarios load through the registry (see scenarios.ts).
await loadScenarios();

const guides = new Map<FaultId, Guide>();
beforeAll(async () => {
  for (const f of faults) guides.set(f.id, await f.load());
});

const T0 = Date.UTC(2025, 4, 6, 9, 0);

/** A log from answers given 10 s apart; checks each answer is possible where it is given. */
function logOf(guide: Guide, events: ChoiceEvent[]): LogEntry[] {
  let snap = initialSnapshot(guide);
  return events.map((event, i) => {
    const from = stateId(snap);
    snap = next(guide, snap, event);
    return { from, event, at: T0 + (i + 1) * 10_000 };
  });
}

function setup(id: string): { guide: Guide; scenario: Scenario } {
  const scenario = scenarioById(id)!;
  return { scenario, guide: guides.get(scenario.fault)! };
}

describe('shortestCorrectPath', () => {
  it('follows the scenario’s answers to its end', () => {
    const { guide, scenario } = setup('keyError-exposure');
    expect(shortestCorrectPath(guide, scenario)).toEqual([
      { from: 'screen', event: 'screen.keyError' },
      { from: 'exposure', event: 'answer.yes' },
      { from: 'stopCards', event: 'next' },
    ]);
  });

  it('goes through the sign-in for A0', () => {
    const { guide, scenario } = setup('keyError-a0-signIn');
    expect(shortestCorrectPath(guide, scenario)?.map((s) => s.from)).toEqual([
      'screen',
      'exposure',
      'wasCharged',
      'signIn',
    ]);
  });
});

describe('scoreRun', () => {
  it('a perfect run scores 100', () => {
    const { guide, scenario } = setup('keyError-exposure');
    const log = logOf(guide, ['screen.keyError', 'answer.yes', 'next']);
    const score = scoreRun(guide, scenario, log, { startedAt: T0, endedAt: T0 + 30_000 });
    expect(score).toMatchObject({
      score: 100,
      reachedExpectedEnd: true,
      stepsTaken: 3,
      shortestSteps: 3,
      wrongAnswers: 0,
      unsafe: [],
      durationMs: 30_000,
      endState: 'escalatedKeyExposed',
    });
    expect(score.trail).toEqual(['screen', 'exposure', 'stopCards', 'escalatedKeyExposed']);
  });

  it('a run with one wrong and one unsafe choice', () => {
    const { guide, scenario } = setup('keyError-exposure');
    const log = logOf(guide, [
      'screen.a0', // wrong: the screen says 密钥错误 (not a safety check)
      'answer.no', // unsafe: the slot was tampered with; keeps taking cards on an exposed key
      'answer.no', // wasCharged: right
      'fixed.no', // signIn (A0 path): right
      'fixed.no', // restart: right
      'answer.no', // scamCall: right
      'answer.yes', // network: right
      'answer.no', // environment: right
      'fixed.no', // update: right
    ]);
    const score = scoreRun(guide, scenario, log, { startedAt: T0, endedAt: T0 + 95_000 });
    expect(score.endState).toBe('escalatedNewKey');
    expect(score.reachedExpectedEnd).toBe(false);
    expect(score.wrongAnswers).toBe(2);
    expect(score.unsafe).toEqual(['keyExposure']);
    // Both ends are escalations: not the wrong kind of end.
    expect(score.unsafeEnd).toBe(false);
    expect(
      score.steps.filter((s) => s.wrong).map((s) => [s.n, s.from, s.expected, s.unsafe]),
    ).toEqual([
      [1, 'screen', 'screen.keyError', null],
      [2, 'exposure', 'answer.yes', 'keyExposure'],
    ]);
    expect(score.stepsTaken).toBe(9);
    expect(score.shortestSteps).toBe(3);
    expect(score.durationMs).toBe(95_000);
    // 100 − 10 (wrong) − 25 (unsafe) − 30 (wrong end) − 10 (6 extra steps, capped) = 25.
    expect(score.score).toBe(25);
    expect(resultOf(score)).toEqual({
      score: 25,
      reachedExpectedEnd: false,
      stepsTaken: 9,
      shortestSteps: 3,
      wrongAnswers: 2,
      unsafe: ['keyExposure'],
      durationMs: 95_000,
    });
  });

  it('escalating what the counter could fix is unsafe (counterFix)', () => {
    const { guide, scenario } = setup('pinEntry-customerPinTries');
    const log = logOf(guide, [
      'screen.wrongPin', // wrong
      'fixed.no', // wrongPinInfo: another card fails too
      'answer.no', // tamperCheck
      'fixed.no', // clearKey: wrong (the next customer's card works)
      'answer.no', // wasCharged
      'fixed.no', // cancelRestart
      'answer.no', // scamCall
      'answer.yes', // knowsFlow
      'answer.yes', // display
      'answer.yes', // keypad
      'answer.yes', // pinPadStars
      'answer.yes', // power
      'answer.no', // heat
      'fixed.no', // closeApps
      'answer.yes', // network
      'answer.no', // carrier
    ]);
    const score = scoreRun(guide, scenario, log, { startedAt: T0 });
    expect(score.endState).toBe('escalatedSupport');
    expect(score.unsafeEnd).toBe(true);
    expect(score.unsafe).toEqual(['counterFix']);
    expect(score.score).toBeLessThanOrEqual(PENALTY.unsafeCap);
    // No endedAt: the time runs to the last answer.
    expect(score.durationMs).toBe(160_000);
  });

  it('“fixing” what needed the provider is unsafe too, as is missing the tamper', () => {
    const { guide, scenario } = setup('securityLock-tamper');
    const log = logOf(guide, [
      'screen.securityLock', // wrong
      'answer.no', // tamperCheck: unsafe (tamper)
      'answer.yes', // wrongPasswords: wrong
      'fixed.yes', // passwordReset: wrong
      'answer.no', // wasCharged (once unlocked)
    ]);
    const score = scoreRun(guide, scenario, log, { startedAt: T0 });
    expect(score.endState).toBe('resolved');
    expect(score.unsafe).toEqual(['tamper', 'counterFix']);
    expect(score.wrongAnswers).toBe(4);
    expect(score.score).toBe(0);
  });

  it('an unfinished run has no end and has not reached it', () => {
    const { guide, scenario } = setup('keyError-scamCall');
    const score = scoreRun(guide, scenario, logOf(guide, ['screen.keyError']), { startedAt: T0 });
    expect(score.endState).toBeNull();
    expect(score.reachedExpectedEnd).toBe(false);
    expect(score.unsafe).toEqual([]);
    expect(score.trail).toEqual(['screen', 'exposure']);
  });

  it('wrong answers at a scam check count as unsafe (would talk to the caller)', () => {
    const { guide, scenario } = setup('keyError-scamCall');
    const log = logOf(guide, [
      'screen.keyError',
      'answer.no', // exposure
      'answer.no', // wasCharged
      'fixed.no', // restart
      'fixed.no', // signIn
      'answer.no', // scamCall: unsafe (there was a call)
      'answer.yes', // network
      'answer.no', // environment
      'fixed.yes', // update
    ]);
    const score = scoreRun(guide, scenario, log, { startedAt: T0 });
    expect(score.reachedExpectedEnd).toBe(true);
    expect(score.unsafe).toEqual(['scam']);
    expect(score.score).toBe(40); // 100 − 25 = 75, capped at 40
  });
});

describe('scoreOf', () => {
  it('takes off points per the formula and clamps', () => {
    const base = { wrongNotUnsafe: 0, unsafe: 0, reachedExpectedEnd: true, extraSteps: 0 };
    expect(scoreOf(base)).toBe(100);
    expect(scoreOf({ ...base, wrongNotUnsafe: 2, extraSteps: 3 })).toBe(74);
    expect(scoreOf({ ...base, extraSteps: 50 })).toBe(90);
    expect(scoreOf({ ...base, reachedExpectedEnd: false })).toBe(70);
    expect(scoreOf({ ...base, unsafe: 1 })).toBe(40);
    expect(scoreOf({ ...base, unsafe: 5, wrongNotUnsafe: 5 })).toBe(0);
  });
});

describe('scenarioStats', () => {
  it('counts runs, averages finished scores and finds the step most trainees miss', () => {
    const scenario = scenarioById('keyError-exposure')!;
    const run = (log: [string, ChoiceEvent][], score?: number) => ({
      scenarioId: scenario.id,
      status: score === undefined ? 'inProgress' : 'finished',
      log: log.map(([from, event], i) => ({ from, event, at: T0 + i })),
      ...(score === undefined ? {} : { result: { score } }),
    });
    const stats = scenarioStats(
      [
        run(
          [
            ['screen', 'screen.keyError'],
            ['exposure', 'answer.no'],
            ['scamCall', 'answer.no'],
          ],
          40,
        ),
        run(
          [
            ['screen', 'screen.a0'],
            ['exposure', 'answer.no'],
          ],
          20,
        ),
        run(
          [
            ['screen', 'screen.keyError'],
            ['exposure', 'answer.yes'],
            ['stopCards', 'next'],
          ],
          100,
        ),
        run([['screen', 'screen.a0']]),
        { scenarioId: 'other', status: 'finished', log: [], result: { score: 0 } },
      ],
      [scenario, scenarioById('keyError-a0-signIn')!],
    );
    expect(stats).toEqual([
      {
        scenarioId: 'keyError-exposure',
        runs: 4,
        finished: 3,
        averageScore: 53,
        // screen and exposure were both missed by two runs; the earlier step wins the tie.
        mostMissed: { stateId: 'screen', trainees: 2 },
      },
    ]);
  });
});
