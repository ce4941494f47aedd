// The training-session features, pure: QR codes of runs and plans (round trip and every refusal),
// the trainer's overview, the session plan's progress, one CSV row per answer, the simulated
// terminal's reactions, neutral titles and the practice text in both languages. Runs are walked
// on the real machines along each scenario's own answers (no state names copied here), so a
// guide rewrite keeps these tests meaningful.
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { choicesOf, initialSnapshot, isDone, next, stateId } from '../faults/engine';
import { faults } from '../faults/registry';
import type { Scenario } from '../faults/scenario';
import type { ChoiceEvent, FaultId, Guide, LogEntry } from '../faults/types';
import { loadUi } from '../i18n/i18n';
import { formatDuration } from '../i18n/format';
import type { UiText } from '../i18n/ui.en';
import type { PracticeRunRecord } from '../storage/records';
import { stepsCsvRows, toCsv } from './csv';
import { learnerGrid, mostMissedSteps } from './overview';
import { planProgress, readPlan } from './plan';
import { practiceText } from './practice.text';
import {
  MAX_CODE_BYTES,
  parseCode,
  planCodeText,
  runCodeText,
  runFromCode,
  type CodedRun,
} from './runCode';
import { loadScenarios, scenarioById, scenarios } from './scenarios';

// Every fault's scenarios load through the registry (see scenarios.ts).
await loadScenarios();
import { resultOf, scoreRun } from './scoring';
import { iconsAt, reactionTo, screenAt } from './terminal';

const guides: Partial<Record<FaultId, Guide>> = {};
let en: UiText;
let zh: UiText;
beforeAll(async () => {
  for (const f of faults) guides[f.id] = await f.load();
  en = await loadUi('en');
  zh = await loadUi('zh');
});

const T0 = Date.UTC(2026, 11, 1, 9, 0);

/** Every scenario, for a check that loops over them: never an empty loop that passes. */
function everyScenario(): readonly Scenario[] {
  expect(new Set(scenarios.map((s) => s.fault))).toEqual(new Set(faults.map((f) => f.id)));
  return scenarios;
}
const guideOf = (s: Scenario) => guides[s.fault]!;

/**
 * A finished run of `scenario` by `trainee`: the scenario's own answers, except that at the
 * first `wrongAt` steps where another choice exists, that other choice is given. 7 s a step.
 */
function playRun(
  scenario: Scenario,
  trainee: string,
  startedAt: number,
  opts: { wrong?: number; id?: string } = {},
): PracticeRunRecord {
  const guide = guideOf(scenario);
  let snap = initialSnapshot(guide);
  const log: LogEntry[] = [];
  let wrongLeft = opts.wrong ?? 0;
  let at = startedAt;
  while (!isDone(snap) && log.length < 100) {
    const from = stateId(snap);
    const right = scenario.observations[from]!.answer;
    const other = choicesOf(guide, snap).find((c) => c !== right);
    let event: ChoiceEvent = right;
    if (wrongLeft > 0 && other) {
      // A wrong answer that still leads on (never straight into an end): the run goes on.
      const after = next(guide, snap, other);
      if (!isDone(after)) {
        event = other;
        wrongLeft -= 1;
      }
    }
    at += 7_000;
    log.push({ from, event, at });
    snap = next(guide, snap, event);
  }
  const score = scoreRun(guide, scenario, log, { startedAt, endedAt: at });
  return {
    id: opts.id ?? `${trainee}-${scenario.id}-${startedAt}`,
    scenarioId: scenario.id,
    fault: scenario.fault,
    guideVersion: guide.version,
    trainee,
    startedAt,
    updatedAt: at,
    endedAt: at,
    status: 'finished',
    endState: stateId(snap),
    log,
    result: resultOf(score),
  };
}

