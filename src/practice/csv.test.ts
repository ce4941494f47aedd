import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PracticeRunRecord } from '../storage/records';
import { dateTimeStamp } from '../i18n/format';
import { csvSafe, runsCsvRows, toCsv } from './csv';
import { loadScenarios, scenarios } from './scenarios';

// Every fault's scenarios load through the registry (see scenarios.ts).
await loadScenarios();

const T0 = new Date(2025, 4, 6, 9, 30).getTime();

function run(overrides: Partial<PracticeRunRecord>): PracticeRunRecord {
  return {
    id: 'r1',
    scenarioId: 'keyError-exposure',
    fault: 'keyError',
    guideVersion: 3,
    trainee: 'Li',
    startedAt: T0,
    updatedAt: T0,
    status: 'finished',
    log: [],
    result: {
      score: 25,
      reachedExpectedEnd: false,
      stepsTaken: 9,
      shortestSteps: 3,
      wrongAnswers: 2,
      unsafe: ['keyExposure'],
      durationMs: 95_400,
    },
    ...overrides,
  };
}

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('csvSafe (formula injection guard)', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['  =1', `'  =1`],
    ['＝1+1', `'＝1+1`],
    ['Li', 'Li'],
    ['李 = teacher', '李 = teacher'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(csvSafe(input)).toBe(output);
  });

  it('leaves numbers alone', () => {
    expect(csvSafe(25)).toBe(25);
    expect(csvSafe(0)).toBe(0);
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting, guards formulas, writes a BOM and CRLF', async () => {
    const csv = await toCsv([
      ['name', 'note'],
      ['=cmd|"/C calc"!A0', 'a, b'],
      ['王"小"二', 'line\nbreak'],
    ]);
    expect(csv).toContain('\r\n');
    expect(parse(csv)).toEqual([
      ['name', 'note'],
      [`'=cmd|"/C calc"!A0`, 'a, b'],
      ['王"小"二', 'line\nbreak'],
    ]);
  });
});

describe('runsCsvRows', () => {
  it('writes the trainer table in English', async () => {
    const rows = runsCsvRows(
      [
        run({}),
        run({ id: 'r2', trainee: '-Wang', status: 'inProgress', result: undefined }),
        run({ id: 'r3', scenarioId: 'gone' }),
      ],
      scenarios,
      'en',
    );
    const parsed = parse(await toCsv(rows));
    expect(parsed[0]).toEqual([
      'Date',
      'Trainee',
      'Scenario',
      'Scenario id',
      'Status',
      'Score',
      'Right end',
      'Steps',
      'Shortest',
      'Wrong answers',
      'Unsafe choices',
      'Unsafe kinds',
      'Seconds',
    ]);
    expect(parsed[1]).toEqual([
      dateTimeStamp(T0),
      'Li',
      'Key error at opening time',
      'keyError-exposure',
      'finished',
      '25',
      'no',
      '9',
      '3',
      '2',
      '1',
      'key exposure',
      '95',
    ]);
    expect(parsed[2]!.slice(0, 6)).toEqual([
      dateTimeStamp(T0),
      `'-Wang`,
      'Key error at opening time',
      'keyError-exposure',
      'not finished',
      '',
    ]);
    expect(parsed[3]![2]).toBe('Unknown scenario');
    expect(dateTimeStamp(T0)).toBe('2025-05-06 09:30');
  });

  it('writes headers and titles in Chinese', () => {
    const rows = runsCsvRows([run({})], scenarios, 'zh');
    expect(rows[0]![0]).toBe('日期');
    expect(rows[1]![2]).toBe('开门营业时提示密钥错误');
    expect(rows[1]![11]).toBe('密钥泄露');
  });
});
