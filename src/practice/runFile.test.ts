import { describe, expect, it } from 'vitest';
import type { PracticeRunRecord } from '../storage/records';
import {
  isReadableRun,
  parseRunsFile,
  RUNS_FORMAT,
  runsFileText,
  type RunsFileError,
} from './runFile';

const T0 = Date.UTC(2025, 4, 6, 9, 0);

function finished(id = 'run-1'): PracticeRunRecord {
  return {
    id,
    scenarioId: 'keyError-exposure',
    fault: 'keyError',
    guideVersion: 3,
    trainee: '李',
    startedAt: T0,
    updatedAt: T0 + 60_000,
    endedAt: T0 + 60_000,
    status: 'finished',
    endState: 'escalatedKeyExposed',
    log: [
      { from: 'screen', event: 'screen.keyError', at: T0 + 10_000 },
      { from: 'exposure', event: 'answer.yes', at: T0 + 20_000 },
      { from: 'stopCards', event: 'next', at: T0 + 60_000 },
    ],
    result: {
      score: 100,
      reachedExpectedEnd: true,
      stepsTaken: 3,
      shortestSteps: 3,
      wrongAnswers: 0,
      unsafe: [],
      durationMs: 60_000,
    },
  };
}

const unfinished: PracticeRunRecord = {
  id: 'run-2',
  scenarioId: 'pinEntry-deadKey',
  fault: 'pinEntry',
  guideVersion: 1,
  trainee: 'Wang',
  startedAt: T0,
  updatedAt: T0,
  status: 'inProgress',
  log: [],
};

const goodText = () => runsFileText([finished(), unfinished], T0 + 120_000);

/** The good file with one field replaced (DELETE removes it), as JSON text. */
const DELETE = Symbol('delete');
function edited(path: string, value: unknown): string {
  const json = JSON.parse(goodText()) as Record<string, unknown>;
  const keys = path.split('.');
  let target = json;
  for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === DELETE) delete target[last];
  else target[last] = value;
  return JSON.stringify(json);
}

/** The good file with raw JSON text spliced in at a field (for keys JSON.stringify would drop). */
function withRaw(path: string, raw: string): string {
  const marker = '"__RAW__"';
  return edited(path, '__RAW__').replace(marker, raw);
}

describe('runs file round trip', () => {
  it('exports and reads back the same runs', () => {
    const result = parseRunsFile(goodText());
    expect(result).toEqual({ ok: true, runs: [finished(), unfinished], exportedAt: T0 + 120_000 });
  });

  it('trims the trainee name and drops keys it does not know', () => {
    const json = JSON.parse(edited('runs.0.trainee', '  Li  ')) as { runs: object[] };
    json.runs[0] = { ...json.runs[0], extra: 1 };
    const result = parseRunsFile(JSON.stringify(json));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.runs[0]!.trainee).toBe('Li');
      expect(result.runs[0]).not.toHaveProperty('extra');
    }
  });

  it('isReadableRun tells a usable stored run from a loose one', () => {
    expect(isReadableRun(finished())).toBe(true);
    expect(isReadableRun({ id: 'x', updatedAt: 1 })).toBe(false);
  });
});

describe('bad files are refused with a clear reason', () => {
  const corpus: [string, string, RunsFileError | { code: 'invalid' }][] = [
    ['too large', goodText(), { code: 'tooLarge', maxBytes: 100 }],
    ['empty', '', { code: 'notJson' }],
    ['truncated', goodText().slice(0, 200), { code: 'notJson' }],
    ['not JSON at all', 'trainee,score\nLi,100', { code: 'notJson' }],
    ['an array', '[]', { code: 'notRunsFile' }],
    ['null', 'null', { code: 'notRunsFile' }],
    ['another format (a backup)', edited('format', 'pos-rescue-backup'), { code: 'notRunsFile' }],
    ['a newer version', edited('schemaVersion', 2), { code: 'unknownVersion', newer: true }],
    ['an unknown version', edited('schemaVersion', '1'), { code: 'unknownVersion', newer: false }],
    [
      '__proto__ key',
      withRaw('runs.0.result', '{"__proto__": {"polluted": 1}}'),
      { code: 'hostile' },
    ],
    ['constructor key', withRaw('runs.1.log', '[{"constructor": 1}]'), { code: 'hostile' }],
    ['prototype key', withRaw('exportedAt', '{"prototype": 1}'), { code: 'hostile' }],
    [
      'script in a name',
      edited('runs.0.trainee', '<script>alert(1)</script>'),
      { code: 'hostile' },
    ],
    ['javascript: URL', edited('runs.0.scenarioId', 'java\tscript:alert(1)'), { code: 'hostile' }],
    ['runs missing', edited('runs', DELETE), { code: 'invalid', path: 'runs' }],
    ['runs not a list', edited('runs', {}), { code: 'invalid', path: 'runs' }],
    ['empty trainee', edited('runs.0.trainee', '   '), { code: 'invalid', path: 'runs.0.trainee' }],
    [
      'a card number as the name',
      edited('runs.0.trainee', '6222 0212 3456 7890 123'),
      { code: 'invalid', path: 'runs.0.trainee' },
    ],
    [
      'a very long name',
      edited('runs.0.trainee', 'x'.repeat(61)),
      { code: 'invalid', path: 'runs.0.trainee' },
    ],
    [
      'unknown fault',
      edited('runs.1.fault', 'paperJam'),
      { code: 'invalid', path: 'runs.1.fault' },
    ],
    ['unknown status', edited('runs.1.status', 'done'), { code: 'invalid', path: 'runs.1.status' }],
    [
      'infinite time',
      withRaw('runs.0.updatedAt', '1e999'),
      { code: 'invalid', path: 'runs.0.updatedAt' },
    ],
    [
      'negative time',
      edited('runs.0.startedAt', -1),
      { code: 'invalid', path: 'runs.0.startedAt' },
    ],
    [
      'score above 100',
      edited('runs.0.result.score', 101),
      { code: 'invalid', path: 'runs.0.result.score' },
    ],
    [
      'unknown unsafe kind',
      edited('runs.0.result.unsafe', ['fire']),
      { code: 'invalid', path: 'runs.0.result.unsafe.0' },
    ],
    [
      'a log entry without event',
      withRaw('runs.0.log', '[{"from": "screen", "at": 1}]'),
      { code: 'invalid', path: 'runs.0.log.0.event' },
    ],
    ['id missing', edited('runs.1.id', DELETE), { code: 'invalid', path: 'runs.1.id' }],
  ];

  it.each(corpus)('%s', (_what, text, error) => {
    const result = parseRunsFile(text, error.code === 'tooLarge' ? { maxBytes: 100 } : {});
    expect(result).toEqual({ ok: false, error });
  });

  it('counts bytes, not characters (Chinese names are 3 bytes each)', () => {
    const text = runsFileText([{ ...finished(), trainee: '李'.repeat(60) }], T0);
    const bytes = new TextEncoder().encode(text).length;
    expect(parseRunsFile(text, { maxBytes: bytes }).ok).toBe(true);
    expect(parseRunsFile(text, { maxBytes: bytes - 1 })).toEqual({
      ok: false,
      error: { code: 'tooLarge', maxBytes: bytes - 1 },
    });
  });

  it('leaves Object.prototype alone', () => {
    parseRunsFile(withRaw('runs.0.result', '{"__proto__": {"polluted": 1}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('marks the format', () => {
    expect(JSON.parse(goodText())).toMatchObject({ format: RUNS_FORMAT, schemaVersion: 1 });
  });
});