describe('a run as a QR code', () => {
  it('round-trips every scenario: same answers, times, end and score, rebuilt here', () => {
    for (const scenario of everyScenario()) {
      const run = playRun(scenario, '李娜', T0, { wrong: 1 });
      const text = runCodeText(run);
      expect(text).toMatch(/^[\x20-\x7e]+$/); // ASCII only: no decoder guesses a charset
      expect(text.length).toBeLessThan(MAX_CODE_BYTES);
      const parsed = parseCode(text);
      if (!parsed.ok || parsed.kind !== 'run') throw new Error(`${scenario.id}: not read back`);
      const rebuilt = runFromCode(parsed.run, guideOf(scenario), scenario);
      if (!rebuilt.ok) throw new Error(`${scenario.id}: ${rebuilt.error.code}`);
      expect(rebuilt.run).toEqual(run);
    }
  });

  it('is compact: a typical ten-answer run fits a small code', () => {
    const scenario = scenarioById('keyError-exposure')!;
    const run = playRun(scenario, 'Li', T0, { wrong: 2 });
    expect(run.log.length).toBeGreaterThanOrEqual(5);
    expect(runCodeText(run).length).toBeLessThan(400);
  });

  it('never trusts a score: only answers travel, the score is computed on this phone', () => {
    const scenario = scenarioById('keyError-exposure')!;
    const run = playRun(scenario, 'Li', T0, { wrong: 2 });
    const forged = { ...run, result: { ...run.result!, score: 100 } };
    const parsed = parseCode(runCodeText(forged));
    if (!parsed.ok || parsed.kind !== 'run') throw new Error('not read');
    const rebuilt = runFromCode(parsed.run, guideOf(scenario), scenario);
    expect(rebuilt.ok && rebuilt.run.result?.score).toBe(run.result!.score);
    expect(run.result!.score).toBeLessThan(100);
  });

  const good = (): unknown[] =>
    JSON.parse(runCodeText(playRun(scenarioById('keyError-a0-signIn')!, 'Li', T0))) as unknown[];

  it.each([
    ['not JSON', 'https://example.test/pay', 'notOurs'],
    ['another app’s JSON', '{"a":1}', 'notOurs'],
    ['too large', '["PR",1,"r","' + 'x'.repeat(MAX_CODE_BYTES) + '"]', 'notOurs'],
    ['a newer version', '["PR",2,"r"]', 'newer'],
    ['a prototype-polluting key', '["PR",1,"p",{"__proto__":{"x":1}}]', 'hostile'],
    ['a plan without scenarios', '["PR",1,"p",[]]', 'invalid'],
  ])('refuses %s', (_what, text, code) => {
    expect(parseCode(text)).toEqual({ ok: false, error: { code } });
  });

  it('refuses a damaged run: wrong field types, counts that differ, card data as a name', () => {
    const cases: ((a: unknown[]) => void)[] = [
      (a) => (a[7] = 'yesterday'),
      (a) => (a[9] = (a[9] as number[]).slice(1)),
      (a) => (a[6] = '6222021234567890123'),
      (a) => (a[9] = (a[9] as number[]).map(() => -5)),
      (a) => a.push('extra'),
    ];
    for (const damage of cases) {
      const a = good();
      damage(a);
      expect(parseCode(JSON.stringify(a))).toEqual({ ok: false, error: { code: 'invalid' } });
    }
  });

  it('refuses answers that do not fit this phone’s guide, and an unknown scenario', () => {
    const scenario = scenarioById('keyError-a0-signIn')!;
    const a = good();
    (a[8] as string[])[0] = 'answer.maybe';
    const parsed = parseCode(JSON.stringify(a));
    if (!parsed.ok || parsed.kind !== 'run') throw new Error('should parse');
    expect(runFromCode(parsed.run, guideOf(scenario), scenario)).toEqual({
      ok: false,
      error: { code: 'notFitting' },
    });
    const coded: CodedRun = { ...parsed.run, scenarioId: 'nope' };
    expect(runFromCode(coded, guideOf(scenario), undefined).ok).toBe(false);
  });
});

