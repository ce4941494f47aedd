/**
 * Every practice scenario is checked against its guide's machine: one observation for every
 * non-end state (exactly), answers that the state offers, and answers that lead from the first
 * question to the expected end. A deliberately broken copy shows a stale scenario fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { faults } from '../faults/registry';
import type { FaultId, Guide, StepMeta } from '../faults/types';
import { initialSnapshot, next, stateId, stateIds } from '../faults/engine';
import { checkScenario, nonEndStates } from './scenarioCheck';
import { loadScenarios, scenarios } from './scenarios';
import { shortestCorrectPath } from './scoring';
import type { Scenario } from '../faults/scenario';

// Every fault's scenarios load through the registry (see scenarios.ts).
await loadScenarios();

const guides = new Map<FaultId, Guide>();
beforeAll(async () => {
  for (const f of faults) guides.set(f.id, await f.load());
});
const guideOf = (s: Scenario): Guide => guides.get(s.fault)!;

describe('the scenario set', () => {
  it('has at least three scenarios per fault, nine in all, with unique ids', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(9);
    for (const f of faults) {
      expect(scenarios.filter((s) => s.fault === f.id).length).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it.each([
    ['a key error fixed by a manual sign-in (A0)', 'keyError-a0-signIn', 'signIn'],
    ['a possible key exposure: stop taking cards', 'keyError-exposure', 'stopCards'],
    ['a scam “key upgrade” call', 'keyError-scamCall', 'scamWarning'],
    ['a lock from too many wrong passwords', 'securityLock-wrongPasswords', 'passwordReset'],
    ['a lock during a system update', 'securityLock-update', 'waitForUpdate'],
    ['a tamper lock', 'securityLock-tamper', 'stopUsing'],
    ['a relocation lock', 'securityLock-relocation', 'lookChecks'],
    ['a PIN pad dead key', 'pinEntry-deadKey', 'keypad'],
    [
      'a customer whose PIN tries are used up (75)',
      'pinEntry-customerPinTries',
      'customerPinTries',
    ],
    ['a network fault', 'keyError-network', 'fixRouter'],
    ['a tamper alarm on the PIN screen', 'pinEntry-tamper', 'stopUsing'],
  ])('includes %s, whose right path goes through its key step', (_what, id, keyStep) => {
    const scenario = scenarios.find((s) => s.id === id);
    expect(scenario).toBeDefined();
    const path = shortestCorrectPath(guideOf(scenario!), scenario!);
    expect(path?.map((p) => p.from)).toContain(keyStep);
  });

  it.each([
    ['the possible key exposure', 'keyError-exposure', 'escalatedKeyExposed'],
    ['the tamper alarm on the PIN screen', 'pinEntry-tamper', 'escalatedTamper'],
  ])('%s ends with card payments stopped', (_what, id, end) => {
    const scenario = scenarios.find((s) => s.id === id)!;
    const guide = guideOf(scenario);
    let snap = initialSnapshot(guide);
    for (const step of shortestCorrectPath(guide, scenario)!) snap = next(guide, snap, step.event);
    expect(stateId(snap)).toBe(end);
    expect(snap.hasTag('stopCardPayments')).toBe(true);
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  it('describes exactly the non-end states of its guide', () => {
    const guide = guideOf(scenario);
    expect(new Set(Object.keys(scenario.observations))).toEqual(new Set(nonEndStates(guide)));
  });

  it('answers, at every state, a choice that state offers', () => {
    const guide = guideOf(scenario);
    for (const [id, obs] of Object.entries(scenario.observations)) {
      const meta = (guide.machine.root.states[id] as { meta?: StepMeta }).meta;
      expect(meta?.kind, id).not.toBe('end');
      if (meta?.kind !== 'end') expect(meta?.choices, id).toContain(obs.answer);
    }
  });

  it('leads from the first question to its expected end (the shortest correct path exists)', () => {
    const guide = guideOf(scenario);
    expect(stateIds(guide)).toContain(scenario.expectedEnd);
    const path = shortestCorrectPath(guide, scenario);
    expect(path).not.toBeNull();
    let snap = initialSnapshot(guide);
    for (const step of path!) {
      expect(stateId(snap)).toBe(step.from);
      expect(step.event).toBe(scenario.observations[step.from]!.answer);
      snap = next(guide, snap, step.event);
    }
    expect(snap.status).toBe('done');
    expect(stateId(snap)).toBe(scenario.expectedEnd);
  });

  it('passes checkScenario and has text in both languages', () => {
    expect(checkScenario(guideOf(scenario), scenario)).toEqual([]);
    for (const bi of [scenario.title, scenario.rootCause]) {
      expect(bi.zh.trim()).not.toBe('');
      expect(bi.en.trim()).not.toBe('');
    }
    for (const obs of Object.values(scenario.observations)) {
      expect(obs.screen.zh.trim()).not.toBe('');
      expect(obs.screen.en.trim()).not.toBe('');
    }
  });
});

describe('a scenario out of step with its guide fails', () => {
  const original = scenarios.find((s) => s.id === 'keyError-a0-signIn')!;
  const copy = (): Scenario => structuredClone(original);

  it('naming a state the machine no longer has (a renamed state)', () => {
    const broken = copy();
    // As if the guide had once had `manualSignIn`, since renamed `signIn`.
    broken.observations.manualSignIn = broken.observations.signIn!;
    delete broken.observations.signIn;
    const problems = checkScenario(guideOf(broken), broken);
    expect(problems).toContain(`observation for 'manualSignIn', which the machine does not have`);
    expect(problems).toContain(`no observation for 'signIn'`);
    expect(new Set(Object.keys(broken.observations))).not.toEqual(
      new Set(nonEndStates(guideOf(broken))),
    );
  });

  it('missing a state off the right path', () => {
    const broken = copy();
    delete broken.observations.moveTerminal;
    expect(checkScenario(guideOf(broken), broken)).toEqual([`no observation for 'moveTerminal'`]);
  });

  it('answering with a choice the state does not offer', () => {
    const broken = copy();
    broken.observations.exposure!.answer = 'fixed.yes';
    expect(checkScenario(guideOf(broken), broken)).toEqual([
      `answer 'fixed.yes' at 'exposure' is not one of its choices`,
    ]);
  });

  it('expecting an end its answers never reach', () => {
    const broken = copy();
    broken.expectedEnd = 'escalatedNewKey';
    expect(shortestCorrectPath(guideOf(broken), broken)).toBeNull();
    expect(checkScenario(guideOf(broken), broken)).toEqual([
      `the answers do not lead from the first question to 'escalatedNewKey'`,
    ]);
  });

  it('expecting a state that is not an end, or describing an end', () => {
    const broken = copy();
    broken.expectedEnd = 'signIn';
    broken.observations.resolved = broken.observations.signIn!;
    expect(checkScenario(guideOf(broken), broken)).toEqual([
      `observation for the end state 'resolved'`,
      `expected end 'signIn' is not an end state`,
    ]);
  });
});
