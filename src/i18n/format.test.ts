import { describe, expect, it } from 'vitest';
import { dateStamp, dateTimeStamp, format, formatDuration } from './format';
import { uiEn } from './ui.en';
import { uiZh } from './ui.zh';

const S = 1000;
const MIN = 60 * S;

describe('formatDuration: one format for history, report and practice', () => {
  it.each([
    [0, '0 s', '0 秒'],
    [999, '0 s', '0 秒'], // whole seconds, never rounded up
    [40 * S, '40 s', '40 秒'],
    [MIN + S, '1 min 01 s', '1 分 01 秒'],
    [12 * MIN, '12 min 00 s', '12 分 00 秒'],
    [65 * MIN, '1 h 5 min', '1 小时 5 分'],
    [-5, '0 s', '0 秒'],
  ])('%d ms → %s / %s', (ms, en, zh) => {
    expect(formatDuration(ms, uiEn)).toBe(en);
    expect(formatDuration(ms, uiZh)).toBe(zh);
  });
});

describe('stamps and placeholders', () => {
  it('stamps local dates and times, zero-padded and sortable', () => {
    const t = new Date(2025, 0, 5, 7, 4).getTime();
    expect(dateStamp(t)).toBe('2025-01-05');
    expect(dateTimeStamp(t)).toBe('2025-01-05 07:04');
  });

  it('fills known placeholders and keeps unknown ones', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