describe('a session plan as a QR code', () => {
  it('round-trips the trainer’s scenarios in order', () => {
    const ids = [scenarios[3]!.id, scenarios[0]!.id];
    expect(parseCode(planCodeText(ids))).toEqual({ ok: true, kind: 'plan', scenarioIds: ids });
  });

  it('tells the trainee what comes next, from their runs since the plan arrived', () => {
    const [a, b] = [scenarios[0]!, scenarios[5]!];
    const plan = readPlan({ scenarioIds: [a.id, b.id], since: T0 })!;
    const before = playRun(a, 'Li', T0 - 60_000);
    expect(planProgress(plan, scenarios, [before], 'Li').next).toBe(a);
    const runs = [before, playRun(a, 'li ', T0 + 1)];
    const p = planProgress(plan, scenarios, runs, 'Li');
    expect(p.done).toBe(1);
    expect(p.next).toBe(b);
    expect(planProgress(plan, scenarios, runs, 'Wang').done).toBe(0);
    expect(readPlan({ scenarioIds: 'x' })).toBeNull();
    expect(readPlan(null)).toBeNull();
  });
});

describe('the trainer’s overview', () => {
  it('grids learners × scenarios with best, latest and attempts; first vs latest per learner', () => {
    const [s1, s2] = [scenarios[0]!, scenarios[4]!];
    const runs = [
      playRun(s1, 'Li', T0, { wrong: 2 }),
      playRun(s1, 'Li', T0 + 100_000),
      playRun(s2, 'Li', T0 + 200_000, { wrong: 1 }),
      playRun(s1, 'Wang', T0 + 50_000, { wrong: 1 }),
    ];
    const score = (i: number) => runs[i]!.result!.score;
    const { learners, scenarioIds } = learnerGrid(runs, scenarios);
    expect(scenarioIds).toEqual([s1.id, s2.id]);
    expect(learners.map((l) => l.name)).toEqual(['Li', 'Wang']);
    const li = learners[0]!;
    expect(li.cells[s1.id]).toMatchObject({
      attempts: 2,
      best: Math.max(score(0), score(1)),
      latest: score(1),
      runIds: [runs[1]!.id, runs[0]!.id],
    });
    expect(li.first).toBe(score(0));
    expect(li.last).toBe(score(2));
    expect(learners[1]!.cells[s2.id]).toBeUndefined();
  });

  it('ranks the steps the most trainees missed across the group', () => {
    const s = scenarios[0]!;
    const runs = [
      playRun(s, 'Li', T0, { wrong: 1 }),
      playRun(s, 'Li', T0 + 1, { wrong: 1 }),
      playRun(s, 'Wang', T0 + 2, { wrong: 1 }),
      playRun(s, 'Zhao', T0 + 3),
    ];
    const first = runs[0]!.log.find((e) => e.event !== s.observations[e.from]!.answer)!;
    const { steps, trainees } = mostMissedSteps(runs, scenarios);
    expect(trainees).toBe(3);
    expect(steps[0]).toEqual({ fault: s.fault, stateId: first.from, trainees: 2, times: 3 });
  });
});

