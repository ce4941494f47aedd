/**
 * A practice run, or a trainer's session plan, as the text of a QR code: the hand-in that needs
 * no network. Pure.
 *
 * Compact and versioned: a JSON array (no field names), ASCII only (non-ASCII characters of a
 * trainee's name as \u escapes, so every decoder reads the bytes the same way whatever
 * character set it guesses):
 *
 *   run   ["PR",1,"r", id, scenarioId, guideVersion, trainee, startedAt, [event…], [ms…], endMs]
 *   plan  ["PR",1,"p", [scenarioId…]]
 *
 * where ms are the milliseconds from the run's start (first answer) or from the previous answer,
 * and endMs is endedAt − startedAt. Only the answers travel: the states they were given at,
 * the end reached and the score are rebuilt on the trainer's phone by replaying the answers on
 * its own guide (`runFromCode`), so a code cannot carry a made-up score.
 *
 * Untrusted like every import (backup/backup.schema.ts, runFile.ts): size first, JSON.parse with
 * the hostile-key reviver, the marker and version, the valibot schema (the card-data guard over
 * the trainee's name included), and the answers must fit the guide; else refused, nothing
 * changed.
 */
import * as v from 'valibot';
import { initialSnapshot, isDone, next, choicesOf, stateId } from '../faults/engine';
import type { Scenario } from '../faults/scenario';
import type { ChoiceEvent, Guide, LogEntry } from '../faults/types';
import { HostileInput, refuseHostile, tooLarge } from '../rules/untrustedJson';
import type { PracticeRunRecord } from '../storage/records';
import { TraineeName } from './runFile';
import { resultOf, scoreRun } from './scoring';

export const CODE_MARK = 'PR';
export const CODE_VERSION = 1;
/** A QR code of version 40, level L, holds 2,953 bytes; a phone scans far smaller ones well. */
export const MAX_CODE_BYTES = 1200;
const MAX_ANSWERS = 200;
const MAX_PLAN = 50;

const Id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(100));
const Ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 24 * 3600 * 1000));

const RunCode = v.strictTuple([
  v.literal(CODE_MARK),
  v.literal(CODE_VERSION),
  v.literal('r'),
  Id,
  Id,
  v.pipe(v.number(), v.integer(), v.minValue(0)),
  TraineeName,
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15)),
  v.pipe(v.array(v.pipe(v.string(), v.nonEmpty(), v.maxLength(60))), v.maxLength(MAX_ANSWERS)),
  v.pipe(v.array(Ms), v.maxLength(MAX_ANSWERS)),
  Ms,
]);

const PlanCode = v.strictTuple([
  v.literal(CODE_MARK),
  v.literal(CODE_VERSION),
  v.literal('p'),
  v.pipe(v.array(Id), v.minLength(1), v.maxLength(MAX_PLAN)),
]);

export interface CodedRun {
  id: string;
  scenarioId: string;
  guideVersion: number;
  trainee: string;
  startedAt: number;
  events: string[];
  /** Milliseconds since the previous answer (the start for the first). */
  gaps: number[];
  endMs: number;
}

export type CodeError =
  | { code: 'notOurs' }
  | { code: 'newer' }
  | { code: 'invalid' }
  | { code: 'hostile' }
  | { code: 'unknownScenario' }
  | { code: 'notFitting' };

export type ParsedCode =
  | { ok: true; kind: 'run'; run: CodedRun }
  | { ok: true; kind: 'plan'; scenarioIds: string[] }
  | { ok: false; error: CodeError };

/** JSON with every non-ASCII character escaped: the code's bytes are plain ASCII. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/** The code of a run (finished or not): its answers and their times. */
export function runCodeText(run: PracticeRunRecord): string {
  const answers = run.log.filter((e) => e.event !== 'back');
  let prev = run.startedAt;
  const gaps = answers.map((e) => {
    const gap = Math.max(0, Math.round(e.at - prev));
    prev = e.at;
    return gap;
  });
  const end = Math.max(0, Math.round((run.endedAt ?? prev) - run.startedAt));
  return asciiJson([
    CODE_MARK,
    CODE_VERSION,
    'r',
    run.id,
    run.scenarioId,
    run.guideVersion,
    run.trainee,
    Math.round(run.startedAt),
    answers.map((e) => e.event),
    gaps,
    end,
  ]);
}

export function planCodeText(scenarioIds: readonly string[]): string {
  return asciiJson([CODE_MARK, CODE_VERSION, 'p', [...scenarioIds]]);
}

const fail = (code: CodeError['code']): ParsedCode => ({ ok: false, error: { code } });

/** Reads a scanned text. Never throws. */
export function parseCode(text: string): ParsedCode {
  if (typeof text !== 'string' || tooLarge(text, MAX_CODE_BYTES)) return fail('notOurs');
  let json: unknown;
  try {
    json = JSON.parse(text, refuseHostile);
  } catch (e) {
    return fail(e instanceof HostileInput ? 'hostile' : 'notOurs');
  }
  if (!Array.isArray(json) || json[0] !== CODE_MARK) return fail('notOurs');
  if (json[1] !== CODE_VERSION) {
    return fail(typeof json[1] === 'number' && json[1] > CODE_VERSION ? 'newer' : 'invalid');
  }
  if (json[2] === 'p') {
    const plan = v.safeParse(PlanCode, json);
    return plan.success
      ? { ok: true, kind: 'plan', scenarioIds: [...plan.output[3]] }
      : fail('invalid');
  }
  const parsed = v.safeParse(RunCode, json);
  if (!parsed.success) return fail('invalid');
  const [, , , id, scenarioId, guideVersion, trainee, startedAt, events, gaps, endMs] =
    parsed.output;
  if (events.length !== gaps.length) return fail('invalid');
  return {
    ok: true,
    kind: 'run',
    run: { id, scenarioId, guideVersion, trainee, startedAt, events, gaps, endMs },
  };
}

/**
 * The run record rebuilt on this phone: each answer replayed on the guide (it must be one of the
 * choices of the state reached), the score computed here. An error when the answers do not fit.
 */
export function runFromCode(
  coded: CodedRun,
  guide: Guide,
  scenario: Scenario | undefined,
): { ok: true; run: PracticeRunRecord } | { ok: false; error: CodeError } {
  if (!scenario || scenario.fault !== guide.id)
    return { ok: false, error: { code: 'unknownScenario' } };
  let snapshot = initialSnapshot(guide);
  const log: LogEntry[] = [];
  let at = coded.startedAt;
  for (let i = 0; i < coded.events.length; i++) {
    const event = coded.events[i] as ChoiceEvent;
    if (isDone(snapshot) || !choicesOf(guide, snapshot).includes(event)) {
      return { ok: false, error: { code: 'notFitting' } };
    }
    at += coded.gaps[i]!;
    log.push({ from: stateId(snapshot), event, at });
    snapshot = next(guide, snapshot, event);
  }
  const done = isDone(snapshot);
  const endedAt = Math.max(at, coded.startedAt + coded.endMs);
  const base: PracticeRunRecord = {
    id: coded.id,
    scenarioId: coded.scenarioId,
    fault: scenario.fault,
    guideVersion: coded.guideVersion,
    trainee: coded.trainee,
    startedAt: coded.startedAt,
    updatedAt: done ? endedAt : at,
    status: done ? 'finished' : 'inProgress',
    log,
  };
  if (!done) return { ok: true, run: base };
  const score = scoreRun(guide, scenario, log, { startedAt: coded.startedAt, endedAt });
  return {
    ok: true,
    run: {
      ...base,
      endedAt,
      endState: stateId(snapshot),
      result: resultOf(score),
    },
  };
}