describe('one CSV row per answer', () => {
  it('has every step with its kind and time, Chinese headers in Chinese, formula-safe', async () => {
    const s = scenarioById('keyError-exposure')!;
    const run = playRun(s, '=HYPERLINK("x")', T0, { wrong: 2 });
    const rows = stepsCsvRows([run], scenarios, guides, 'zh', zh);
    expect(rows).toHaveLength(1 + run.log.length);
    expect(rows[0]![0]).toBe('日期');
    expect(rows[0]).toContain('本步用时（秒）');
    const parsed = Papa.parse<string[]>((await toCsv(rows)).slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(parsed[1]![1]).toBe(`'=HYPERLINK("x")`);
    const kinds = parsed.slice(1).map((r) => r[10]);
    const score = scoreRun(guideOf(s), s, run.log, { startedAt: T0, endedAt: run.endedAt! });
    expect(kinds).toEqual(score.steps.map((st) => practiceText.zh.stepKind[st.kind]));
    expect(kinds).toContain('最佳');
    expect(parsed.slice(1).every((r) => r[12] === '7')).toBe(true);
    const enRows = stepsCsvRows([run], scenarios, guides, 'en', en);
    expect(enRows[0]![12]).toBe('Seconds on the step');
  });
});

describe('one time format', () => {
  it('truncates to whole seconds the same way everywhere', () => {
    expect(formatDuration(1_600, en)).toBe('1 s');
    expect(formatDuration(999, en)).toBe('0 s');
    expect(formatDuration(95_400, zh)).toBe('1 分 35 秒');
  });
});

describe('the operable terminal', () => {
  it('every scenario answers every action, and a sign-in that works in A0 lasts', () => {
    for (const s of everyScenario()) {
      const obs = Object.values(s.observations)[0]!;
      for (const a of ['signIn', 'restartApp', 'longPressClear', 'testSale', 'reprint'] as const) {
        expect(reactionTo(s, obs, a), `${s.id} ${a}`).toBeDefined();
      }
    }
    const a0 = scenarioById('keyError-a0-signIn')!;
    const first = Object.values(a0.observations)[0]!;
    const signIn = reactionTo(a0, first, 'signIn')!;
    expect(signIn.lasting).toBe(true);
    expect(signIn.screen.zh).toContain('签到成功');
    // Later steps show the success, whatever their own screen says.
    const later = Object.values(a0.observations).at(-1)!;
    expect(screenAt(later, undefined, signIn).zh).toContain('签到成功');
    expect(screenAt(later, undefined, null)).toEqual(later.screen);
  });

  it('shows the lock icon on a security lock and the network icon off when the network is down', () => {
    for (const s of everyScenario().filter((x) => x.fault === 'securityLock')) {
      expect(iconsAt(s, Object.values(s.observations)[0]!).locked).toBe(true);
    }
    const net = scenarioById('keyError-network')!;
    expect(iconsAt(net, Object.values(net.observations)[0]!).signal).toBe(false);
    const a0 = scenarioById('keyError-a0-signIn')!;
    expect(iconsAt(a0, Object.values(a0.observations)[0]!)).toEqual({
      signal: true,
      locked: false,
    });
  });
});

describe('scenario titles', () => {
  // Words that name a cause rather than what the cashier sees.
  const CAUSES =
    /签到|泄露|诈骗|骗|网络|升级|移机|防拆|失灵|松|超限|sign-in|expos|scam|network|upgrade|tamper|cable|dead|relocat|tries/i;
  it('say the symptom, never the cause, and differ within a fault', () => {
    for (const s of everyScenario()) {
      expect(s.title.zh, s.id).not.toMatch(CAUSES);
      expect(s.title.en, s.id).not.toMatch(CAUSES);
    }
    for (const f of faults) {
      const mine = scenarios.filter((s) => s.fault === f.id);
      expect(new Set(mine.map((s) => s.title.zh)).size).toBe(mine.length);
      expect(new Set(mine.map((s) => s.title.en)).size).toBe(mine.length);
    }
  });
});

describe('practice text', () => {
  const keys = (o: unknown, p = ''): string[] =>
    o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => keys(v, `${p}.${k}`)) : [p];
  it('has the same keys in both languages, none empty', () => {
    expect(keys(practiceText.zh)).toEqual(keys(practiceText.en));
    const values = (o: unknown): string[] =>
      o && typeof o === 'object' ? Object.values(o).flatMap(values) : [String(o)];
    expect(values(practiceText.zh).every((v) => v.trim().length > 0)).toBe(true);
  });
});
